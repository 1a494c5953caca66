# Generated from generator/render/templates/service.py.jinja by `make generate`; do not edit.
"""Tracking operations, reached as `VoyadoEngage.tracking`."""

from collections.abc import Sequence
from functools import cached_property
from typing import Final, Unpack

from ..._base_client import AsyncAPIClient, SyncAPIClient
from ..._options import CallOptions
from ..._raw_response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ...models.cart_api_model import CartApiModel, CartApiModelParam
from ...models.ok_result import OkResult
from ...models.product_view_api_model import ProductViewApiModel, ProductViewApiModelParam
from ...models.product_view_result import ProductViewResult
from . import (
    cart_register_cart,
    cart_register_carts,
    product_view_v_register_product_view,
    product_view_v_register_product_views,
)


class TrackingServiceWithRawResponse:
    """The tracking operations, returning the full `APIResponse` (status, headers, body, parsed result)."""

    def __init__(self, service: "TrackingService") -> None:
        self.register_cart: Final = to_raw_response_wrapper(service.register_cart)
        self.register_carts: Final = to_raw_response_wrapper(service.register_carts)
        self.register_product_view: Final = to_raw_response_wrapper(service.register_product_view)
        self.register_product_views: Final = to_raw_response_wrapper(service.register_product_views)
        self.cart_register_cart: Final = self.register_cart
        self.cart_register_carts: Final = self.register_carts
        self.product_view_v_register_product_view: Final = self.register_product_view
        self.product_view_v_register_product_views: Final = self.register_product_views


