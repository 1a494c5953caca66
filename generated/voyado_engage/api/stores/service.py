# Generated from generator/templates/service.py.jinja by `make generate`; do not edit.
"""Stores operations, reached as `VoyadoEngage.stores`."""

from collections.abc import Mapping
from functools import cached_property
from typing import Any, Unpack

from ..._base_client import APIResponse, AsyncAPIClient, SyncAPIClient
from ..._options import CallOptions
from ...models.api_store import ApiStore
from ...types import UNSET, Unset
from . import stores_v_create_store, stores_v_get_store, stores_v_get_stores, stores_v_update_store


class StoresServiceWithRawResponse:
    """The stores operations, returning the full `APIResponse` (status, headers, body, parsed result)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def stores_v_get_stores(
        self,
        *,
        include_inactive: bool | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> APIResponse[list[ApiStore]]:
        """Get stores

        GET /api/v2/stores

        Retries: idempotent.

        The stores, active ones only unless `includeInactive` is true.

        Args:
            include_inactive: Whether inactive stores count too (default false).
        """
        return stores_v_get_stores.sync_detailed(self._client, include_inactive=include_inactive, options=options)

    def stores_v_create_store(
        self,
        *,
        request_body: ApiStore | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> APIResponse[ApiStore]:
        """Create store

        POST /api/v2/stores

        Retries: not processed only.

        Creates a store.
        """
        return stores_v_create_store.sync_detailed(self._client, body=request_body, options=options)

    def stores_v_get_store(
        self,
        external_id: str,
        *,
        include_inactive: bool | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> APIResponse[ApiStore]:
        """Get store

        GET /api/v2/stores/{external_id}

        Retries: idempotent.

        One store by its external id; an inactive store is found only with `includeInactive`.

        Args:
            external_id: The store's external id.
            include_inactive: Whether an inactive store is found too (default false).
        """
        return stores_v_get_store.sync_detailed(
            self._client, external_id, include_inactive=include_inactive, options=options
        )

    def stores_v_update_store(
        self,
        external_id: str,
        *,
        request_body: ApiStore | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> APIResponse[ApiStore]:
        """Update store

        POST /api/v2/stores/{external_id}

        Retries: not processed only.

        Updates the store with this external id.

        Args:
            external_id: The store's external id.
        """
        return stores_v_update_store.sync_detailed(self._client, external_id, body=request_body, options=options)


class StoresService:
    """Stores operations. Reach it as `client.stores`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> StoresServiceWithRawResponse:
        """The same operations, returning the full response instead of the parsed result."""
        return StoresServiceWithRawResponse(self._client)

    def stores_v_get_stores(
        self,
        *,
        include_inactive: bool | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> list[ApiStore]:
        """Get stores

        GET /api/v2/stores

        Retries: idempotent.

        The stores, active ones only unless `includeInactive` is true.

        Args:
            include_inactive: Whether inactive stores count too (default false).
        """
        return stores_v_get_stores.sync(self._client, include_inactive=include_inactive, options=options)

    def stores_v_create_store(
        self,
        *,
        request_body: ApiStore | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> ApiStore:
        """Create store

        POST /api/v2/stores

        Retries: not processed only.

        Creates a store.
        """
        return stores_v_create_store.sync(self._client, body=request_body, options=options)

    def stores_v_get_store(
        self,
        external_id: str,
        *,
        include_inactive: bool | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> ApiStore:
        """Get store

        GET /api/v2/stores/{external_id}

        Retries: idempotent.

        One store by its external id; an inactive store is found only with `includeInactive`.

        Args:
            external_id: The store's external id.
            include_inactive: Whether an inactive store is found too (default false).
        """
        return stores_v_get_store.sync(self._client, external_id, include_inactive=include_inactive, options=options)

    def stores_v_update_store(
        self,
        external_id: str,
        *,
        request_body: ApiStore | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> ApiStore:
        """Update store

        POST /api/v2/stores/{external_id}

        Retries: not processed only.

        Updates the store with this external id.

        Args:
            external_id: The store's external id.
        """
        return stores_v_update_store.sync(self._client, external_id, body=request_body, options=options)


class AsyncStoresServiceWithRawResponse:
    """The stores operations, returning the full `APIResponse` (status, headers, body, parsed result)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def stores_v_get_stores(
        self,
        *,
        include_inactive: bool | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> APIResponse[list[ApiStore]]:
        """Get stores

        GET /api/v2/stores

        Retries: idempotent.

        The stores, active ones only unless `includeInactive` is true.

        Args:
            include_inactive: Whether inactive stores count too (default false).
        """
        return await stores_v_get_stores.asyncio_detailed(
            self._client, include_inactive=include_inactive, options=options
        )

    async def stores_v_create_store(
        self,
        *,
        request_body: ApiStore | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> APIResponse[ApiStore]:
        """Create store

        POST /api/v2/stores

        Retries: not processed only.

        Creates a store.
        """
        return await stores_v_create_store.asyncio_detailed(self._client, body=request_body, options=options)

    async def stores_v_get_store(
        self,
        external_id: str,
        *,
        include_inactive: bool | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> APIResponse[ApiStore]:
        """Get store

        GET /api/v2/stores/{external_id}

        Retries: idempotent.

        One store by its external id; an inactive store is found only with `includeInactive`.

        Args:
            external_id: The store's external id.
            include_inactive: Whether an inactive store is found too (default false).
        """
        return await stores_v_get_store.asyncio_detailed(
            self._client, external_id, include_inactive=include_inactive, options=options
        )

    async def stores_v_update_store(
        self,
        external_id: str,
        *,
        request_body: ApiStore | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> APIResponse[ApiStore]:
        """Update store

        POST /api/v2/stores/{external_id}

        Retries: not processed only.

        Updates the store with this external id.

        Args:
            external_id: The store's external id.
        """
        return await stores_v_update_store.asyncio_detailed(
            self._client, external_id, body=request_body, options=options
        )


class AsyncStoresService:
    """Stores operations (async). Reach it as `client.stores`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncStoresServiceWithRawResponse:
        """The same operations, returning the full response instead of the parsed result."""
        return AsyncStoresServiceWithRawResponse(self._client)

    async def stores_v_get_stores(
        self,
        *,
        include_inactive: bool | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> list[ApiStore]:
        """Get stores

        GET /api/v2/stores

        Retries: idempotent.

        The stores, active ones only unless `includeInactive` is true.

        Args:
            include_inactive: Whether inactive stores count too (default false).
        """
        return await stores_v_get_stores.asyncio(self._client, include_inactive=include_inactive, options=options)

    async def stores_v_create_store(
        self,
        *,
        request_body: ApiStore | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> ApiStore:
        """Create store

        POST /api/v2/stores

        Retries: not processed only.

        Creates a store.
        """
        return await stores_v_create_store.asyncio(self._client, body=request_body, options=options)

    async def stores_v_get_store(
        self,
        external_id: str,
        *,
        include_inactive: bool | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> ApiStore:
        """Get store

        GET /api/v2/stores/{external_id}

        Retries: idempotent.

        One store by its external id; an inactive store is found only with `includeInactive`.

        Args:
            external_id: The store's external id.
            include_inactive: Whether an inactive store is found too (default false).
        """
        return await stores_v_get_store.asyncio(
            self._client, external_id, include_inactive=include_inactive, options=options
        )

    async def stores_v_update_store(
        self,
        external_id: str,
        *,
        request_body: ApiStore | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> ApiStore:
        """Update store

        POST /api/v2/stores/{external_id}

        Retries: not processed only.

        Updates the store with this external id.

        Args:
            external_id: The store's external id.
        """
        return await stores_v_update_store.asyncio(self._client, external_id, body=request_body, options=options)
