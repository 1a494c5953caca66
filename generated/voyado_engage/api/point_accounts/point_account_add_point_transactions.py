# Generated from generator/render/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Add point transactions

POST /api/v2/point-accounts/transactions
"""

from collections.abc import Sequence
from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import Operation, decode_body
from ..._retry import RetryPolicy
from ...models.point_transaction_to_account import PointTransactionToAccount, PointTransactionToAccountParam
from ...models.point_transaction_to_account_result_model import PointTransactionToAccountResultModel
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    request_body: Sequence[PointTransactionToAccount | PointTransactionToAccountParam],
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers = _m.to_parameters({"Idempotency-Key": (_m.string, idempotency_key)}, subject="headers", as_text=True)

    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = _m.to_body(_m.list_of(_m.model_of(PointTransactionToAccount)), request_body)
    _kwargs["headers"] = headers
    return _kwargs


def _parse(response: httpx.Response) -> PointTransactionToAccountResultModel:
    return _m.read_response(_m.model_of(PointTransactionToAccountResultModel), decode_body(response))


OPERATION = Operation(
    operation_id="PointAccount_AddPointTransactions",
    method="POST",
    path="/api/v2/point-accounts/transactions",
    retry_policy=RetryPolicy.IDEMPOTENT,
    parse=_parse,
    idempotency_header="Idempotency-Key",
    name="point_accounts.add_transactions",
)
