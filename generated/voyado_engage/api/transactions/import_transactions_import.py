# Generated from generator/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Import

POST /api/v2/transactions
"""

from collections.abc import Mapping
from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import APIResponse, AsyncAPIClient, Operation, SyncAPIClient, decode_body, empty_object_body
from ..._options import CallOptions
from ..._retry import RetryPolicy
from ...models.import_transactions_import_response_200 import ImportTransactionsImportResponse200
from ...models.import_transactions_object import ImportTransactionsObject

OPERATION = Operation(
    operation_id="ImportTransactions_Import",
    method="POST",
    path="/api/v2/transactions",
    retry_policy=RetryPolicy.NOT_PROCESSED_ONLY,
    body_schema="ImportTransactionsObject",
    idempotency_header=None,
)


def _get_kwargs(
    *,
    body: ImportTransactionsObject | Mapping[str, Any],
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": OPERATION.path,
    }
    _kwargs["json"] = _m.to_body(_m.model_of(ImportTransactionsObject), body)
    return _kwargs


def _parse(response: httpx.Response) -> ImportTransactionsImportResponse200:
    return _m.read_response(
        _m.model_of(ImportTransactionsImportResponse200), decode_body(response, empty=empty_object_body)
    )


def sync_detailed(
    client: SyncAPIClient,
    *,
    body: ImportTransactionsObject | Mapping[str, Any],
    options: CallOptions | None = None,
) -> APIResponse[ImportTransactionsImportResponse200]:
    """Import (the full response)."""
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
    body: ImportTransactionsObject | Mapping[str, Any],
    options: CallOptions | None = None,
) -> ImportTransactionsImportResponse200:
    """Import"""
    return sync_detailed(client, body=body, options=options).parsed


async def asyncio_detailed(
    client: AsyncAPIClient,
    *,
    body: ImportTransactionsObject | Mapping[str, Any],
    options: CallOptions | None = None,
) -> APIResponse[ImportTransactionsImportResponse200]:
    """Import (the full response)."""
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
    body: ImportTransactionsObject | Mapping[str, Any],
    options: CallOptions | None = None,
) -> ImportTransactionsImportResponse200:
    """Import"""
    return (await asyncio_detailed(client, body=body, options=options)).parsed
