# Generated from generator/render/templates/service.py.jinja by `make generate`; do not edit.
"""PointAccounts operations, reached as `VoyadoEngage.point_accounts`."""

import builtins
from collections.abc import AsyncIterator, Iterator, Sequence
from functools import cached_property
from typing import Final, Unpack

from ..._base_client import AsyncAPIClient, SyncAPIClient
from ..._options import CallOptions
from ..._pagination import DEFAULT_PAGE_SIZE, aiterate_pages, iterate_pages
from ..._raw_response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ...models.point_account_model import PointAccountModel
from ...models.point_account_models_result import PointAccountModelsResult
from ...models.point_definition_model import PointDefinitionModel
from ...models.point_transaction_filter import PointTransactionFilter
from ...models.point_transaction_model import PointTransactionModel
from ...models.point_transaction_models_result import PointTransactionModelsResult
from ...models.point_transaction_to_account import PointTransactionToAccount, PointTransactionToAccountParam
from ...models.point_transaction_to_account_result_model import (
    PointTransactionToAccountResultModel,
)
from ...types import UNSET, Unset
from . import (
    point_account_add_point_transactions,
    point_account_point_account_get,
    point_account_point_account_get_2,
    point_account_point_definition,
    point_account_point_definitions,
    point_account_point_transactions,
    point_account_point_transactions_2,
)


class PointAccountsServiceWithRawResponse:
    """The point_accounts operations, returning the full `APIResponse` (status, headers, body, parsed result)."""

    def __init__(self, service: "PointAccountsService") -> None:
        self.list: Final = to_raw_response_wrapper(service.list)
        self.list_definitions: Final = to_raw_response_wrapper(service.list_definitions)
        self.get_definition: Final = to_raw_response_wrapper(service.get_definition)
        self.list_transactions: Final = to_raw_response_wrapper(service.list_transactions)
        self.add_transactions: Final = to_raw_response_wrapper(service.add_transactions)
        self.get_transaction: Final = to_raw_response_wrapper(service.get_transaction)
        self.get: Final = to_raw_response_wrapper(service.get)
        self.point_account_point_account_get_2: Final = self.list
        self.point_account_point_definitions: Final = self.list_definitions
        self.point_account_point_definition: Final = self.get_definition
        self.point_account_point_transactions_2: Final = self.list_transactions
        self.point_account_add_point_transactions: Final = self.add_transactions
        self.point_account_point_transactions: Final = self.get_transaction
        self.point_account_point_account_get: Final = self.get


