# Generated from generator/render/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Register carts

POST /api/v2/tracking/carts/batch
"""

from collections.abc import Sequence
from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import Operation, decode_body, empty_object_body
from ..._retry import RetryPolicy
from ...models.cart_api_model import CartApiModel, CartApiModelParam
from ...models.ok_result import OkResult


def _get_kwargs(*, request_body: Sequence[CartApiModel | CartApiModelParam]) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = _m.to_body(_m.list_of(_m.model_of(CartApiModel)), request_body)
    return _kwargs


def _parse(response: httpx.Response) -> OkResult:
    return _m.read_response(_m.model_of(OkResult), decode_body(response, empty=empty_object_body))


OPERATION = Operation(
    operation_id="Cart_RegisterCarts",
    method="POST",
    path="/api/v2/tracking/carts/batch",
    retry_policy=RetryPolicy.NOT_PROCESSED_ONLY,
    parse=_parse,
    name="tracking.register_carts",
)
