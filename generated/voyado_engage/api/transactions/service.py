# Generated from generator/templates/service.py.jinja by `make generate`; do not edit.
"""Transactions operations, reached as `VoyadoEngage.transactions`."""

from collections.abc import Mapping
from functools import cached_property
from typing import Any, Unpack

from ..._base_client import APIResponse, AsyncAPIClient, SyncAPIClient
from ..._options import CallOptions
from ...models.import_transactions_import_receipts_response_200 import ImportTransactionsImportReceiptsResponse200
from ...models.import_transactions_import_response_200 import ImportTransactionsImportResponse200
from ...models.import_transactions_object import ImportTransactionsObject
from ...models.receipt import Receipt
from . import import_transactions_import, import_transactions_import_receipts


class TransactionsServiceWithRawResponse:
    """The transactions operations, returning the full `APIResponse` (status, headers, body, parsed result)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def import_transactions_import_receipts(
        self,
        *,
        request_body: Receipt | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> APIResponse[ImportTransactionsImportReceiptsResponse200]:
        """Import receipts

        POST /api/v2/receipts

        Retries: idempotent.

        Stores purchases and returns. Receipts are deduplicated by uniqueReceiptId, so a receipt sent again
        is ignored: this operation is safe to retry.
        """
        return import_transactions_import_receipts.sync_detailed(self._client, body=request_body, options=options)

    def import_transactions_import(
        self,
        *,
        request_body: ImportTransactionsObject | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> APIResponse[ImportTransactionsImportResponse200]:
        """Import

        POST /api/v2/transactions

        Retries: not processed only.

        Imports receipts in the older transactions format. A receipt needs its external id (unique), invoice
        number, customer key and key type, creation and modification dates, store name and store number;
        each transaction its external id (unique), article number, quantity, price and type (PURCHASE,
        RETURN or DISCOUNT). Include the SKU too: purchase data is enriched from article data by SKU.
        """
        return import_transactions_import.sync_detailed(self._client, body=request_body, options=options)


class TransactionsService:
    """Transactions operations. Reach it as `client.transactions`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> TransactionsServiceWithRawResponse:
        """The same operations, returning the full response instead of the parsed result."""
        return TransactionsServiceWithRawResponse(self._client)

    def import_transactions_import_receipts(
        self,
        *,
        request_body: Receipt | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> ImportTransactionsImportReceiptsResponse200:
        """Import receipts

        POST /api/v2/receipts

        Retries: idempotent.

        Stores purchases and returns. Receipts are deduplicated by uniqueReceiptId, so a receipt sent again
        is ignored: this operation is safe to retry.
        """
        return import_transactions_import_receipts.sync(self._client, body=request_body, options=options)

    def import_transactions_import(
        self,
        *,
        request_body: ImportTransactionsObject | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> ImportTransactionsImportResponse200:
        """Import

        POST /api/v2/transactions

        Retries: not processed only.

        Imports receipts in the older transactions format. A receipt needs its external id (unique), invoice
        number, customer key and key type, creation and modification dates, store name and store number;
        each transaction its external id (unique), article number, quantity, price and type (PURCHASE,
        RETURN or DISCOUNT). Include the SKU too: purchase data is enriched from article data by SKU.
        """
        return import_transactions_import.sync(self._client, body=request_body, options=options)


class AsyncTransactionsServiceWithRawResponse:
    """The transactions operations, returning the full `APIResponse` (status, headers, body, parsed result)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def import_transactions_import_receipts(
        self,
        *,
        request_body: Receipt | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> APIResponse[ImportTransactionsImportReceiptsResponse200]:
        """Import receipts

        POST /api/v2/receipts

        Retries: idempotent.

        Stores purchases and returns. Receipts are deduplicated by uniqueReceiptId, so a receipt sent again
        is ignored: this operation is safe to retry.
        """
        return await import_transactions_import_receipts.asyncio_detailed(
            self._client, body=request_body, options=options
        )

    async def import_transactions_import(
        self,
        *,
        request_body: ImportTransactionsObject | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> APIResponse[ImportTransactionsImportResponse200]:
        """Import

        POST /api/v2/transactions

        Retries: not processed only.

        Imports receipts in the older transactions format. A receipt needs its external id (unique), invoice
        number, customer key and key type, creation and modification dates, store name and store number;
        each transaction its external id (unique), article number, quantity, price and type (PURCHASE,
        RETURN or DISCOUNT). Include the SKU too: purchase data is enriched from article data by SKU.
        """
        return await import_transactions_import.asyncio_detailed(self._client, body=request_body, options=options)


class AsyncTransactionsService:
    """Transactions operations (async). Reach it as `client.transactions`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncTransactionsServiceWithRawResponse:
        """The same operations, returning the full response instead of the parsed result."""
        return AsyncTransactionsServiceWithRawResponse(self._client)

    async def import_transactions_import_receipts(
        self,
        *,
        request_body: Receipt | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> ImportTransactionsImportReceiptsResponse200:
        """Import receipts

        POST /api/v2/receipts

        Retries: idempotent.

        Stores purchases and returns. Receipts are deduplicated by uniqueReceiptId, so a receipt sent again
        is ignored: this operation is safe to retry.
        """
        return await import_transactions_import_receipts.asyncio(self._client, body=request_body, options=options)

    async def import_transactions_import(
        self,
        *,
        request_body: ImportTransactionsObject | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> ImportTransactionsImportResponse200:
        """Import

        POST /api/v2/transactions

        Retries: not processed only.

        Imports receipts in the older transactions format. A receipt needs its external id (unique), invoice
        number, customer key and key type, creation and modification dates, store name and store number;
        each transaction its external id (unique), article number, quantity, price and type (PURCHASE,
        RETURN or DISCOUNT). Include the SKU too: purchase data is enriched from article data by SKU.
        """
        return await import_transactions_import.asyncio(self._client, body=request_body, options=options)
