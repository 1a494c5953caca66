# Generated from generator/templates/service.py.jinja by `make generate`; do not edit.
"""PointAccounts operations, reached as `VoyadoEngage.point_accounts`."""

from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from functools import cached_property
from typing import Any, Unpack

from ..._base_client import APIResponse, AsyncAPIClient, SyncAPIClient
from ..._options import CallOptions
from ..._pagination import DEFAULT_PAGE_SIZE, aiterate_pages, iterate_pages
from ...models.point_account_model import PointAccountModel
from ...models.point_account_models_result import PointAccountModelsResult
from ...models.point_account_point_transactions_2_filter import PointAccountPointTransactions2Filter
from ...models.point_definition_model import PointDefinitionModel
from ...models.point_transaction_model import PointTransactionModel
from ...models.point_transaction_models_result import PointTransactionModelsResult
from ...models.point_transaction_to_account import PointTransactionToAccount
from ...models.point_transaction_to_account_result_model import PointTransactionToAccountResultModel
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

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def point_account_point_account_get_2(
        self,
        *,
        contact_id: str,
        offset: int | Unset = UNSET,
        count: int | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> APIResponse[PointAccountModelsResult]:
        """Point account get2

        GET /api/v2/point-accounts

        Retries: idempotent.

        A contact's point accounts, a page at a time.

        Args:
            contact_id: The contact whose point accounts to list.
            offset: How many items to skip before the page starts (default 0).
            count: How many items the page holds at most (default 100).
        """
        return point_account_point_account_get_2.sync_detailed(
            self._client, contact_id=contact_id, offset=offset, count=count, options=options
        )

    def point_account_point_definitions(
        self,
        *,
        offset: int | Unset = UNSET,
        count: int | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> APIResponse[list[PointDefinitionModel]]:
        """Point definitions

        GET /api/v2/point-accounts/definitions

        Retries: idempotent.

        The point definitions (the kinds of point account), a page at a time.

        Args:
            offset: How many items to skip before the page starts (default 0).
            count: How many items the page holds at most (default 100).
        """
        return point_account_point_definitions.sync_detailed(self._client, offset=offset, count=count, options=options)

    def point_account_point_definition(
        self,
        id: int,
        **options: Unpack[CallOptions],
    ) -> APIResponse[PointDefinitionModel]:
        """Point definition

        GET /api/v2/point-accounts/definitions/{id}

        Retries: idempotent.

        One point definition: its name, id and description.

        Args:
            id: The point definition's id.
        """
        return point_account_point_definition.sync_detailed(self._client, id, options=options)

    def point_account_point_transactions_2(
        self,
        *,
        contact_id: str | Unset = UNSET,
        definition_id: int | Unset = UNSET,
        account_id: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        count: int | Unset = UNSET,
        filter_: PointAccountPointTransactions2Filter | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> APIResponse[PointTransactionModelsResult]:
        """Point transactions2

        GET /api/v2/point-accounts/transactions

        Retries: idempotent.

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
        return point_account_point_transactions_2.sync_detailed(
            self._client,
            contact_id=contact_id,
            definition_id=definition_id,
            account_id=account_id,
            offset=offset,
            count=count,
            filter_=filter_,
            options=options,
        )

    def point_account_add_point_transactions(
        self,
        *,
        request_body: Sequence[PointTransactionToAccount | Mapping[str, Any]],
        idempotency_key: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> APIResponse[PointTransactionToAccountResultModel]:
        """Add point transactions

        POST /api/v2/point-accounts/transactions

        Retries: idempotent.

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
        return point_account_add_point_transactions.sync_detailed(
            self._client, body=request_body, idempotency_key=idempotency_key, options=options
        )

    def point_account_point_transactions(
        self,
        id: int,
        **options: Unpack[CallOptions],
    ) -> APIResponse[PointTransactionModel]:
        """Point transactions

        GET /api/v2/point-accounts/transactions/{id}

        Retries: idempotent.

        One point transaction.

        Args:
            id: The point transaction's id.
        """
        return point_account_point_transactions.sync_detailed(self._client, id, options=options)

    def point_account_point_account_get(
        self,
        id: int,
        **options: Unpack[CallOptions],
    ) -> APIResponse[PointAccountModel]:
        """Point account get

        GET /api/v2/point-accounts/{id}

        Retries: idempotent.

        One point account.

        Args:
            id: The point account's id.
        """
        return point_account_point_account_get.sync_detailed(self._client, id, options=options)


class PointAccountsService:
    """PointAccounts operations. Reach it as `client.point_accounts`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PointAccountsServiceWithRawResponse:
        """The same operations, returning the full response instead of the parsed result."""
        return PointAccountsServiceWithRawResponse(self._client)

    def point_account_point_account_get_2(
        self,
        *,
        contact_id: str,
        offset: int | Unset = UNSET,
        count: int | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> PointAccountModelsResult:
        """Point account get2

        GET /api/v2/point-accounts

        Retries: idempotent.

        A contact's point accounts, a page at a time.

        Args:
            contact_id: The contact whose point accounts to list.
            offset: How many items to skip before the page starts (default 0).
            count: How many items the page holds at most (default 100).
        """
        return point_account_point_account_get_2.sync(
            self._client, contact_id=contact_id, offset=offset, count=count, options=options
        )

    def point_account_point_account_get_2_iter(
        self,
        *,
        contact_id: str,
        page_size: int = DEFAULT_PAGE_SIZE,
        **options: Unpack[CallOptions],
    ) -> Iterator[PointAccountModel]:
        """Every item, fetched `page_size` per request as the iterator is consumed."""
        return iterate_pages(
            lambda offset, count: self.point_account_point_account_get_2(
                contact_id=contact_id, offset=offset, count=count, **options
            ),
            page_size=page_size,
        )

    def point_account_point_definitions(
        self,
        *,
        offset: int | Unset = UNSET,
        count: int | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> list[PointDefinitionModel]:
        """Point definitions

        GET /api/v2/point-accounts/definitions

        Retries: idempotent.

        The point definitions (the kinds of point account), a page at a time.

        Args:
            offset: How many items to skip before the page starts (default 0).
            count: How many items the page holds at most (default 100).
        """
        return point_account_point_definitions.sync(self._client, offset=offset, count=count, options=options)

    def point_account_point_definition(
        self,
        id: int,
        **options: Unpack[CallOptions],
    ) -> PointDefinitionModel:
        """Point definition

        GET /api/v2/point-accounts/definitions/{id}

        Retries: idempotent.

        One point definition: its name, id and description.

        Args:
            id: The point definition's id.
        """
        return point_account_point_definition.sync(self._client, id, options=options)

    def point_account_point_transactions_2(
        self,
        *,
        contact_id: str | Unset = UNSET,
        definition_id: int | Unset = UNSET,
        account_id: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        count: int | Unset = UNSET,
        filter_: PointAccountPointTransactions2Filter | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> PointTransactionModelsResult:
        """Point transactions2

        GET /api/v2/point-accounts/transactions

        Retries: idempotent.

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
        return point_account_point_transactions_2.sync(
            self._client,
            contact_id=contact_id,
            definition_id=definition_id,
            account_id=account_id,
            offset=offset,
            count=count,
            filter_=filter_,
            options=options,
        )

    def point_account_point_transactions_2_iter(
        self,
        *,
        contact_id: str | Unset = UNSET,
        definition_id: int | Unset = UNSET,
        account_id: int | Unset = UNSET,
        filter_: PointAccountPointTransactions2Filter | Unset = UNSET,
        page_size: int = DEFAULT_PAGE_SIZE,
        **options: Unpack[CallOptions],
    ) -> Iterator[PointTransactionModel]:
        """Every item, fetched `page_size` per request as the iterator is consumed."""
        return iterate_pages(
            lambda offset, count: self.point_account_point_transactions_2(
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

    def point_account_add_point_transactions(
        self,
        *,
        request_body: Sequence[PointTransactionToAccount | Mapping[str, Any]],
        idempotency_key: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> PointTransactionToAccountResultModel:
        """Add point transactions

        POST /api/v2/point-accounts/transactions

        Retries: idempotent.

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
        return point_account_add_point_transactions.sync(
            self._client, body=request_body, idempotency_key=idempotency_key, options=options
        )

    def point_account_point_transactions(
        self,
        id: int,
        **options: Unpack[CallOptions],
    ) -> PointTransactionModel:
        """Point transactions

        GET /api/v2/point-accounts/transactions/{id}

        Retries: idempotent.

        One point transaction.

        Args:
            id: The point transaction's id.
        """
        return point_account_point_transactions.sync(self._client, id, options=options)

    def point_account_point_account_get(
        self,
        id: int,
        **options: Unpack[CallOptions],
    ) -> PointAccountModel:
        """Point account get

        GET /api/v2/point-accounts/{id}

        Retries: idempotent.

        One point account.

        Args:
            id: The point account's id.
        """
        return point_account_point_account_get.sync(self._client, id, options=options)


class AsyncPointAccountsServiceWithRawResponse:
    """The point_accounts operations, returning the full `APIResponse` (status, headers, body, parsed result)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def point_account_point_account_get_2(
        self,
        *,
        contact_id: str,
        offset: int | Unset = UNSET,
        count: int | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> APIResponse[PointAccountModelsResult]:
        """Point account get2

        GET /api/v2/point-accounts

        Retries: idempotent.

        A contact's point accounts, a page at a time.

        Args:
            contact_id: The contact whose point accounts to list.
            offset: How many items to skip before the page starts (default 0).
            count: How many items the page holds at most (default 100).
        """
        return await point_account_point_account_get_2.asyncio_detailed(
            self._client, contact_id=contact_id, offset=offset, count=count, options=options
        )

    async def point_account_point_definitions(
        self,
        *,
        offset: int | Unset = UNSET,
        count: int | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> APIResponse[list[PointDefinitionModel]]:
        """Point definitions

        GET /api/v2/point-accounts/definitions

        Retries: idempotent.

        The point definitions (the kinds of point account), a page at a time.

        Args:
            offset: How many items to skip before the page starts (default 0).
            count: How many items the page holds at most (default 100).
        """
        return await point_account_point_definitions.asyncio_detailed(
            self._client, offset=offset, count=count, options=options
        )

    async def point_account_point_definition(
        self,
        id: int,
        **options: Unpack[CallOptions],
    ) -> APIResponse[PointDefinitionModel]:
        """Point definition

        GET /api/v2/point-accounts/definitions/{id}

        Retries: idempotent.

        One point definition: its name, id and description.

        Args:
            id: The point definition's id.
        """
        return await point_account_point_definition.asyncio_detailed(self._client, id, options=options)

    async def point_account_point_transactions_2(
        self,
        *,
        contact_id: str | Unset = UNSET,
        definition_id: int | Unset = UNSET,
        account_id: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        count: int | Unset = UNSET,
        filter_: PointAccountPointTransactions2Filter | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> APIResponse[PointTransactionModelsResult]:
        """Point transactions2

        GET /api/v2/point-accounts/transactions

        Retries: idempotent.

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
        return await point_account_point_transactions_2.asyncio_detailed(
            self._client,
            contact_id=contact_id,
            definition_id=definition_id,
            account_id=account_id,
            offset=offset,
            count=count,
            filter_=filter_,
            options=options,
        )

    async def point_account_add_point_transactions(
        self,
        *,
        request_body: Sequence[PointTransactionToAccount | Mapping[str, Any]],
        idempotency_key: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> APIResponse[PointTransactionToAccountResultModel]:
        """Add point transactions

        POST /api/v2/point-accounts/transactions

        Retries: idempotent.

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
        return await point_account_add_point_transactions.asyncio_detailed(
            self._client, body=request_body, idempotency_key=idempotency_key, options=options
        )

    async def point_account_point_transactions(
        self,
        id: int,
        **options: Unpack[CallOptions],
    ) -> APIResponse[PointTransactionModel]:
        """Point transactions

        GET /api/v2/point-accounts/transactions/{id}

        Retries: idempotent.

        One point transaction.

        Args:
            id: The point transaction's id.
        """
        return await point_account_point_transactions.asyncio_detailed(self._client, id, options=options)

    async def point_account_point_account_get(
        self,
        id: int,
        **options: Unpack[CallOptions],
    ) -> APIResponse[PointAccountModel]:
        """Point account get

        GET /api/v2/point-accounts/{id}

        Retries: idempotent.

        One point account.

        Args:
            id: The point account's id.
        """
        return await point_account_point_account_get.asyncio_detailed(self._client, id, options=options)


class AsyncPointAccountsService:
    """PointAccounts operations (async). Reach it as `client.point_accounts`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPointAccountsServiceWithRawResponse:
        """The same operations, returning the full response instead of the parsed result."""
        return AsyncPointAccountsServiceWithRawResponse(self._client)

    async def point_account_point_account_get_2(
        self,
        *,
        contact_id: str,
        offset: int | Unset = UNSET,
        count: int | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> PointAccountModelsResult:
        """Point account get2

        GET /api/v2/point-accounts

        Retries: idempotent.

        A contact's point accounts, a page at a time.

        Args:
            contact_id: The contact whose point accounts to list.
            offset: How many items to skip before the page starts (default 0).
            count: How many items the page holds at most (default 100).
        """
        return await point_account_point_account_get_2.asyncio(
            self._client, contact_id=contact_id, offset=offset, count=count, options=options
        )

    def point_account_point_account_get_2_iter(
        self,
        *,
        contact_id: str,
        page_size: int = DEFAULT_PAGE_SIZE,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[PointAccountModel]:
        """Every item, fetched `page_size` per request as the iterator is consumed."""
        return aiterate_pages(
            lambda offset, count: self.point_account_point_account_get_2(
                contact_id=contact_id, offset=offset, count=count, **options
            ),
            page_size=page_size,
        )

    async def point_account_point_definitions(
        self,
        *,
        offset: int | Unset = UNSET,
        count: int | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> list[PointDefinitionModel]:
        """Point definitions

        GET /api/v2/point-accounts/definitions

        Retries: idempotent.

        The point definitions (the kinds of point account), a page at a time.

        Args:
            offset: How many items to skip before the page starts (default 0).
            count: How many items the page holds at most (default 100).
        """
        return await point_account_point_definitions.asyncio(self._client, offset=offset, count=count, options=options)

    async def point_account_point_definition(
        self,
        id: int,
        **options: Unpack[CallOptions],
    ) -> PointDefinitionModel:
        """Point definition

        GET /api/v2/point-accounts/definitions/{id}

        Retries: idempotent.

        One point definition: its name, id and description.

        Args:
            id: The point definition's id.
        """
        return await point_account_point_definition.asyncio(self._client, id, options=options)

    async def point_account_point_transactions_2(
        self,
        *,
        contact_id: str | Unset = UNSET,
        definition_id: int | Unset = UNSET,
        account_id: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        count: int | Unset = UNSET,
        filter_: PointAccountPointTransactions2Filter | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> PointTransactionModelsResult:
        """Point transactions2

        GET /api/v2/point-accounts/transactions

        Retries: idempotent.

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
        return await point_account_point_transactions_2.asyncio(
            self._client,
            contact_id=contact_id,
            definition_id=definition_id,
            account_id=account_id,
            offset=offset,
            count=count,
            filter_=filter_,
            options=options,
        )

    def point_account_point_transactions_2_iter(
        self,
        *,
        contact_id: str | Unset = UNSET,
        definition_id: int | Unset = UNSET,
        account_id: int | Unset = UNSET,
        filter_: PointAccountPointTransactions2Filter | Unset = UNSET,
        page_size: int = DEFAULT_PAGE_SIZE,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[PointTransactionModel]:
        """Every item, fetched `page_size` per request as the iterator is consumed."""
        return aiterate_pages(
            lambda offset, count: self.point_account_point_transactions_2(
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

    async def point_account_add_point_transactions(
        self,
        *,
        request_body: Sequence[PointTransactionToAccount | Mapping[str, Any]],
        idempotency_key: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> PointTransactionToAccountResultModel:
        """Add point transactions

        POST /api/v2/point-accounts/transactions

        Retries: idempotent.

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
        return await point_account_add_point_transactions.asyncio(
            self._client, body=request_body, idempotency_key=idempotency_key, options=options
        )

    async def point_account_point_transactions(
        self,
        id: int,
        **options: Unpack[CallOptions],
    ) -> PointTransactionModel:
        """Point transactions

        GET /api/v2/point-accounts/transactions/{id}

        Retries: idempotent.

        One point transaction.

        Args:
            id: The point transaction's id.
        """
        return await point_account_point_transactions.asyncio(self._client, id, options=options)

    async def point_account_point_account_get(
        self,
        id: int,
        **options: Unpack[CallOptions],
    ) -> PointAccountModel:
        """Point account get

        GET /api/v2/point-accounts/{id}

        Retries: idempotent.

        One point account.

        Args:
            id: The point account's id.
        """
        return await point_account_point_account_get.asyncio(self._client, id, options=options)
