# Generated from generator/render/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Register product view

POST /api/v2/tracking/productview
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import Operation, decode_body, empty_object_body
from ..._retry import RetryPolicy
from ...models.product_view_api_model import ProductViewApiModel, ProductViewApiModelParam
from ...models.product_view_v_register_product_view_response_200 import ProductViewVRegisterProductViewResponse200


def _get_kwargs(*, request_body: ProductViewApiModel | ProductViewApiModelParam) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = _m.to_body(_m.model_of(ProductViewApiModel), request_body)
    return _kwargs


def _parse(response: httpx.Response) -> ProductViewVRegisterProductViewResponse200:
    return _m.read_response(
        _m.model_of(ProductViewVRegisterProductViewResponse200), decode_body(response, empty=empty_object_body)
    )


OPERATION = Operation(
    operation_id="ProductViewV_RegisterProductView",
    method="POST",
    path="/api/v2/tracking/productview",
    retry_policy=RetryPolicy.NOT_PROCESSED_ONLY,
    parse=_parse,
)
