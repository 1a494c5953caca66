# Generated from generator/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Get interaction schema

GET /api/v2/interactionschemas/{interaction_schema_id}
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import APIResponse, AsyncAPIClient, Operation, SyncAPIClient, decode_body
from ..._options import CallOptions
from ..._retry import RetryPolicy
from ...models.interaction_schema_model import InteractionSchemaModel

OPERATION = Operation(
    operation_id="InteractionSchema_GetInteractionSchema",
    method="GET",
    path="/api/v2/interactionschemas/{interaction_schema_id}",
    retry_policy=RetryPolicy.IDEMPOTENT,
    body_schema=None,
    idempotency_header=None,
)


def _get_kwargs(
    interaction_schema_id: str,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": OPERATION.path,
        "path_params": {
            "interaction_schema_id": interaction_schema_id,
        },
    }
    return _kwargs


def _parse(response: httpx.Response) -> InteractionSchemaModel:
    return _m.read_response(_m.model_of(InteractionSchemaModel), decode_body(response))


def sync_detailed(
    client: SyncAPIClient,
    interaction_schema_id: str,
    *,
    options: CallOptions | None = None,
) -> APIResponse[InteractionSchemaModel]:
    """Get interaction schema (the full response)."""
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
) -> InteractionSchemaModel:
    """Get interaction schema"""
    return sync_detailed(client, interaction_schema_id, options=options).parsed


async def asyncio_detailed(
    client: AsyncAPIClient,
    interaction_schema_id: str,
    *,
    options: CallOptions | None = None,
) -> APIResponse[InteractionSchemaModel]:
    """Get interaction schema (the full response)."""
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
) -> InteractionSchemaModel:
    """Get interaction schema"""
    return (await asyncio_detailed(client, interaction_schema_id, options=options)).parsed
