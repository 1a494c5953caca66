# Generated from generator/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Create interaction schema

POST /api/v2/interactionschemas
"""

from collections.abc import Mapping
from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import APIResponse, AsyncAPIClient, Operation, SyncAPIClient, decode_body
from ..._options import CallOptions
from ..._retry import RetryPolicy
from ...models.interaction_schema_create_interaction_schema_body import InteractionSchemaCreateInteractionSchemaBody
from ...models.interaction_schema_response import InteractionSchemaResponse

OPERATION = Operation(
    operation_id="InteractionSchema_CreateInteractionSchema",
    method="POST",
    path="/api/v2/interactionschemas",
    retry_policy=RetryPolicy.NOT_PROCESSED_ONLY,
    body_schema=None,
    idempotency_header=None,
)


def _get_kwargs(
    *,
    body: InteractionSchemaCreateInteractionSchemaBody | Mapping[str, Any],
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": OPERATION.path,
    }
    _kwargs["json"] = _m.to_body(_m.model_of(InteractionSchemaCreateInteractionSchemaBody), body)
    return _kwargs


def _parse(response: httpx.Response) -> InteractionSchemaResponse:
    return _m.read_response(_m.model_of(InteractionSchemaResponse), decode_body(response))


def sync_detailed(
    client: SyncAPIClient,
    *,
    body: InteractionSchemaCreateInteractionSchemaBody | Mapping[str, Any],
    options: CallOptions | None = None,
) -> APIResponse[InteractionSchemaResponse]:
    """Create interaction schema (the full response)."""
    return client.request(
        OPERATION,
        _get_kwargs(
            body=body,
        ),
        _parse,
        options,
    )


def sync(
    client: SyncAPIClient,
    *,
    body: InteractionSchemaCreateInteractionSchemaBody | Mapping[str, Any],
    options: CallOptions | None = None,
) -> InteractionSchemaResponse:
    """Create interaction schema"""
    return sync_detailed(client, body=body, options=options).parsed


async def asyncio_detailed(
    client: AsyncAPIClient,
    *,
    body: InteractionSchemaCreateInteractionSchemaBody | Mapping[str, Any],
    options: CallOptions | None = None,
) -> APIResponse[InteractionSchemaResponse]:
    """Create interaction schema (the full response)."""
    return await client.request(
        OPERATION,
        _get_kwargs(
            body=body,
        ),
        _parse,
        options,
    )


async def asyncio(
    client: AsyncAPIClient,
    *,
    body: InteractionSchemaCreateInteractionSchemaBody | Mapping[str, Any],
    options: CallOptions | None = None,
) -> InteractionSchemaResponse:
    """Create interaction schema"""
    return (await asyncio_detailed(client, body=body, options=options)).parsed
