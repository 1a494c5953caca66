# Generated from generator/render/templates/service.py.jinja by `make generate`; do not edit.
"""Inventory operations, reached as `VoyadoEngage.inventory`."""

from collections.abc import Sequence
from functools import cached_property
from typing import Final, Unpack

from ..._base_client import AsyncAPIClient, SyncAPIClient
from ..._options import CallOptions
from ..._raw_response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ...models.stock_level_request import StockLevelRequest, StockLevelRequestParam
from ...models.stock_level_update import StockLevelUpdate
from ...models.subscription_request import SubscriptionRequest, SubscriptionRequestParam
from ...models.subscription_result import SubscriptionResult
from . import (
    back_in_stock_subscription_subscribe,
    back_in_stock_subscription_unsubscribe,
    inventory_update_stock_level,
    inventory_update_stock_levels,
)


class InventoryServiceWithRawResponse:
    """The inventory operations, returning the full `APIResponse` (status, headers, body, parsed result)."""

    def __init__(self, service: "InventoryService") -> None:
        self.subscribe_back_in_stock: Final = to_raw_response_wrapper(service.subscribe_back_in_stock)
        self.unsubscribe_back_in_stock: Final = to_raw_response_wrapper(service.unsubscribe_back_in_stock)
        self.update_stock_level: Final = to_raw_response_wrapper(service.update_stock_level)
        self.update_stock_levels: Final = to_raw_response_wrapper(service.update_stock_levels)
        self.back_in_stock_subscription_subscribe: Final = self.subscribe_back_in_stock
        self.back_in_stock_subscription_unsubscribe: Final = self.unsubscribe_back_in_stock
        self.inventory_update_stock_level: Final = self.update_stock_level
        self.inventory_update_stock_levels: Final = self.update_stock_levels


