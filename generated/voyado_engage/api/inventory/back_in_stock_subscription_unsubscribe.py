# Generated from generator/render/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Unsubscribe

DELETE /api/v2/inventory/backinstock/subscriptions/{subscription_id}
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import Operation, decode_body, empty_object_body
from ..._retry import RetryPolicy
from ...models.subscription_result import SubscriptionResult


def _get_kwargs(subscription_id: str) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {"path_params": {"subscription_id": subscription_id}}
    return _kwargs


def _parse(response: httpx.Response) -> SubscriptionResult:
    return _m.read_response(_m.model_of(SubscriptionResult), decode_body(response, empty=empty_object_body))


OPERATION = Operation(
    operation_id="BackInStockSubscription_Unsubscribe",
    method="DELETE",
    path="/api/v2/inventory/backinstock/subscriptions/{subscription_id}",
    retry_policy=RetryPolicy.IDEMPOTENT,
    parse=_parse,
    name="inventory.unsubscribe_back_in_stock",
)
