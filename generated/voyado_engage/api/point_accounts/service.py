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
        """
        return await point_account_point_account_get.asyncio(self._client, id, options=options)
