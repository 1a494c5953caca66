# Generated from generator/render/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Trigger order automations (order, delivery or return confirmation)

POST /api/v2/orders
"""

from typing import Any

import httpx

from ... import _model as _m
from ... import _validation
from ..._base_client import Operation, decode_body, status_code_body
from ..._retry import RetryPolicy
from ...models.order import Order, OrderParam
from ...models.status_code_result import StatusCodeResult


def _get_kwargs(*, request_body: Order | OrderParam) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = _m.to_body(_m.model_of(Order), request_body)
    return _kwargs


def _parse(response: httpx.Response) -> StatusCodeResult:
    return _m.read_response(_m.model_of(StatusCodeResult), decode_body(response, empty=status_code_body))


OPERATION = Operation(
    operation_id="Orders_RegisterOrder",
    method="POST",
    path="/api/v2/orders",
    retry_policy=RetryPolicy.NOT_PROCESSED_ONLY,
    parse=_parse,
    check_body=_validation.check_order,
    name="orders.register",
)