class InventoryService:
    """Inventory operations. Reach it as `client.inventory`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> InventoryServiceWithRawResponse:
        """The same operations, returning the full response instead of the parsed result."""
        return InventoryServiceWithRawResponse(self)

    def subscribe_back_in_stock(
        self,
        *,
        request_body: SubscriptionRequest | SubscriptionRequestParam,
        **options: Unpack[CallOptions],
    ) -> SubscriptionResult:
        """Subscribe

        POST /api/v2/inventory/backinstock/subscriptions

        Retries: retried only when not delivered (connection failed) or on 429.

        Subscribes a contact to be told when a SKU is back in stock. Contact id, SKU and locale (a culture
        code such as sv-se, with a product feed configured for it) are required; an external id is optional.
        """
        return self._client.call(
            back_in_stock_subscription_subscribe.OPERATION,
            back_in_stock_subscription_subscribe._get_kwargs(request_body=request_body),
            options,
        )

    def unsubscribe_back_in_stock(
        self,
        subscription_id: str,
        **options: Unpack[CallOptions],
    ) -> SubscriptionResult:
        """Unsubscribe

        DELETE /api/v2/inventory/backinstock/subscriptions/{subscription_id}

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        Deletes a back-in-stock subscription.

        Args:
            subscription_id: The back-in-stock subscription's id.
        """
        return self._client.call(
            back_in_stock_subscription_unsubscribe.OPERATION,
            back_in_stock_subscription_unsubscribe._get_kwargs(subscription_id),
            options,
        )

    def update_stock_level(
        self,
        *,
        request_body: StockLevelRequest | StockLevelRequestParam,
        **options: Unpack[CallOptions],
    ) -> StockLevelUpdate:
        """Update stock level

        PUT /api/v2/inventory/stock-levels

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        Sets the stock level of one SKU. SKU and quantity (the latest stock) are required; locale (a culture
        code with a product feed) and external id are optional.
        """
        return self._client.call(
            inventory_update_stock_level.OPERATION,
            inventory_update_stock_level._get_kwargs(request_body=request_body),
            options,
        )

    def update_stock_levels(
        self,
        *,
        request_body: Sequence[StockLevelRequest | StockLevelRequestParam],
        **options: Unpack[CallOptions],
    ) -> StockLevelUpdate:
        """Update stock levels

        PUT /api/v2/inventory/stock-levels/batch

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        Sets the stock levels of many SKUs in one call, each row as for a single update.
        """
        return self._client.call(
            inventory_update_stock_levels.OPERATION,
            inventory_update_stock_levels._get_kwargs(request_body=request_body),
            options,
        )

    # The published SDK's names (operationIds in snake case), so code written from its docs runs unchanged.
    back_in_stock_subscription_subscribe = subscribe_back_in_stock
    back_in_stock_subscription_unsubscribe = unsubscribe_back_in_stock
    inventory_update_stock_level = update_stock_level
    inventory_update_stock_levels = update_stock_levels


class AsyncInventoryServiceWithRawResponse:
    """The inventory operations, returning the full `APIResponse` (status, headers, body, parsed result)."""

    def __init__(self, service: "AsyncInventoryService") -> None:
        self.subscribe_back_in_stock: Final = async_to_raw_response_wrapper(service.subscribe_back_in_stock)
        self.unsubscribe_back_in_stock: Final = async_to_raw_response_wrapper(service.unsubscribe_back_in_stock)
        self.update_stock_level: Final = async_to_raw_response_wrapper(service.update_stock_level)
        self.update_stock_levels: Final = async_to_raw_response_wrapper(service.update_stock_levels)
        self.back_in_stock_subscription_subscribe: Final = self.subscribe_back_in_stock
        self.back_in_stock_subscription_unsubscribe: Final = self.unsubscribe_back_in_stock
        self.inventory_update_stock_level: Final = self.update_stock_level
        self.inventory_update_stock_levels: Final = self.update_stock_levels


class AsyncInventoryService:
    """Inventory operations (async). Reach it as `client.inventory`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncInventoryServiceWithRawResponse:
        """The same operations, returning the full response instead of the parsed result."""
        return AsyncInventoryServiceWithRawResponse(self)

    async def subscribe_back_in_stock(
        self,
        *,
        request_body: SubscriptionRequest | SubscriptionRequestParam,
        **options: Unpack[CallOptions],
    ) -> SubscriptionResult:
        """Subscribe

        POST /api/v2/inventory/backinstock/subscriptions

        Retries: retried only when not delivered (connection failed) or on 429.

        Subscribes a contact to be told when a SKU is back in stock. Contact id, SKU and locale (a culture
        code such as sv-se, with a product feed configured for it) are required; an external id is optional.
        """
        return await self._client.call(
            back_in_stock_subscription_subscribe.OPERATION,
            back_in_stock_subscription_subscribe._get_kwargs(request_body=request_body),
            options,
        )

    async def unsubscribe_back_in_stock(
        self,
        subscription_id: str,
        **options: Unpack[CallOptions],
    ) -> SubscriptionResult:
        """Unsubscribe

        DELETE /api/v2/inventory/backinstock/subscriptions/{subscription_id}

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        Deletes a back-in-stock subscription.

        Args:
            subscription_id: The back-in-stock subscription's id.
        """
        return await self._client.call(
            back_in_stock_subscription_unsubscribe.OPERATION,
            back_in_stock_subscription_unsubscribe._get_kwargs(subscription_id),
            options,
        )

    async def update_stock_level(
        self,
        *,
        request_body: StockLevelRequest | StockLevelRequestParam,
        **options: Unpack[CallOptions],
    ) -> StockLevelUpdate:
        """Update stock level

        PUT /api/v2/inventory/stock-levels

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        Sets the stock level of one SKU. SKU and quantity (the latest stock) are required; locale (a culture
        code with a product feed) and external id are optional.
        """
        return await self._client.call(
            inventory_update_stock_level.OPERATION,
            inventory_update_stock_level._get_kwargs(request_body=request_body),
            options,
        )

    async def update_stock_levels(
        self,
        *,
        request_body: Sequence[StockLevelRequest | StockLevelRequestParam],
        **options: Unpack[CallOptions],
    ) -> StockLevelUpdate:
        """Update stock levels

        PUT /api/v2/inventory/stock-levels/batch

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        Sets the stock levels of many SKUs in one call, each row as for a single update.
        """
        return await self._client.call(
            inventory_update_stock_levels.OPERATION,
            inventory_update_stock_levels._get_kwargs(request_body=request_body),
            options,
        )

    # The published SDK's names (operationIds in snake case), so code written from its docs runs unchanged.
    back_in_stock_subscription_subscribe = subscribe_back_in_stock
    back_in_stock_subscription_unsubscribe = unsubscribe_back_in_stock
    inventory_update_stock_level = update_stock_level
    inventory_update_stock_levels = update_stock_levels
