# Generated from generator/render/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Register product views

POST /api/v2/tracking/productviews
"""

from collections.abc import Sequence
from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import Operation, decode_body, empty_object_body
from ..._retry import RetryPolicy
from ...models.product_view_api_model import ProductViewApiModel, ProductViewApiModelParam
from ...models.product_view_result import ProductViewResult


def _get_kwargs(*, request_body: Sequence[ProductViewApiModel | ProductViewApiModelParam]) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = _m.to_body(_m.list_of(_m.model_of(ProductViewApiModel)), request_body)
    return _kwargs


def _parse(response: httpx.Response) -> ProductViewResult:
    return _m.read_response(_m.model_of(ProductViewResult), decode_body(response, empty=empty_object_body))


OPERATION = Operation(
    operation_id="ProductViewV_RegisterProductViews",
    method="POST",
    path="/api/v2/tracking/productviews",
    retry_policy=RetryPolicy.NOT_PROCESSED_ONLY,
    parse=_parse,
    name="tracking.register_product_views",
)
