# Generated from generator/templates/service.py.jinja by `make generate`; do not edit.
"""Inventory operations, reached as `VoyadoEngage.inventory`."""

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Any, Unpack

from ..._base_client import APIResponse, AsyncAPIClient, SyncAPIClient
from ..._options import CallOptions
from ...models.back_in_stock_subscription_subscribe_response_200 import BackInStockSubscriptionSubscribeResponse200
from ...models.back_in_stock_subscription_unsubscribe_response_200 import BackInStockSubscriptionUnsubscribeResponse200
from ...models.inventory_update_stock_level_response_200 import InventoryUpdateStockLevelResponse200
from ...models.inventory_update_stock_levels_response_200 import InventoryUpdateStockLevelsResponse200
from ...models.stock_level_request import StockLevelRequest
from ...models.subscription_request import SubscriptionRequest
from . import (
    back_in_stock_subscription_subscribe,
    back_in_stock_subscription_unsubscribe,
    inventory_update_stock_level,
    inventory_update_stock_levels,
)


class InventoryServiceWithRawResponse:
    """The inventory operations, returning the full `APIResponse` (status, headers, body, parsed result)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def back_in_stock_subscription_subscribe(
        self,
        *,
        request_body: SubscriptionRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> APIResponse[BackInStockSubscriptionSubscribeResponse200]:
        """Subscribe

        POST /api/v2/inventory/backinstock/subscriptions

        Retries: not processed only.

        Subscribes a contact to be told when a SKU is back in stock. Contact id, SKU and locale (a culture
        code such as sv-se, with a product feed configured for it) are required; an external id is optional.
        """
        return back_in_stock_subscription_subscribe.sync_detailed(self._client, body=request_body, options=options)

    def back_in_stock_subscription_unsubscribe(
        self,
        subscription_id: str,
        **options: Unpack[CallOptions],
    ) -> APIResponse[BackInStockSubscriptionUnsubscribeResponse200]:
        """Unsubscribe

        DELETE /api/v2/inventory/backinstock/subscriptions/{subscription_id}

        Retries: idempotent.

        Deletes a back-in-stock subscription.

        Args:
            subscription_id: The back-in-stock subscription's id.
        """
        return back_in_stock_subscription_unsubscribe.sync_detailed(self._client, subscription_id, options=options)

    def inventory_update_stock_level(
        self,
        *,
        request_body: StockLevelRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> APIResponse[InventoryUpdateStockLevelResponse200]:
        """Update stock level

        PUT /api/v2/inventory/stock-levels

        Retries: idempotent.

        Sets the stock level of one SKU. SKU and quantity (the latest stock) are required; locale (a culture
        code with a product feed) and external id are optional.
        """
        return inventory_update_stock_level.sync_detailed(self._client, body=request_body, options=options)

    def inventory_update_stock_levels(
        self,
        *,
        request_body: Sequence[StockLevelRequest | Mapping[str, Any]],
        **options: Unpack[CallOptions],
    ) -> APIResponse[InventoryUpdateStockLevelsResponse200]:
        """Update stock levels

        PUT /api/v2/inventory/stock-levels/batch

        Retries: idempotent.

        Sets the stock levels of many SKUs in one call, each row as for a single update.
        """
        return inventory_update_stock_levels.sync_detailed(self._client, body=request_body, options=options)


class InventoryService:
    """Inventory operations. Reach it as `client.inventory`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> InventoryServiceWithRawResponse:
        """The same operations, returning the full response instead of the parsed result."""
        return InventoryServiceWithRawResponse(self._client)

    def back_in_stock_subscription_subscribe(
        self,
        *,
        request_body: SubscriptionRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> BackInStockSubscriptionSubscribeResponse200:
        """Subscribe

        POST /api/v2/inventory/backinstock/subscriptions

        Retries: not processed only.

        Subscribes a contact to be told when a SKU is back in stock. Contact id, SKU and locale (a culture
        code such as sv-se, with a product feed configured for it) are required; an external id is optional.
        """
        return back_in_stock_subscription_subscribe.sync(self._client, body=request_body, options=options)

    def back_in_stock_subscription_unsubscribe(
        self,
        subscription_id: str,
        **options: Unpack[CallOptions],
    ) -> BackInStockSubscriptionUnsubscribeResponse200:
        """Unsubscribe

        DELETE /api/v2/inventory/backinstock/subscriptions/{subscription_id}

        Retries: idempotent.

        Deletes a back-in-stock subscription.

        Args:
            subscription_id: The back-in-stock subscription's id.
        """
        return back_in_stock_subscription_unsubscribe.sync(self._client, subscription_id, options=options)

    def inventory_update_stock_level(
        self,
        *,
        request_body: StockLevelRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> InventoryUpdateStockLevelResponse200:
        """Update stock level

        PUT /api/v2/inventory/stock-levels

        Retries: idempotent.

        Sets the stock level of one SKU. SKU and quantity (the latest stock) are required; locale (a culture
        code with a product feed) and external id are optional.
        """
        return inventory_update_stock_level.sync(self._client, body=request_body, options=options)

    def inventory_update_stock_levels(
        self,
        *,
        request_body: Sequence[StockLevelRequest | Mapping[str, Any]],
        **options: Unpack[CallOptions],
    ) -> InventoryUpdateStockLevelsResponse200:
        """Update stock levels

        PUT /api/v2/inventory/stock-levels/batch

        Retries: idempotent.

        Sets the stock levels of many SKUs in one call, each row as for a single update.
        """
        return inventory_update_stock_levels.sync(self._client, body=request_body, options=options)


class AsyncInventoryServiceWithRawResponse:
    """The inventory operations, returning the full `APIResponse` (status, headers, body, parsed result)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def back_in_stock_subscription_subscribe(
        self,
        *,
        request_body: SubscriptionRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> APIResponse[BackInStockSubscriptionSubscribeResponse200]:
        """Subscribe

        POST /api/v2/inventory/backinstock/subscriptions

        Retries: not processed only.

        Subscribes a contact to be told when a SKU is back in stock. Contact id, SKU and locale (a culture
        code such as sv-se, with a product feed configured for it) are required; an external id is optional.
        """
        return await back_in_stock_subscription_subscribe.asyncio_detailed(
            self._client, body=request_body, options=options
        )

    async def back_in_stock_subscription_unsubscribe(
        self,
        subscription_id: str,
        **options: Unpack[CallOptions],
    ) -> APIResponse[BackInStockSubscriptionUnsubscribeResponse200]:
        """Unsubscribe

        DELETE /api/v2/inventory/backinstock/subscriptions/{subscription_id}

        Retries: idempotent.

        Deletes a back-in-stock subscription.

        Args:
            subscription_id: The back-in-stock subscription's id.
        """
        return await back_in_stock_subscription_unsubscribe.asyncio_detailed(
            self._client, subscription_id, options=options
        )

    async def inventory_update_stock_level(
        self,
        *,
        request_body: StockLevelRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> APIResponse[InventoryUpdateStockLevelResponse200]:
        """Update stock level

        PUT /api/v2/inventory/stock-levels

        Retries: idempotent.

        Sets the stock level of one SKU. SKU and quantity (the latest stock) are required; locale (a culture
        code with a product feed) and external id are optional.
        """
        return await inventory_update_stock_level.asyncio_detailed(self._client, body=request_body, options=options)

    async def inventory_update_stock_levels(
        self,
        *,
        request_body: Sequence[StockLevelRequest | Mapping[str, Any]],
        **options: Unpack[CallOptions],
    ) -> APIResponse[InventoryUpdateStockLevelsResponse200]:
        """Update stock levels

        PUT /api/v2/inventory/stock-levels/batch

        Retries: idempotent.

        Sets the stock levels of many SKUs in one call, each row as for a single update.
        """
        return await inventory_update_stock_levels.asyncio_detailed(self._client, body=request_body, options=options)


class AsyncInventoryService:
    """Inventory operations (async). Reach it as `client.inventory`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncInventoryServiceWithRawResponse:
        """The same operations, returning the full response instead of the parsed result."""
        return AsyncInventoryServiceWithRawResponse(self._client)

    async def back_in_stock_subscription_subscribe(
        self,
        *,
        request_body: SubscriptionRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> BackInStockSubscriptionSubscribeResponse200:
        """Subscribe

        POST /api/v2/inventory/backinstock/subscriptions

        Retries: not processed only.

        Subscribes a contact to be told when a SKU is back in stock. Contact id, SKU and locale (a culture
        code such as sv-se, with a product feed configured for it) are required; an external id is optional.
        """
        return await back_in_stock_subscription_subscribe.asyncio(self._client, body=request_body, options=options)

    async def back_in_stock_subscription_unsubscribe(
        self,
        subscription_id: str,
        **options: Unpack[CallOptions],
    ) -> BackInStockSubscriptionUnsubscribeResponse200:
        """Unsubscribe

        DELETE /api/v2/inventory/backinstock/subscriptions/{subscription_id}

        Retries: idempotent.

        Deletes a back-in-stock subscription.

        Args:
            subscription_id: The back-in-stock subscription's id.
        """
        return await back_in_stock_subscription_unsubscribe.asyncio(self._client, subscription_id, options=options)

    async def inventory_update_stock_level(
        self,
        *,
        request_body: StockLevelRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> InventoryUpdateStockLevelResponse200:
        """Update stock level

        PUT /api/v2/inventory/stock-levels

        Retries: idempotent.

        Sets the stock level of one SKU. SKU and quantity (the latest stock) are required; locale (a culture
        code with a product feed) and external id are optional.
        """
        return await inventory_update_stock_level.asyncio(self._client, body=request_body, options=options)

    async def inventory_update_stock_levels(
        self,
        *,
        request_body: Sequence[StockLevelRequest | Mapping[str, Any]],
        **options: Unpack[CallOptions],
    ) -> InventoryUpdateStockLevelsResponse200:
        """Update stock levels

        PUT /api/v2/inventory/stock-levels/batch

        Retries: idempotent.

        Sets the stock levels of many SKUs in one call, each row as for a single update.
        """
        return await inventory_update_stock_levels.asyncio(self._client, body=request_body, options=options)
