# Generated from generator/render/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Import receipts

POST /api/v2/receipts
"""

from typing import Any

import httpx

from ... import _model as _m
from ... import _validation
from ..._base_client import Operation, decode_body, empty_object_body
from ..._retry import RetryPolicy
from ...models.receipt import Receipt, ReceiptParam
from ...models.receipt_import import ReceiptImport


def _get_kwargs(*, request_body: Receipt | ReceiptParam) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = _m.to_body(_m.model_of(Receipt), request_body)
    return _kwargs


def _parse(response: httpx.Response) -> ReceiptImport:
    return _m.read_response(_m.model_of(ReceiptImport), decode_body(response, empty=empty_object_body))


OPERATION = Operation(
    operation_id="ImportTransactions_ImportReceipts",
    method="POST",
    path="/api/v2/receipts",
    retry_policy=RetryPolicy.IDEMPOTENT,
    parse=_parse,
    check_body=_validation.check_receipt,
    name="transactions.import_receipts",
)
