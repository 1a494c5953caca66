# Generated from generator/render/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Get by external id

GET /api/v2/promotions/multichannels
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import Operation, decode_body
from ..._retry import RetryPolicy
from ...models.multichannel_promotion_model import MultichannelPromotionModel


def _get_kwargs(*, external_id: str) -> dict[str, Any]:
    params = _m.to_parameters({"externalId": (_m.string, external_id)}, subject="query parameters")

    _kwargs: dict[str, Any] = {"params": params}
    return _kwargs


def _parse(response: httpx.Response) -> MultichannelPromotionModel:
    return _m.read_response(_m.model_of(MultichannelPromotionModel), decode_body(response))


OPERATION = Operation(
    operation_id="MultichannelPromotions_GetByExternalId",
    method="GET",
    path="/api/v2/promotions/multichannels",
    retry_policy=RetryPolicy.IDEMPOTENT,
    parse=_parse,
    name="promotions.get_by_external_id",
)
