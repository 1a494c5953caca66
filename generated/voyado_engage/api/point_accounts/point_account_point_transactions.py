# Generated from generator/render/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Get a point transaction

GET /api/v2/point-accounts/transactions/{id}
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import Operation, decode_body
from ..._retry import RetryPolicy
from ...models.point_transaction_model import PointTransactionModel


def _get_kwargs(id: int) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {"path_params": {"id": id}}
    return _kwargs


def _parse(response: httpx.Response) -> PointTransactionModel:
    return _m.read_response(_m.model_of(PointTransactionModel), decode_body(response))


OPERATION = Operation(
    operation_id="PointAccount_PointTransactions",
    method="GET",
    path="/api/v2/point-accounts/transactions/{id}",
    retry_policy=RetryPolicy.IDEMPOTENT,
    parse=_parse,
    name="point_accounts.get_transaction",
)
