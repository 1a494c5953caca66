# Generated from generator/render/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Redeem bonus check

POST /api/v2/contacts/{contact_id}/bonuschecks/{bonus_check_id}/redeem
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import Operation, decode_body
from ..._retry import RetryPolicy
from ...models.redeemed_bonus_check_model import RedeemedBonusCheckModel


def _get_kwargs(contact_id: str, bonus_check_id: str) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {"path_params": {"contact_id": contact_id, "bonus_check_id": bonus_check_id}}
    return _kwargs


def _parse(response: httpx.Response) -> RedeemedBonusCheckModel:
    return _m.read_response(_m.model_of(RedeemedBonusCheckModel), decode_body(response))


OPERATION = Operation(
    operation_id="BonusChecks_RedeemBonusCheck",
    method="POST",
    path="/api/v2/contacts/{contact_id}/bonuschecks/{bonus_check_id}/redeem",
    retry_policy=RetryPolicy.NOT_PROCESSED_ONLY,
    parse=_parse,
    name="bonuschecks.redeem",
)
