# Generated from generator/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Create store

POST /api/v2/stores
"""

from collections.abc import Mapping
from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import APIResponse, AsyncAPIClient, Operation, SyncAPIClient, decode_body
from ..._options import CallOptions
from ..._retry import RetryPolicy
from ...models.api_store import ApiStore

OPERATION = Operation(
    operation_id="StoresV_CreateStore",
    method="POST",
    path="/api/v2/stores",
    retry_policy=RetryPolicy.NOT_PROCESSED_ONLY,
    body_schema="ApiStore",
    idempotency_header=None,
)


def _get_kwargs(
    *,
    body: ApiStore | Mapping[str, Any],
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": OPERATION.path,
    }
    _kwargs["json"] = _m.to_body(_m.model_of(ApiStore), body)
    return _kwargs


def _parse(response: httpx.Response) -> ApiStore:
    return _m.read_response(_m.model_of(ApiStore), decode_body(response))


def sync_detailed(
    client: SyncAPIClient,
    *,
    body: ApiStore | Mapping[str, Any],
    options: CallOptions | None = None,
) -> APIResponse[ApiStore]:
    """Create store (the full response)."""
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
    body: ApiStore | Mapping[str, Any],
    options: CallOptions | None = None,
) -> ApiStore:
    """Create store"""
    return sync_detailed(client, body=body, options=options).parsed


async def asyncio_detailed(
    client: AsyncAPIClient,
    *,
    body: ApiStore | Mapping[str, Any],
    options: CallOptions | None = None,
) -> APIResponse[ApiStore]:
    """Create store (the full response)."""
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
    body: ApiStore | Mapping[str, Any],
    options: CallOptions | None = None,
) -> ApiStore:
    """Create store"""
    return (await asyncio_detailed(client, body=body, options=options)).parsed
