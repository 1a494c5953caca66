# Generated from generator/render/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Redeem by promotion id

POST /api/v2/promotions/codes/{promotion_id}/redeem
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import Operation, decode_body, empty_object_body
from ..._retry import RetryPolicy
from ...models.promotion_redemption import PromotionRedemption
from ...models.redeem_body_model import RedeemBodyModel, RedeemBodyModelParam


def _get_kwargs(promotion_id: str, *, request_body: RedeemBodyModel | RedeemBodyModelParam) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {"path_params": {"promotion_id": promotion_id}}
    _kwargs["json"] = _m.to_body(_m.model_of(RedeemBodyModel), request_body)
    return _kwargs


def _parse(response: httpx.Response) -> PromotionRedemption:
    return _m.read_response(_m.model_of(PromotionRedemption), decode_body(response, empty=empty_object_body))


OPERATION = Operation(
    operation_id="OfferPromotions_RedeemByPromotionId",
    method="POST",
    path="/api/v2/promotions/codes/{promotion_id}/redeem",
    retry_policy=RetryPolicy.NOT_PROCESSED_ONLY,
    parse=_parse,
    name="promotions.redeem_code",
)
