# Generated from generator/render/templates/service.py.jinja by `make generate`; do not edit.
"""Stores operations, reached as `VoyadoEngage.stores`."""

import builtins
from functools import cached_property
from typing import Final, Unpack

from ..._base_client import AsyncAPIClient, SyncAPIClient
from ..._options import CallOptions
from ..._raw_response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ...models.api_store import ApiStore, ApiStoreParam
from ...types import UNSET, Unset
from . import stores_v_create_store, stores_v_get_store, stores_v_get_stores, stores_v_update_store


class StoresServiceWithRawResponse:
    """The stores operations, returning the full `APIResponse` (status, headers, body, parsed result)."""

    def __init__(self, service: "StoresService") -> None:
        self.list: Final = to_raw_response_wrapper(service.list)
        self.create: Final = to_raw_response_wrapper(service.create)
        self.get: Final = to_raw_response_wrapper(service.get)
        self.update: Final = to_raw_response_wrapper(service.update)
        self.stores_v_get_stores: Final = self.list
        self.stores_v_create_store: Final = self.create
        self.stores_v_get_store: Final = self.get
        self.stores_v_update_store: Final = self.update


class StoresService:
    """Stores operations. Reach it as `client.stores`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> StoresServiceWithRawResponse:
        """The same operations, returning the full response instead of the parsed result."""
        return StoresServiceWithRawResponse(self)

    def list(
        self,
        *,
        include_inactive: bool | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> builtins.list[ApiStore]:
        """Get stores

        GET /api/v2/stores

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        The stores, active ones only unless `includeInactive` is true.

        Args:
            include_inactive: Whether inactive stores count too (default false).
        """
        return self._client.call(
            stores_v_get_stores.OPERATION, stores_v_get_stores._get_kwargs(include_inactive=include_inactive), options
        )

    def create(
        self,
        *,
        request_body: ApiStore | ApiStoreParam,
        **options: Unpack[CallOptions],
    ) -> ApiStore:
        """Create store

        POST /api/v2/stores

        Retries: retried only when not delivered (connection failed) or on 429.

        Creates a store.
        """
        return self._client.call(
            stores_v_create_store.OPERATION, stores_v_create_store._get_kwargs(request_body=request_body), options
        )

    def get(
        self,
        external_id: str,
        *,
        include_inactive: bool | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> ApiStore:
        """Get store

        GET /api/v2/stores/{external_id}

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        One store by its external id; an inactive store is found only with `includeInactive`.

        Args:
            external_id: The store's external id.
            include_inactive: Whether an inactive store is found too (default false).
        """
        return self._client.call(
            stores_v_get_store.OPERATION,
            stores_v_get_store._get_kwargs(external_id, include_inactive=include_inactive),
            options,
        )

    def update(
        self,
        external_id: str,
        *,
        request_body: ApiStore | ApiStoreParam,
        **options: Unpack[CallOptions],
    ) -> ApiStore:
        """Update store

        POST /api/v2/stores/{external_id}

        Retries: retried only when not delivered (connection failed) or on 429.

        Updates the store with this external id.

        Args:
            external_id: The store's external id.
        """
        return self._client.call(
            stores_v_update_store.OPERATION,
            stores_v_update_store._get_kwargs(external_id, request_body=request_body),
            options,
        )

    # The published SDK's names (operationIds in snake case), so code written from its docs runs unchanged.
    stores_v_get_stores = list
    stores_v_create_store = create
    stores_v_get_store = get
    stores_v_update_store = update


class AsyncStoresServiceWithRawResponse:
    """The stores operations, returning the full `APIResponse` (status, headers, body, parsed result)."""

    def __init__(self, service: "AsyncStoresService") -> None:
        self.list: Final = async_to_raw_response_wrapper(service.list)
        self.create: Final = async_to_raw_response_wrapper(service.create)
        self.get: Final = async_to_raw_response_wrapper(service.get)
        self.update: Final = async_to_raw_response_wrapper(service.update)
        self.stores_v_get_stores: Final = self.list
        self.stores_v_create_store: Final = self.create
        self.stores_v_get_store: Final = self.get
        self.stores_v_update_store: Final = self.update


class AsyncStoresService:
    """Stores operations (async). Reach it as `client.stores`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncStoresServiceWithRawResponse:
        """The same operations, returning the full response instead of the parsed result."""
        return AsyncStoresServiceWithRawResponse(self)

    async def list(
        self,
        *,
        include_inactive: bool | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> builtins.list[ApiStore]:
        """Get stores

        GET /api/v2/stores

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        The stores, active ones only unless `includeInactive` is true.

        Args:
            include_inactive: Whether inactive stores count too (default false).
        """
        return await self._client.call(
            stores_v_get_stores.OPERATION, stores_v_get_stores._get_kwargs(include_inactive=include_inactive), options
        )

    async def create(
        self,
        *,
        request_body: ApiStore | ApiStoreParam,
        **options: Unpack[CallOptions],
    ) -> ApiStore:
        """Create store

        POST /api/v2/stores

        Retries: retried only when not delivered (connection failed) or on 429.

        Creates a store.
        """
        return await self._client.call(
            stores_v_create_store.OPERATION, stores_v_create_store._get_kwargs(request_body=request_body), options
        )

    async def get(
        self,
        external_id: str,
        *,
        include_inactive: bool | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> ApiStore:
        """Get store

        GET /api/v2/stores/{external_id}

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        One store by its external id; an inactive store is found only with `includeInactive`.

        Args:
            external_id: The store's external id.
            include_inactive: Whether an inactive store is found too (default false).
        """
        return await self._client.call(
            stores_v_get_store.OPERATION,
            stores_v_get_store._get_kwargs(external_id, include_inactive=include_inactive),
            options,
        )

    async def update(
        self,
        external_id: str,
        *,
        request_body: ApiStore | ApiStoreParam,
        **options: Unpack[CallOptions],
    ) -> ApiStore:
        """Update store

        POST /api/v2/stores/{external_id}

        Retries: retried only when not delivered (connection failed) or on 429.

        Updates the store with this external id.

        Args:
            external_id: The store's external id.
        """
        return await self._client.call(
            stores_v_update_store.OPERATION,
            stores_v_update_store._get_kwargs(external_id, request_body=request_body),
            options,
        )

    # The published SDK's names (operationIds in snake case), so code written from its docs runs unchanged.
    stores_v_get_stores = list
    stores_v_create_store = create
    stores_v_get_store = get
    stores_v_update_store = update
