# Generated from generator/render/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Get bonus point transactions for contact

GET /api/v2/contacts/{contact_id}/bonuspointtransactions
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import Operation, decode_body
from ..._retry import RetryPolicy
from ...models.paged_result_of_bonus_point_transaction_model import PagedResultOfBonusPointTransactionModel
from ...types import UNSET, Unset


def _get_kwargs(contact_id: str, *, offset: int | Unset = UNSET, count: int | Unset = UNSET) -> dict[str, Any]:
    params = _m.to_parameters(
        {"offset": (_m.integer, offset), "count": (_m.integer, count)}, subject="query parameters"
    )

    _kwargs: dict[str, Any] = {"path_params": {"contact_id": contact_id}, "params": params}
    return _kwargs


def _parse(response: httpx.Response) -> PagedResultOfBonusPointTransactionModel:
    return _m.read_response(_m.model_of(PagedResultOfBonusPointTransactionModel), decode_body(response))


OPERATION = Operation(
    operation_id="BonusPointTransactions_GetBonusPointTransactionsForContact",
    method="GET",
    path="/api/v2/contacts/{contact_id}/bonuspointtransactions",
    retry_policy=RetryPolicy.IDEMPOTENT,
    parse=_parse,
    name="contacts.list_bonus_point_transactions",
)
