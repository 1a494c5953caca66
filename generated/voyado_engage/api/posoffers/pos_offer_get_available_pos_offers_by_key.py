# Generated from generator/render/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Get available pos offers by key

GET /api/v2/contacts/bykey/{key_value}/posoffers/available
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import Operation, decode_body
from ..._retry import RetryPolicy
from ...models.paged_result_of_available_loyalty_bar_claim_model import PagedResultOfAvailableLoyaltyBarClaimModel


def _get_kwargs(key_value: str) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {"path_params": {"key_value": key_value}}
    return _kwargs


def _parse(response: httpx.Response) -> PagedResultOfAvailableLoyaltyBarClaimModel:
    return _m.read_response(_m.model_of(PagedResultOfAvailableLoyaltyBarClaimModel), decode_body(response))


OPERATION = Operation(
    operation_id="PosOffer_GetAvailablePosOffersByKey",
    method="GET",
    path="/api/v2/contacts/bykey/{key_value}/posoffers/available",
    retry_policy=RetryPolicy.IDEMPOTENT,
    parse=_parse,
    name="posoffers.list_available_by_key",
)
