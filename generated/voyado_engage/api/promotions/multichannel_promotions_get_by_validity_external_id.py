# Generated from generator/render/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Get by validity external id

GET /api/v2/promotions/multichannels/validity
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import Operation, decode_body
from ..._retry import RetryPolicy
from ...models.promotion_validity_model import PromotionValidityModel


def _get_kwargs(*, external_id: str) -> dict[str, Any]:
    params = _m.to_parameters({"externalId": (_m.string, external_id)}, subject="query parameters")

    _kwargs: dict[str, Any] = {"params": params}
    return _kwargs


def _parse(response: httpx.Response) -> PromotionValidityModel:
    return _m.read_response(_m.model_of(PromotionValidityModel), decode_body(response))


OPERATION = Operation(
    operation_id="MultichannelPromotions_GetByValidityExternalId",
    method="GET",
    path="/api/v2/promotions/multichannels/validity",
    retry_policy=RetryPolicy.IDEMPOTENT,
    parse=_parse,
    name="promotions.get_validity_by_external_id",
)
