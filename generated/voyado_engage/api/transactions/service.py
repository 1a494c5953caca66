# Generated from generator/render/templates/service.py.jinja by `make generate`; do not edit.
"""Transactions operations, reached as `VoyadoEngage.transactions`."""

from collections.abc import Callable, Iterable
from functools import cached_property
from typing import Final, Unpack

from ..._base_client import APIResponse, AsyncAPIClient, SyncAPIClient
from ..._bulk import DEFAULT_RATE, AsyncSending, Sending
from ..._options import CallOptions
from ..._raw_response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ...models.import_transactions_object import ImportTransactionsObject, ImportTransactionsObjectParam
from ...models.receipt import Receipt, ReceiptParam
from ...models.receipt_import import ReceiptImport
from ...models.transaction_import import TransactionImport
from . import import_transactions_import, import_transactions_import_receipts


class TransactionsServiceWithRawResponse:
    """The transactions operations, returning the full `APIResponse` (status, headers, body, parsed result)."""

    def __init__(self, service: "TransactionsService") -> None:
        self.import_receipts: Final = to_raw_response_wrapper(service.import_receipts)
        self.import_transactions: Final = to_raw_response_wrapper(service.import_transactions)
        self.import_transactions_import_receipts: Final = self.import_receipts
        self.import_transactions_import: Final = self.import_transactions


