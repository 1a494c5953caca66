# Generated from generator/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Unsubscribe

DELETE /api/v2/inventory/backinstock/subscriptions/{subscription_id}
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import APIResponse, AsyncAPIClient, Operation, SyncAPIClient, decode_body, empty_object_body
from ..._options import CallOptions
from ..._retry import RetryPolicy
from ...models.back_in_stock_subscription_unsubscribe_response_200 import BackInStockSubscriptionUnsubscribeResponse200

OPERATION = Operation(
    operation_id="BackInStockSubscription_Unsubscribe",
    method="DELETE",
    path="/api/v2/inventory/backinstock/subscriptions/{subscription_id}",
    retry_policy=RetryPolicy.IDEMPOTENT,
    body_schema=None,
    idempotency_header=None,
)


def _get_kwargs(
    subscription_id: str,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": OPERATION.path,
        "path_params": {
            "subscription_id": subscription_id,
        },
    }
    return _kwargs


def _parse(response: httpx.Response) -> BackInStockSubscriptionUnsubscribeResponse200:
    return _m.read_response(
        _m.model_of(BackInStockSubscriptionUnsubscribeResponse200), decode_body(response, empty=empty_object_body)
    )


def sync_detailed(
    client: SyncAPIClient,
    subscription_id: str,
    *,
    options: CallOptions | None = None,
) -> APIResponse[BackInStockSubscriptionUnsubscribeResponse200]:
    """Unsubscribe (the full response)."""
    return client.request(
        OPERATION,
        _get_kwargs(
            subscription_id,
        ),
        _parse,
        options,
    )


def sync(
    client: SyncAPIClient,
    subscription_id: str,
    *,
    options: CallOptions | None = None,
) -> BackInStockSubscriptionUnsubscribeResponse200:
    """Unsubscribe"""
    return sync_detailed(client, subscription_id, options=options).parsed


async def asyncio_detailed(
    client: AsyncAPIClient,
    subscription_id: str,
    *,
    options: CallOptions | None = None,
) -> APIResponse[BackInStockSubscriptionUnsubscribeResponse200]:
    """Unsubscribe (the full response)."""
    return await client.request(
        OPERATION,
        _get_kwargs(
            subscription_id,
        ),
        _parse,
        options,
    )


async def asyncio(
    client: AsyncAPIClient,
    subscription_id: str,
    *,
    options: CallOptions | None = None,
) -> BackInStockSubscriptionUnsubscribeResponse200:
    """Unsubscribe"""
    return (await asyncio_detailed(client, subscription_id, options=options)).parsed