class PointAccountsService:
    """PointAccounts operations. Reach it as `client.point_accounts`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PointAccountsServiceWithRawResponse:
        """The same operations, returning the full response instead of the parsed result."""
        return PointAccountsServiceWithRawResponse(self)

    def list(
        self,
        *,
        contact_id: str,
        offset: int | Unset = UNSET,
        count: int | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> PointAccountModelsResult:
        """List a contact's point accounts

        GET /api/v2/point-accounts

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        A contact's point accounts, a page at a time.

        Args:
            contact_id: The contact whose point accounts to list.
            offset: How many items to skip before the page starts (default 0).
            count: How many items the page holds at most (default 100).
        """
        return self._client.call(
            point_account_point_account_get_2.OPERATION,
            point_account_point_account_get_2._get_kwargs(contact_id=contact_id, offset=offset, count=count),
            options,
        )

    def list_iter(
        self,
        *,
        contact_id: str,
        page_size: int = DEFAULT_PAGE_SIZE,
        **options: Unpack[CallOptions],
    ) -> Iterator[PointAccountModel]:
        """Every item, fetched `page_size` per request as the iterator is consumed."""
        return iterate_pages(
            lambda offset, count: self.list(contact_id=contact_id, offset=offset, count=count, **options),
            page_size=page_size,
        )

    def list_definitions(
        self,
        *,
        offset: int | Unset = UNSET,
        count: int | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> builtins.list[PointDefinitionModel]:
        """Point definitions

        GET /api/v2/point-accounts/definitions

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        The point definitions (the kinds of point account), a page at a time.

        Args:
            offset: How many items to skip before the page starts (default 0).
            count: How many items the page holds at most (default 100).
        """
        return self._client.call(
            point_account_point_definitions.OPERATION,
            point_account_point_definitions._get_kwargs(offset=offset, count=count),
            options,
        )

    def get_definition(
        self,
        id: int,
        **options: Unpack[CallOptions],
    ) -> PointDefinitionModel:
        """Point definition

        GET /api/v2/point-accounts/definitions/{id}

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        One point definition: its name, id and description.

        Args:
            id: The point definition's id.
        """
        return self._client.call(
            point_account_point_definition.OPERATION, point_account_point_definition._get_kwargs(id), options
        )

    def list_transactions(
        self,
        *,
        contact_id: str | Unset = UNSET,
        definition_id: int | Unset = UNSET,
        account_id: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        count: int | Unset = UNSET,
        filter_: PointTransactionFilter | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> PointTransactionModelsResult:
        """List point transactions

        GET /api/v2/point-accounts/transactions

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        Point transactions, either of one account (by `accountId`; contact and definition are then ignored)
        or of a contact in one definition (both `contactId` and `definitionId`), a page at a time, filtered
        to active, pending or all points.

        Args:
            contact_id: The contact; needed together with `definitionId` when `accountId` is not given.
            definition_id: The point definition; needed together with `contactId` when `accountId` is not given.
            account_id: The point account; when given, `contactId` and `definitionId` are ignored.
            offset: How many items to skip before the page starts (default 0).
            count: How many items the page holds at most (default 100).
            filter_: All, Active or Pending points (default All).
        """
        return self._client.call(
            point_account_point_transactions_2.OPERATION,
            point_account_point_transactions_2._get_kwargs(
                contact_id=contact_id,
                definition_id=definition_id,
                account_id=account_id,
                offset=offset,
                count=count,
                filter_=filter_,
            ),
            options,
        )

    def list_transactions_iter(
        self,
        *,
        contact_id: str | Unset = UNSET,
        definition_id: int | Unset = UNSET,
        account_id: int | Unset = UNSET,
        filter_: PointTransactionFilter | Unset = UNSET,
        page_size: int = DEFAULT_PAGE_SIZE,
        **options: Unpack[CallOptions],
    ) -> Iterator[PointTransactionModel]:
        """Every item, fetched `page_size` per request as the iterator is consumed."""
        return iterate_pages(
            lambda offset, count: self.list_transactions(
                contact_id=contact_id,
                definition_id=definition_id,
                account_id=account_id,
                filter_=filter_,
                offset=offset,
                count=count,
                **options,
            ),
            page_size=page_size,
        )

    def add_transactions(
        self,
        *,
        request_body: Sequence[PointTransactionToAccount | PointTransactionToAccountParam],
        idempotency_key: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> PointTransactionToAccountResultModel:
        """Add point transactions

        POST /api/v2/point-accounts/transactions

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        Adds point transactions to contacts' point accounts: up to 1000 rows per call. Each row needs a
        contact id (GUID), an amount (negative amounts take points away), the definition id of the account,
        a source and a description; the time stamp and validity start default to now in the caller's time
        zone, and `validTo` ends the points' validity. Rows that are not correct are skipped while the call
        still succeeds (202); the answer lists them as not accepted. Voyado remembers an `Idempotency-Key`
        for 24 hours, so a request repeated with the same key is applied once.

        Args:
            idempotency_key: A key that makes the request safe to send again: Voyado remembers it for 24 hours
                and does not apply a request with a key it has seen twice. The SDK sends a fresh key for each call,
                the same one on each of its retries, so pass your own only to make a retry of your own (a new call)
                safe as well.
        """
        return self._client.call(
            point_account_add_point_transactions.OPERATION,
            point_account_add_point_transactions._get_kwargs(
                request_body=request_body, idempotency_key=idempotency_key
            ),
            options,
        )

    def get_transaction(
        self,
        id: int,
        **options: Unpack[CallOptions],
    ) -> PointTransactionModel:
        """Get a point transaction

        GET /api/v2/point-accounts/transactions/{id}

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        One point transaction.

        Args:
            id: The point transaction's id.
        """
        return self._client.call(
            point_account_point_transactions.OPERATION, point_account_point_transactions._get_kwargs(id), options
        )

    def get(
        self,
        id: int,
        **options: Unpack[CallOptions],
    ) -> PointAccountModel:
        """Get a point account

        GET /api/v2/point-accounts/{id}

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        One point account.

        Args:
            id: The point account's id.
        """
        return self._client.call(
            point_account_point_account_get.OPERATION, point_account_point_account_get._get_kwargs(id), options
        )

    # The published SDK's names (operationIds in snake case), so code written from its docs runs unchanged.
    point_account_point_account_get_2 = list
    point_account_point_account_get_2_iter = list_iter
    point_account_point_definitions = list_definitions
    point_account_point_definition = get_definition
    point_account_point_transactions_2 = list_transactions
    point_account_point_transactions_2_iter = list_transactions_iter
    point_account_add_point_transactions = add_transactions
    point_account_point_transactions = get_transaction
    point_account_point_account_get = get


class AsyncPointAccountsServiceWithRawResponse:
    """The point_accounts operations, returning the full `APIResponse` (status, headers, body, parsed result)."""

    def __init__(self, service: "AsyncPointAccountsService") -> None:
        self.list: Final = async_to_raw_response_wrapper(service.list)
        self.list_definitions: Final = async_to_raw_response_wrapper(service.list_definitions)
        self.get_definition: Final = async_to_raw_response_wrapper(service.get_definition)
        self.list_transactions: Final = async_to_raw_response_wrapper(service.list_transactions)
        self.add_transactions: Final = async_to_raw_response_wrapper(service.add_transactions)
        self.get_transaction: Final = async_to_raw_response_wrapper(service.get_transaction)
        self.get: Final = async_to_raw_response_wrapper(service.get)
        self.point_account_point_account_get_2: Final = self.list
        self.point_account_point_definitions: Final = self.list_definitions
        self.point_account_point_definition: Final = self.get_definition
        self.point_account_point_transactions_2: Final = self.list_transactions
        self.point_account_add_point_transactions: Final = self.add_transactions
        self.point_account_point_transactions: Final = self.get_transaction
        self.point_account_point_account_get: Final = self.get


class AsyncPointAccountsService:
    """PointAccounts operations (async). Reach it as `client.point_accounts`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPointAccountsServiceWithRawResponse:
        """The same operations, returning the full response instead of the parsed result."""
        return AsyncPointAccountsServiceWithRawResponse(self)

    async def list(
        self,
        *,
        contact_id: str,
        offset: int | Unset = UNSET,
        count: int | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> PointAccountModelsResult:
        """List a contact's point accounts

        GET /api/v2/point-accounts

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        A contact's point accounts, a page at a time.

        Args:
            contact_id: The contact whose point accounts to list.
            offset: How many items to skip before the page starts (default 0).
            count: How many items the page holds at most (default 100).
        """
        return await self._client.call(
            point_account_point_account_get_2.OPERATION,
            point_account_point_account_get_2._get_kwargs(contact_id=contact_id, offset=offset, count=count),
            options,
        )

    def list_iter(
        self,
        *,
        contact_id: str,
        page_size: int = DEFAULT_PAGE_SIZE,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[PointAccountModel]:
        """Every item, fetched `page_size` per request as the iterator is consumed."""
        return aiterate_pages(
            lambda offset, count: self.list(contact_id=contact_id, offset=offset, count=count, **options),
            page_size=page_size,
        )

    async def list_definitions(
        self,
        *,
        offset: int | Unset = UNSET,
        count: int | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> builtins.list[PointDefinitionModel]:
        """Point definitions

        GET /api/v2/point-accounts/definitions

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        The point definitions (the kinds of point account), a page at a time.

        Args:
            offset: How many items to skip before the page starts (default 0).
            count: How many items the page holds at most (default 100).
        """
        return await self._client.call(
            point_account_point_definitions.OPERATION,
            point_account_point_definitions._get_kwargs(offset=offset, count=count),
            options,
        )

    async def get_definition(
        self,
        id: int,
        **options: Unpack[CallOptions],
    ) -> PointDefinitionModel:
        """Point definition

        GET /api/v2/point-accounts/definitions/{id}

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        One point definition: its name, id and description.

        Args:
            id: The point definition's id.
        """
        return await self._client.call(
            point_account_point_definition.OPERATION, point_account_point_definition._get_kwargs(id), options
        )

    async def list_transactions(
        self,
        *,
        contact_id: str | Unset = UNSET,
        definition_id: int | Unset = UNSET,
        account_id: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        count: int | Unset = UNSET,
        filter_: PointTransactionFilter | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> PointTransactionModelsResult:
        """List point transactions

        GET /api/v2/point-accounts/transactions

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        Point transactions, either of one account (by `accountId`; contact and definition are then ignored)
        or of a contact in one definition (both `contactId` and `definitionId`), a page at a time, filtered
        to active, pending or all points.

        Args:
            contact_id: The contact; needed together with `definitionId` when `accountId` is not given.
            definition_id: The point definition; needed together with `contactId` when `accountId` is not given.
            account_id: The point account; when given, `contactId` and `definitionId` are ignored.
            offset: How many items to skip before the page starts (default 0).
            count: How many items the page holds at most (default 100).
            filter_: All, Active or Pending points (default All).
        """
        return await self._client.call(
            point_account_point_transactions_2.OPERATION,
            point_account_point_transactions_2._get_kwargs(
                contact_id=contact_id,
                definition_id=definition_id,
                account_id=account_id,
                offset=offset,
                count=count,
                filter_=filter_,
            ),
            options,
        )

    def list_transactions_iter(
        self,
        *,
        contact_id: str | Unset = UNSET,
        definition_id: int | Unset = UNSET,
        account_id: int | Unset = UNSET,
        filter_: PointTransactionFilter | Unset = UNSET,
        page_size: int = DEFAULT_PAGE_SIZE,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[PointTransactionModel]:
        """Every item, fetched `page_size` per request as the iterator is consumed."""
        return aiterate_pages(
            lambda offset, count: self.list_transactions(
                contact_id=contact_id,
                definition_id=definition_id,
                account_id=account_id,
                filter_=filter_,
                offset=offset,
                count=count,
                **options,
            ),
            page_size=page_size,
        )

    async def add_transactions(
        self,
        *,
        request_body: Sequence[PointTransactionToAccount | PointTransactionToAccountParam],
        idempotency_key: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> PointTransactionToAccountResultModel:
        """Add point transactions

        POST /api/v2/point-accounts/transactions

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        Adds point transactions to contacts' point accounts: up to 1000 rows per call. Each row needs a
        contact id (GUID), an amount (negative amounts take points away), the definition id of the account,
        a source and a description; the time stamp and validity start default to now in the caller's time
        zone, and `validTo` ends the points' validity. Rows that are not correct are skipped while the call
        still succeeds (202); the answer lists them as not accepted. Voyado remembers an `Idempotency-Key`
        for 24 hours, so a request repeated with the same key is applied once.

        Args:
            idempotency_key: A key that makes the request safe to send again: Voyado remembers it for 24 hours
                and does not apply a request with a key it has seen twice. The SDK sends a fresh key for each call,
                the same one on each of its retries, so pass your own only to make a retry of your own (a new call)
                safe as well.
        """
        return await self._client.call(
            point_account_add_point_transactions.OPERATION,
            point_account_add_point_transactions._get_kwargs(
                request_body=request_body, idempotency_key=idempotency_key
            ),
            options,
        )

    async def get_transaction(
        self,
        id: int,
        **options: Unpack[CallOptions],
    ) -> PointTransactionModel:
        """Get a point transaction

        GET /api/v2/point-accounts/transactions/{id}

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        One point transaction.

        Args:
            id: The point transaction's id.
        """
        return await self._client.call(
            point_account_point_transactions.OPERATION, point_account_point_transactions._get_kwargs(id), options
        )

    async def get(
        self,
        id: int,
        **options: Unpack[CallOptions],
    ) -> PointAccountModel:
        """Get a point account

        GET /api/v2/point-accounts/{id}

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        One point account.

        Args:
            id: The point account's id.
        """
        return await self._client.call(
            point_account_point_account_get.OPERATION, point_account_point_account_get._get_kwargs(id), options
        )

    # The published SDK's names (operationIds in snake case), so code written from its docs runs unchanged.
    point_account_point_account_get_2 = list
    point_account_point_account_get_2_iter = list_iter
    point_account_point_definitions = list_definitions
    point_account_point_definition = get_definition
    point_account_point_transactions_2 = list_transactions
    point_account_point_transactions_2_iter = list_transactions_iter
    point_account_add_point_transactions = add_transactions
    point_account_point_transactions = get_transaction
    point_account_point_account_get = get