class TransactionsService:
    """Transactions operations. Reach it as `client.transactions`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> TransactionsServiceWithRawResponse:
        """The same operations, returning the full response instead of the parsed result."""
        return TransactionsServiceWithRawResponse(self)

    def import_receipts(
        self,
        *,
        request_body: Receipt | ReceiptParam,
        **options: Unpack[CallOptions],
    ) -> ReceiptImport:
        """Import receipts

        POST /api/v2/receipts

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        Stores purchases and returns. Receipts are deduplicated by uniqueReceiptId, so a receipt sent again
        is ignored: this operation is safe to retry.
        """
        return self._client.call(
            import_transactions_import_receipts.OPERATION,
            import_transactions_import_receipts._get_kwargs(request_body=request_body),
            options,
        )

    def import_receipts_many(
        self,
        items: Iterable[Receipt | ReceiptParam],
        *,
        rate: float = DEFAULT_RATE,
        concurrency: int | None = None,
        before_send: Callable[[Receipt | ReceiptParam], None] | None = None,
        **options: Unpack[CallOptions],
    ) -> Sending[Receipt | ReceiptParam, APIResponse[ReceiptImport]]:
        """`import_receipts` for each of `items`, several in flight, no more than `rate` starting in any second.

        Iterate the result (`for`) for each item's `Outcome` as it completes: its `delivery` (accepted,
        rejected, not delivered, unknown, held back), its `APIResponse` (`result`) or its `error`. A 429
        slows the whole send and honours `Retry-After`; what was refused with 429 or provably never sent
        goes again (up to 5 times); an item whose delivery is unknown is never sent again. `before_send`
        runs just before each request starts (record the item as being sent there). `concurrency` defaults
        to the rate x 1 s (4 to 64); each request runs on one of that many worker threads. `.stop()` starts
        nothing new; what is in flight finishes and is still reported. Leaving the loop early waits for what
        is in flight.
        """
        raw = self.with_raw_response.import_receipts
        once: CallOptions = {**options, "max_retries": 0}  # the sender itself sends again what was not processed
        return Sending(
            lambda item: raw(request_body=item, **once),
            items,
            rate=rate,
            concurrency=concurrency,
            key=None,
            before_send=before_send,
        )

    def import_transactions(
        self,
        *,
        request_body: ImportTransactionsObject | ImportTransactionsObjectParam,
        **options: Unpack[CallOptions],
    ) -> TransactionImport:
        """Import transactions (legacy)

        POST /api/v2/transactions

        Retries: retried only when not delivered (connection failed) or on 429.

        Imports receipts in the older transactions format. A receipt needs its external id (unique), invoice
        number, customer key and key type, creation and modification dates, store name and store number;
        each transaction its external id (unique), article number, quantity, price and type (PURCHASE,
        RETURN or DISCOUNT). Include the SKU too: purchase data is enriched from article data by SKU.
        """
        return self._client.call(
            import_transactions_import.OPERATION,
            import_transactions_import._get_kwargs(request_body=request_body),
            options,
        )

    # The published SDK's names (operationIds in snake case), so code written from its docs runs unchanged.
    import_transactions_import_receipts = import_receipts
    import_transactions_import = import_transactions


class AsyncTransactionsServiceWithRawResponse:
    """The transactions operations, returning the full `APIResponse` (status, headers, body, parsed result)."""

    def __init__(self, service: "AsyncTransactionsService") -> None:
        self.import_receipts: Final = async_to_raw_response_wrapper(service.import_receipts)
        self.import_transactions: Final = async_to_raw_response_wrapper(service.import_transactions)
        self.import_transactions_import_receipts: Final = self.import_receipts
        self.import_transactions_import: Final = self.import_transactions


class AsyncTransactionsService:
    """Transactions operations (async). Reach it as `client.transactions`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncTransactionsServiceWithRawResponse:
        """The same operations, returning the full response instead of the parsed result."""
        return AsyncTransactionsServiceWithRawResponse(self)

    async def import_receipts(
        self,
        *,
        request_body: Receipt | ReceiptParam,
        **options: Unpack[CallOptions],
    ) -> ReceiptImport:
        """Import receipts

        POST /api/v2/receipts

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        Stores purchases and returns. Receipts are deduplicated by uniqueReceiptId, so a receipt sent again
        is ignored: this operation is safe to retry.
        """
        return await self._client.call(
            import_transactions_import_receipts.OPERATION,
            import_transactions_import_receipts._get_kwargs(request_body=request_body),
            options,
        )

    def import_receipts_many(
        self,
        items: Iterable[Receipt | ReceiptParam],
        *,
        rate: float = DEFAULT_RATE,
        concurrency: int | None = None,
        before_send: Callable[[Receipt | ReceiptParam], None] | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncSending[Receipt | ReceiptParam, APIResponse[ReceiptImport]]:
        """`import_receipts` for each of `items`, several in flight, no more than `rate` starting in any second.

        Iterate the result (`async for`) for each item's `Outcome` as it completes: its `delivery`
        (accepted, rejected, not delivered, unknown, held back), its `APIResponse` (`result`) or its
        `error`. A 429 slows the whole send and honours `Retry-After`; what was refused with 429 or provably
        never sent goes again (up to 5 times); an item whose delivery is unknown is never sent again.
        `before_send` runs just before each request starts (record the item as being sent there).
        `concurrency` defaults to the rate x 1 s (4 to 64). `.stop()` starts nothing new; what is in flight
        finishes and is still reported. To leave the loop early, iterate inside `async with`: leaving waits
        for what is in flight.
        """
        raw = self.with_raw_response.import_receipts
        once: CallOptions = {**options, "max_retries": 0}  # the sender itself sends again what was not processed
        return AsyncSending(
            lambda item: raw(request_body=item, **once),
            items,
            rate=rate,
            concurrency=concurrency,
            key=None,
            before_send=before_send,
        )

    async def import_transactions(
        self,
        *,
        request_body: ImportTransactionsObject | ImportTransactionsObjectParam,
        **options: Unpack[CallOptions],
    ) -> TransactionImport:
        """Import transactions (legacy)

        POST /api/v2/transactions

        Retries: retried only when not delivered (connection failed) or on 429.

        Imports receipts in the older transactions format. A receipt needs its external id (unique), invoice
        number, customer key and key type, creation and modification dates, store name and store number;
        each transaction its external id (unique), article number, quantity, price and type (PURCHASE,
        RETURN or DISCOUNT). Include the SKU too: purchase data is enriched from article data by SKU.
        """
        return await self._client.call(
            import_transactions_import.OPERATION,
            import_transactions_import._get_kwargs(request_body=request_body),
            options,
        )

    # The published SDK's names (operationIds in snake case), so code written from its docs runs unchanged.
    import_transactions_import_receipts = import_receipts
    import_transactions_import = import_transactions
