# Generated from generator/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Get interaction schemas

GET /api/v2/interactionschemas
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import APIResponse, AsyncAPIClient, Operation, SyncAPIClient, decode_body
from ..._options import CallOptions
from ..._retry import RetryPolicy
from ...models.interaction_schema_without_json_model import InteractionSchemaWithoutJsonModel

OPERATION = Operation(
    operation_id="InteractionSchema_GetInteractionSchemas",
    method="GET",
    path="/api/v2/interactionschemas",
    retry_policy=RetryPolicy.IDEMPOTENT,
    body_schema=None,
    idempotency_header=None,
)


def _get_kwargs() -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": OPERATION.path,
    }
    return _kwargs


def _parse(response: httpx.Response) -> list[InteractionSchemaWithoutJsonModel]:
    return _m.read_response(_m.list_of(_m.model_of(InteractionSchemaWithoutJsonModel)), decode_body(response))


def sync_detailed(
    client: SyncAPIClient,
    *,
    options: CallOptions | None = None,
) -> APIResponse[list[InteractionSchemaWithoutJsonModel]]:
    """Get interaction schemas (the full response)."""
    return client.request(OPERATION, _get_kwargs(), _parse, options)


def sync(
    client: SyncAPIClient,
    *,
    options: CallOptions | None = None,
) -> list[InteractionSchemaWithoutJsonModel]:
    """Get interaction schemas"""
    return sync_detailed(client, options=options).parsed


async def asyncio_detailed(
    client: AsyncAPIClient,
    *,
    options: CallOptions | None = None,
) -> APIResponse[list[InteractionSchemaWithoutJsonModel]]:
    """Get interaction schemas (the full response)."""
    return await client.request(OPERATION, _get_kwargs(), _parse, options)


async def asyncio(
    client: AsyncAPIClient,
    *,
    options: CallOptions | None = None,
) -> list[InteractionSchemaWithoutJsonModel]:
    """Get interaction schemas"""
    return (await asyncio_detailed(client, options=options)).parsed
