# Generated from generator/render/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Reactivate promotion code

POST /api/v2/promotions/reward-vouchers/{id}/reactivate
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import Operation, decode_body
from ..._retry import RetryPolicy


def _get_kwargs(id: str) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {"path_params": {"id": id}}
    return _kwargs


def _parse(response: httpx.Response) -> str:
    return _m.read_response(_m.string, decode_body(response))


OPERATION = Operation(
    operation_id="OfferPromotions_ReactivatePromotionCode",
    method="POST",
    path="/api/v2/promotions/reward-vouchers/{id}/reactivate",
    retry_policy=RetryPolicy.NOT_PROCESSED_ONLY,
    parse=_parse,
    name="promotions.reactivate_reward_voucher",
)
