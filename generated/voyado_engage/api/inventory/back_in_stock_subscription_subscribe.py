# Generated from generator/render/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Subscribe

POST /api/v2/inventory/backinstock/subscriptions
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import Operation, decode_body, empty_object_body
from ..._retry import RetryPolicy
from ...models.subscription_request import SubscriptionRequest, SubscriptionRequestParam
from ...models.subscription_result import SubscriptionResult


def _get_kwargs(*, request_body: SubscriptionRequest | SubscriptionRequestParam) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = _m.to_body(_m.model_of(SubscriptionRequest), request_body)
    return _kwargs


def _parse(response: httpx.Response) -> SubscriptionResult:
    return _m.read_response(_m.model_of(SubscriptionResult), decode_body(response, empty=empty_object_body))


OPERATION = Operation(
    operation_id="BackInStockSubscription_Subscribe",
    method="POST",
    path="/api/v2/inventory/backinstock/subscriptions",
    retry_policy=RetryPolicy.NOT_PROCESSED_ONLY,
    parse=_parse,
    name="inventory.subscribe_back_in_stock",
)
