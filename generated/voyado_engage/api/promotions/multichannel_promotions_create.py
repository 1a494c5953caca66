# Generated from generator/render/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Create

POST /api/v2/promotions/multichannels
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import Operation, decode_body
from ..._retry import RetryPolicy
from ...models.multichannel_base_promotion_model import (
    MultichannelBasePromotionModel,
    MultichannelBasePromotionModelParam,
)
from ...models.multichannel_promotion_model import MultichannelPromotionModel


def _get_kwargs(
    *, request_body: MultichannelBasePromotionModel | MultichannelBasePromotionModelParam
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = _m.to_body(_m.model_of(MultichannelBasePromotionModel), request_body)
    return _kwargs


def _parse(response: httpx.Response) -> MultichannelPromotionModel:
    if 200 <= response.status_code <= 200:
        return _m.read_response(_m.model_of(MultichannelPromotionModel), decode_body(response))
    return _m.read_response(_m.model_of(MultichannelPromotionModel), decode_body(response))


OPERATION = Operation(
    operation_id="MultichannelPromotions_Create",
    method="POST",
    path="/api/v2/promotions/multichannels",
    retry_policy=RetryPolicy.NOT_PROCESSED_ONLY,
    parse=_parse,
    name="promotions.create",
)
