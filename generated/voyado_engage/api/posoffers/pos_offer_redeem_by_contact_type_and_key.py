# Generated from generator/render/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Redeem by contact type and key

POST /api/v2/contacts/{contact_type}/bykey/{key_value}/posoffers/{id}/redeem
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import Operation, decode_body
from ..._retry import RetryPolicy
from ...models.redeemed_loyalty_bar_claim_model import RedeemedLoyaltyBarClaimModel


def _get_kwargs(contact_type: str, key_value: str, id: str) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {"path_params": {"contact_type": contact_type, "key_value": key_value, "id": id}}
    return _kwargs


def _parse(response: httpx.Response) -> RedeemedLoyaltyBarClaimModel:
    return _m.read_response(_m.model_of(RedeemedLoyaltyBarClaimModel), decode_body(response))


OPERATION = Operation(
    operation_id="PosOffer_RedeemByContactTypeAndKey",
    method="POST",
    path="/api/v2/contacts/{contact_type}/bykey/{key_value}/posoffers/{id}/redeem",
    retry_policy=RetryPolicy.NOT_PROCESSED_ONLY,
    parse=_parse,
    name="posoffers.redeem_by_type_and_key",
)
