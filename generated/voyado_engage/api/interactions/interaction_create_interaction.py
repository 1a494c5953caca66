# Generated from generator/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Create interaction

POST /api/v2/interactions
"""

from collections.abc import Mapping
from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import APIResponse, AsyncAPIClient, Operation, SyncAPIClient, decode_body
from ..._options import CallOptions
from ..._retry import RetryPolicy
from ...models.interaction_create_interaction_body import InteractionCreateInteractionBody
from ...models.interaction_create_response import InteractionCreateResponse

OPERATION = Operation(
    operation_id="Interaction_CreateInteraction",
    method="POST",
    path="/api/v2/interactions",
    retry_policy=RetryPolicy.NOT_PROCESSED_ONLY,
    body_schema=None,
    idempotency_header=None,
)


def _get_kwargs(
    *,
    body: InteractionCreateInteractionBody | Mapping[str, Any],
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": OPERATION.path,
    }
    _kwargs["json"] = _m.to_body(_m.model_of(InteractionCreateInteractionBody), body)
    return _kwargs


def _parse(response: httpx.Response) -> InteractionCreateResponse:
    return _m.read_response(_m.model_of(InteractionCreateResponse), decode_body(response))


def sync_detailed(
    client: SyncAPIClient,
    *,
    body: InteractionCreateInteractionBody | Mapping[str, Any],
    options: CallOptions | None = None,
) -> APIResponse[InteractionCreateResponse]:
    """Create interaction (the full response)."""
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
    body: InteractionCreateInteractionBody | Mapping[str, Any],
    options: CallOptions | None = None,
) -> InteractionCreateResponse:
    """Create interaction"""
    return sync_detailed(client, body=body, options=options).parsed


async def asyncio_detailed(
    client: AsyncAPIClient,
    *,
    body: InteractionCreateInteractionBody | Mapping[str, Any],
    options: CallOptions | None = None,
) -> APIResponse[InteractionCreateResponse]:
    """Create interaction (the full response)."""
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
    body: InteractionCreateInteractionBody | Mapping[str, Any],
    options: CallOptions | None = None,
) -> InteractionCreateResponse:
    """Create interaction"""
    return (await asyncio_detailed(client, body=body, options=options)).parsed
