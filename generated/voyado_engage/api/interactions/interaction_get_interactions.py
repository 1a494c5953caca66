# Generated from generator/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Get interactions

GET /api/v2/interactions
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import APIResponse, AsyncAPIClient, Operation, SyncAPIClient, decode_body
from ..._options import CallOptions
from ..._retry import RetryPolicy
from ...models.interaction_page import InteractionPage
from ...types import UNSET, Unset

OPERATION = Operation(
    operation_id="Interaction_GetInteractions",
    method="GET",
    path="/api/v2/interactions",
    retry_policy=RetryPolicy.IDEMPOTENT,
    body_schema=None,
    idempotency_header=None,
)


def _get_kwargs(
    *,
    contact_id: str,
    schema_id: str,
    continuation: str | Unset = UNSET,
) -> dict[str, Any]:
    params = _m.to_parameters(
        {
            "contactId": (_m.string, contact_id),
            "schemaId": (_m.string, schema_id),
            "continuation": (_m.string, continuation),
        },
        subject="query parameters",
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": OPERATION.path,
        "params": params,
    }
    return _kwargs


def _parse(response: httpx.Response) -> InteractionPage:
    return _m.read_response(_m.model_of(InteractionPage), decode_body(response))


def sync_detailed(
    client: SyncAPIClient,
    *,
    contact_id: str,
    schema_id: str,
    continuation: str | Unset = UNSET,
    options: CallOptions | None = None,
) -> APIResponse[InteractionPage]:
    """Get interactions (the full response)."""
    return client.request(
        OPERATION,
        _get_kwargs(
            contact_id=contact_id,
            schema_id=schema_id,
            continuation=continuation,
        ),
        _parse,
        options,
    )


def sync(
    client: SyncAPIClient,
    *,
    contact_id: str,
    schema_id: str,
    continuation: str | Unset = UNSET,
    options: CallOptions | None = None,
) -> InteractionPage:
    """Get interactions"""
    return sync_detailed(
        client, contact_id=contact_id, schema_id=schema_id, continuation=continuation, options=options
    ).parsed


async def asyncio_detailed(
    client: AsyncAPIClient,
    *,
    contact_id: str,
    schema_id: str,
    continuation: str | Unset = UNSET,
    options: CallOptions | None = None,
) -> APIResponse[InteractionPage]:
    """Get interactions (the full response)."""
    return await client.request(
        OPERATION,
        _get_kwargs(
            contact_id=contact_id,
            schema_id=schema_id,
            continuation=continuation,
        ),
        _parse,
        options,
    )


async def asyncio(
    client: AsyncAPIClient,
    *,
    contact_id: str,
    schema_id: str,
    continuation: str | Unset = UNSET,
    options: CallOptions | None = None,
) -> InteractionPage:
    """Get interactions"""
    return (
        await asyncio_detailed(
            client, contact_id=contact_id, schema_id=schema_id, continuation=continuation, options=options
        )
    ).parsed
