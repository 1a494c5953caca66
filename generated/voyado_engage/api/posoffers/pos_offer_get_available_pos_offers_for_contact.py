# Generated from generator/render/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Get available pos offers for contact

GET /api/v2/contacts/{contact_id}/posoffers/available
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import Operation, decode_body
from ..._retry import RetryPolicy
from ...models.paged_result_of_available_loyalty_bar_claim_model import PagedResultOfAvailableLoyaltyBarClaimModel
from ...types import UNSET, Unset


def _get_kwargs(contact_id: str, *, offset: int | Unset = UNSET, count: int | Unset = UNSET) -> dict[str, Any]:
    params = _m.to_parameters(
        {"offset": (_m.integer, offset), "count": (_m.integer, count)}, subject="query parameters"
    )

    _kwargs: dict[str, Any] = {"path_params": {"contact_id": contact_id}, "params": params}
    return _kwargs


def _parse(response: httpx.Response) -> PagedResultOfAvailableLoyaltyBarClaimModel:
    return _m.read_response(_m.model_of(PagedResultOfAvailableLoyaltyBarClaimModel), decode_body(response))


OPERATION = Operation(
    operation_id="PosOffer_GetAvailablePosOffersForContact",
    method="GET",
    path="/api/v2/contacts/{contact_id}/posoffers/available",
    retry_policy=RetryPolicy.IDEMPOTENT,
    parse=_parse,
    name="posoffers.list_available_for_contact",
)
