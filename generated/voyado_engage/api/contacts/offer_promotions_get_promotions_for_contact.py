# Generated from generator/render/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Get promotions for contact

GET /api/v2/contacts/{contact_id}/promotions
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import Operation, decode_body
from ..._retry import RetryPolicy
from ...models.api_promotion_model import ApiPromotionModel
from ...types import UNSET, Unset


def _get_kwargs(contact_id: str, *, redemption_channel_type: str | Unset = UNSET) -> dict[str, Any]:
    params = _m.to_parameters(
        {"redemptionChannelType": (_m.string, redemption_channel_type)}, subject="query parameters"
    )

    _kwargs: dict[str, Any] = {"path_params": {"contact_id": contact_id}, "params": params}
    return _kwargs


def _parse(response: httpx.Response) -> list[ApiPromotionModel]:
    return _m.read_response(_m.list_of(_m.model_of(ApiPromotionModel)), decode_body(response))


OPERATION = Operation(
    operation_id="OfferPromotions_GetPromotionsForContact",
    method="GET",
    path="/api/v2/contacts/{contact_id}/promotions",
    retry_policy=RetryPolicy.IDEMPOTENT,
    parse=_parse,
    name="contacts.list_promotions",
)
