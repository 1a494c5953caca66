# Generated from generator/render/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Import transactions (legacy)

POST /api/v2/transactions
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import Operation, decode_body, empty_object_body
from ..._retry import RetryPolicy
from ...models.import_transactions_object import ImportTransactionsObject, ImportTransactionsObjectParam
from ...models.transaction_import import TransactionImport


def _get_kwargs(*, request_body: ImportTransactionsObject | ImportTransactionsObjectParam) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = _m.to_body(_m.model_of(ImportTransactionsObject), request_body)
    return _kwargs


def _parse(response: httpx.Response) -> TransactionImport:
    return _m.read_response(_m.model_of(TransactionImport), decode_body(response, empty=empty_object_body))


OPERATION = Operation(
    operation_id="ImportTransactions_Import",
    method="POST",
    path="/api/v2/transactions",
    retry_policy=RetryPolicy.NOT_PROCESSED_ONLY,
    parse=_parse,
    name="transactions.import_transactions",
)
