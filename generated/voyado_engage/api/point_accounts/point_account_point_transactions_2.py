# Generated from generator/render/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""List point transactions

GET /api/v2/point-accounts/transactions
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import Operation, decode_body
from ..._retry import RetryPolicy
from ...models.point_transaction_filter import PointTransactionFilter
from ...models.point_transaction_models_result import PointTransactionModelsResult
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    contact_id: str | Unset = UNSET,
    definition_id: int | Unset = UNSET,
    account_id: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    count: int | Unset = UNSET,
    filter_: PointTransactionFilter | Unset = UNSET,
) -> dict[str, Any]:
    params = _m.to_parameters(
        {
            "contactId": (_m.string, contact_id),
            "definitionId": (_m.integer, definition_id),
            "accountId": (_m.integer, account_id),
            "offset": (_m.integer, offset),
            "count": (_m.integer, count),
            "filter": (_m.enum_of(PointTransactionFilter), filter_),
        },
        subject="query parameters",
    )

    _kwargs: dict[str, Any] = {"params": params}
    return _kwargs


def _parse(response: httpx.Response) -> PointTransactionModelsResult:
    return _m.read_response(_m.model_of(PointTransactionModelsResult), decode_body(response))


OPERATION = Operation(
    operation_id="PointAccount_PointTransactions2",
    method="GET",
    path="/api/v2/point-accounts/transactions",
    retry_policy=RetryPolicy.IDEMPOTENT,
    parse=_parse,
    name="point_accounts.list_transactions",
)
