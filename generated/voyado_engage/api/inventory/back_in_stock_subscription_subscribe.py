# Generated from generator/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Subscribe

POST /api/v2/inventory/backinstock/subscriptions
"""

from collections.abc import Mapping
from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import APIResponse, AsyncAPIClient, Operation, SyncAPIClient, decode_body, empty_object_body
from ..._options import CallOptions
from ..._retry import RetryPolicy
from ...models.back_in_stock_subscription_subscribe_response_200 import BackInStockSubscriptionSubscribeResponse200
from ...models.subscription_request import SubscriptionRequest

OPERATION = Operation(
    operation_id="BackInStockSubscription_Subscribe",
    method="POST",
    path="/api/v2/inventory/backinstock/subscriptions",
    retry_policy=RetryPolicy.NOT_PROCESSED_ONLY,
    body_schema="SubscriptionRequest",
    idempotency_header=None,
)


def _get_kwargs(
    *,
    body: SubscriptionRequest | Mapping[str, Any],
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": OPERATION.path,
    }
    _kwargs["json"] = _m.to_body(_m.model_of(SubscriptionRequest), body)
    return _kwargs


def _parse(response: httpx.Response) -> BackInStockSubscriptionSubscribeResponse200:
    return _m.read_response(
        _m.model_of(BackInStockSubscriptionSubscribeResponse200), decode_body(response, empty=empty_object_body)
    )


def sync_detailed(
    client: SyncAPIClient,
    *,
    body: SubscriptionRequest | Mapping[str, Any],
    options: CallOptions | None = None,
) -> APIResponse[BackInStockSubscriptionSubscribeResponse200]:
    """Subscribe (the full response)."""
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
    body: SubscriptionRequest | Mapping[str, Any],
    options: CallOptions | None = None,
) -> BackInStockSubscriptionSubscribeResponse200:
    """Subscribe"""
    return sync_detailed(client, body=body, options=options).parsed


async def asyncio_detailed(
    client: AsyncAPIClient,
    *,
    body: SubscriptionRequest | Mapping[str, Any],
    options: CallOptions | None = None,
) -> APIResponse[BackInStockSubscriptionSubscribeResponse200]:
    """Subscribe (the full response)."""
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
    body: SubscriptionRequest | Mapping[str, Any],
    options: CallOptions | None = None,
) -> BackInStockSubscriptionSubscribeResponse200:
    """Subscribe"""
    return (await asyncio_detailed(client, body=body, options=options)).parsed
