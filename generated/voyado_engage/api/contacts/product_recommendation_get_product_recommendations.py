# Generated from generator/render/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Get product recommendations

GET /api/v2/contacts/{contact_id}/productrecommendations
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import Operation, decode_body
from ..._retry import RetryPolicy
from ...models.product_recommendations_model import ProductRecommendationsModel


def _get_kwargs(contact_id: str) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {"path_params": {"contact_id": contact_id}}
    return _kwargs


def _parse(response: httpx.Response) -> ProductRecommendationsModel:
    return _m.read_response(_m.model_of(ProductRecommendationsModel), decode_body(response))


OPERATION = Operation(
    operation_id="ProductRecommendation_GetProductRecommendations",
    method="GET",
    path="/api/v2/contacts/{contact_id}/productrecommendations",
    retry_policy=RetryPolicy.IDEMPOTENT,
    parse=_parse,
    name="contacts.get_product_recommendations",
)
