# Generated from generator/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Import receipts

POST /api/v2/receipts
"""

from collections.abc import Mapping
from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import APIResponse, AsyncAPIClient, Operation, SyncAPIClient, decode_body, empty_object_body
from ..._options import CallOptions
from ..._retry import RetryPolicy
from ...models.import_transactions_import_receipts_response_200 import ImportTransactionsImportReceiptsResponse200
from ...models.receipt import Receipt

OPERATION = Operation(
    operation_id="ImportTransactions_ImportReceipts",
    method="POST",
    path="/api/v2/receipts",
    retry_policy=RetryPolicy.IDEMPOTENT,
    body_schema="Receipt",
    idempotency_header=None,
)


def _get_kwargs(
    *,
    body: Receipt | Mapping[str, Any],
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": OPERATION.path,
    }
    _kwargs["json"] = _m.to_body(_m.model_of(Receipt), body)
    return _kwargs


def _parse(response: httpx.Response) -> ImportTransactionsImportReceiptsResponse200:
    return _m.read_response(
        _m.model_of(ImportTransactionsImportReceiptsResponse200), decode_body(response, empty=empty_object_body)
    )


def sync_detailed(
    client: SyncAPIClient,
    *,
    body: Receipt | Mapping[str, Any],
    options: CallOptions | None = None,
) -> APIResponse[ImportTransactionsImportReceiptsResponse200]:
    """Import receipts (the full response)."""
    return client.request(
        OPERATION,
        _get_kwargs(
            body=body,
        ),
        _parse,
        options,
    )


def sync(
    client: SyncAPIClient,
    *,
    body: Receipt | Mapping[str, Any],
    options: CallOptions | None = None,
) -> ImportTransactionsImportReceiptsResponse200:
    """Import receipts"""
    return sync_detailed(client, body=body, options=options).parsed


async def asyncio_detailed(
    client: AsyncAPIClient,
    *,
    body: Receipt | Mapping[str, Any],
    options: CallOptions | None = None,
) -> APIResponse[ImportTransactionsImportReceiptsResponse200]:
    """Import receipts (the full response)."""
    return await client.request(
        OPERATION,
        _get_kwargs(
            body=body,
        ),
        _parse,
        options,
    )


async def asyncio(
    client: AsyncAPIClient,
    *,
    body: Receipt | Mapping[str, Any],
    options: CallOptions | None = None,
) -> ImportTransactionsImportReceiptsResponse200:
    """Import receipts"""
    return (await asyncio_detailed(client, body=body, options=options)).parsed
