# Generated from generator/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Delete interaction schema

DELETE /api/v2/interactionschemas/{interaction_schema_id}
"""

from typing import Any

import httpx

from ..._base_client import APIResponse, AsyncAPIClient, Operation, SyncAPIClient
from ..._options import CallOptions
from ..._retry import RetryPolicy

OPERATION = Operation(
    operation_id="InteractionSchema_DeleteInteractionSchema",
    method="DELETE",
    path="/api/v2/interactionschemas/{interaction_schema_id}",
    retry_policy=RetryPolicy.IDEMPOTENT,
    body_schema=None,
    idempotency_header=None,
)


def _get_kwargs(
    interaction_schema_id: str,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": OPERATION.path,
        "path_params": {
            "interaction_schema_id": interaction_schema_id,
        },
    }
    return _kwargs


def _parse(response: httpx.Response) -> None:
    return None


def sync_detailed(
    client: SyncAPIClient,
    interaction_schema_id: str,
    *,
    options: CallOptions | None = None,
) -> APIResponse[None]:
    """Delete interaction schema (the full response)."""
    return client.request(
        OPERATION,
        _get_kwargs(
            interaction_schema_id,
        ),
        _parse,
        options,
    )


def sync(
    client: SyncAPIClient,
    interaction_schema_id: str,
    *,
    options: CallOptions | None = None,
) -> None:
    """Delete interaction schema"""
    return sync_detailed(client, interaction_schema_id, options=options).parsed


async def asyncio_detailed(
    client: AsyncAPIClient,
    interaction_schema_id: str,
    *,
    options: CallOptions | None = None,
) -> APIResponse[None]:
    """Delete interaction schema (the full response)."""
    return await client.request(
        OPERATION,
        _get_kwargs(
            interaction_schema_id,
        ),
        _parse,
        options,
    )


async def asyncio(
    client: AsyncAPIClient,
    interaction_schema_id: str,
    *,
    options: CallOptions | None = None,
) -> None:
    """Delete interaction schema"""
    return (await asyncio_detailed(client, interaction_schema_id, options=options)).parsed
