# Generated from generator/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Register cart

POST /api/v2/tracking/carts
"""

from collections.abc import Mapping
from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import APIResponse, AsyncAPIClient, Operation, SyncAPIClient, decode_body, empty_object_body
from ..._options import CallOptions
from ..._retry import RetryPolicy
from ...models.cart_api_model import CartApiModel
from ...models.ok_result import OkResult

OPERATION = Operation(
    operation_id="Cart_RegisterCart",
    method="POST",
    path="/api/v2/tracking/carts",
    retry_policy=RetryPolicy.NOT_PROCESSED_ONLY,
    body_schema="CartApiModel",
    idempotency_header=None,
)


def _get_kwargs(
    *,
    body: CartApiModel | Mapping[str, Any],
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": OPERATION.path,
    }
    _kwargs["json"] = _m.to_body(_m.model_of(CartApiModel), body)
    return _kwargs


def _parse(response: httpx.Response) -> OkResult:
    return _m.read_response(_m.model_of(OkResult), decode_body(response, empty=empty_object_body))


def sync_detailed(
    client: SyncAPIClient,
    *,
    body: CartApiModel | Mapping[str, Any],
    options: CallOptions | None = None,
) -> APIResponse[OkResult]:
    """Register cart (the full response)."""
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
    body: CartApiModel | Mapping[str, Any],
    options: CallOptions | None = None,
) -> OkResult:
    """Register cart"""
    return sync_detailed(client, body=body, options=options).parsed


async def asyncio_detailed(
    client: AsyncAPIClient,
    *,
    body: CartApiModel | Mapping[str, Any],
    options: CallOptions | None = None,
) -> APIResponse[OkResult]:
    """Register cart (the full response)."""
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
    body: CartApiModel | Mapping[str, Any],
    options: CallOptions | None = None,
) -> OkResult:
    """Register cart"""
    return (await asyncio_detailed(client, body=body, options=options)).parsed
