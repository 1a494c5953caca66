# Generated from generator/render/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Get purchase history

GET /api/v2/contacts/{contact_id}/purchasehistorysummary
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import Operation, decode_body
from ..._retry import RetryPolicy
from ...models.purchase_history_summary import PurchaseHistorySummary


def _get_kwargs(contact_id: str) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {"path_params": {"contact_id": contact_id}}
    return _kwargs


def _parse(response: httpx.Response) -> PurchaseHistorySummary:
    return _m.read_response(_m.model_of(PurchaseHistorySummary), decode_body(response))


OPERATION = Operation(
    operation_id="ContactRetailKpi_GetPurchaseHistory",
    method="GET",
    path="/api/v2/contacts/{contact_id}/purchasehistorysummary",
    retry_policy=RetryPolicy.IDEMPOTENT,
    parse=_parse,
    name="contacts.get_purchase_history",
)