class TrackingService:
    """Tracking operations. Reach it as `client.tracking`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> TrackingServiceWithRawResponse:
        """The same operations, returning the full response instead of the parsed result."""
        return TrackingServiceWithRawResponse(self)

    def register_cart(
        self,
        *,
        request_body: CartApiModel | CartApiModelParam,
        **options: Unpack[CallOptions],
    ) -> OkResult:
        """Register cart

        POST /api/v2/tracking/carts

        Retries: retried only when not delivered (connection failed) or on 429.

        Records the latest state of a contact's cart: its reference (which links the updates of one cart),
        the time (ISO 8601 with offset), the contact id, the language (a culture code with a product feed),
        the cart's URL and its items (SKU and quantity).
        """
        return self._client.call(
            cart_register_cart.OPERATION, cart_register_cart._get_kwargs(request_body=request_body), options
        )

    def register_carts(
        self,
        *,
        request_body: Sequence[CartApiModel | CartApiModelParam],
        **options: Unpack[CallOptions],
    ) -> OkResult:
        """Register carts

        POST /api/v2/tracking/carts/batch

        Retries: retried only when not delivered (connection failed) or on 429.

        Records many cart updates at once. They are applied in order of their times; of several updates to
        one cart, only the latest counts.
        """
        return self._client.call(
            cart_register_carts.OPERATION, cart_register_carts._get_kwargs(request_body=request_body), options
        )

    def register_product_view(
        self,
        *,
        request_body: ProductViewApiModel | ProductViewApiModelParam,
        **options: Unpack[CallOptions],
    ) -> ProductViewResult:
        """Register product view

        POST /api/v2/tracking/productview

        Retries: retried only when not delivered (connection failed) or on 429.

        Records that a contact viewed a product: the item id (matched against the SKUs of the imported
        articles), its category, the time (ISO 8601 with offset), the contact and session, the language, the
        page URL and the referring site.
        """
        return self._client.call(
            product_view_v_register_product_view.OPERATION,
            product_view_v_register_product_view._get_kwargs(request_body=request_body),
            options,
        )

    def register_product_views(
        self,
        *,
        request_body: Sequence[ProductViewApiModel | ProductViewApiModelParam],
        **options: Unpack[CallOptions],
    ) -> ProductViewResult:
        """Register product views

        POST /api/v2/tracking/productviews

        Retries: retried only when not delivered (connection failed) or on 429.

        Records many product views at once, each as for a single view.
        """
        return self._client.call(
            product_view_v_register_product_views.OPERATION,
            product_view_v_register_product_views._get_kwargs(request_body=request_body),
            options,
        )

    # The published SDK's names (operationIds in snake case), so code written from its docs runs unchanged.
    cart_register_cart = register_cart
    cart_register_carts = register_carts
    product_view_v_register_product_view = register_product_view
    product_view_v_register_product_views = register_product_views


class AsyncTrackingServiceWithRawResponse:
    """The tracking operations, returning the full `APIResponse` (status, headers, body, parsed result)."""

    def __init__(self, service: "AsyncTrackingService") -> None:
        self.register_cart: Final = async_to_raw_response_wrapper(service.register_cart)
        self.register_carts: Final = async_to_raw_response_wrapper(service.register_carts)
        self.register_product_view: Final = async_to_raw_response_wrapper(service.register_product_view)
        self.register_product_views: Final = async_to_raw_response_wrapper(service.register_product_views)
        self.cart_register_cart: Final = self.register_cart
        self.cart_register_carts: Final = self.register_carts
        self.product_view_v_register_product_view: Final = self.register_product_view
        self.product_view_v_register_product_views: Final = self.register_product_views


class AsyncTrackingService:
    """Tracking operations (async). Reach it as `client.tracking`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncTrackingServiceWithRawResponse:
        """The same operations, returning the full response instead of the parsed result."""
        return AsyncTrackingServiceWithRawResponse(self)

    async def register_cart(
        self,
        *,
        request_body: CartApiModel | CartApiModelParam,
        **options: Unpack[CallOptions],
    ) -> OkResult:
        """Register cart

        POST /api/v2/tracking/carts

        Retries: retried only when not delivered (connection failed) or on 429.

        Records the latest state of a contact's cart: its reference (which links the updates of one cart),
        the time (ISO 8601 with offset), the contact id, the language (a culture code with a product feed),
        the cart's URL and its items (SKU and quantity).
        """
        return await self._client.call(
            cart_register_cart.OPERATION, cart_register_cart._get_kwargs(request_body=request_body), options
        )

    async def register_carts(
        self,
        *,
        request_body: Sequence[CartApiModel | CartApiModelParam],
        **options: Unpack[CallOptions],
    ) -> OkResult:
        """Register carts

        POST /api/v2/tracking/carts/batch

        Retries: retried only when not delivered (connection failed) or on 429.

        Records many cart updates at once. They are applied in order of their times; of several updates to
        one cart, only the latest counts.
        """
        return await self._client.call(
            cart_register_carts.OPERATION, cart_register_carts._get_kwargs(request_body=request_body), options
        )

    async def register_product_view(
        self,
        *,
        request_body: ProductViewApiModel | ProductViewApiModelParam,
        **options: Unpack[CallOptions],
    ) -> ProductViewResult:
        """Register product view

        POST /api/v2/tracking/productview

        Retries: retried only when not delivered (connection failed) or on 429.

        Records that a contact viewed a product: the item id (matched against the SKUs of the imported
        articles), its category, the time (ISO 8601 with offset), the contact and session, the language, the
        page URL and the referring site.
        """
        return await self._client.call(
            product_view_v_register_product_view.OPERATION,
            product_view_v_register_product_view._get_kwargs(request_body=request_body),
            options,
        )

    async def register_product_views(
        self,
        *,
        request_body: Sequence[ProductViewApiModel | ProductViewApiModelParam],
        **options: Unpack[CallOptions],
    ) -> ProductViewResult:
        """Register product views

        POST /api/v2/tracking/productviews

        Retries: retried only when not delivered (connection failed) or on 429.

        Records many product views at once, each as for a single view.
        """
        return await self._client.call(
            product_view_v_register_product_views.OPERATION,
            product_view_v_register_product_views._get_kwargs(request_body=request_body),
            options,
        )

    # The published SDK's names (operationIds in snake case), so code written from its docs runs unchanged.
    cart_register_cart = register_cart
    cart_register_carts = register_carts
    product_view_v_register_product_view = register_product_view
    product_view_v_register_product_views = register_product_views
