# Generated from generator/render/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Get by contact id

GET /api/v2/contacts/{contact_id}/backinstock/subscriptions
"""

from typing import Any

import httpx

from ..._base_client import Operation
from ..._retry import RetryPolicy


def _get_kwargs(contact_id: str) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {"path_params": {"contact_id": contact_id}}
    return _kwargs


def _parse(response: httpx.Response) -> None:
    return None


OPERATION = Operation(
    operation_id="BackInStockSubscription_GetByContactId",
    method="GET",
    path="/api/v2/contacts/{contact_id}/backinstock/subscriptions",
    retry_policy=RetryPolicy.IDEMPOTENT,
    parse=_parse,
    name="contacts.list_back_in_stock_subscriptions",
)
