# Generated from generator/render/templates/service.py.jinja by `make generate`; do not edit.
"""Orders operations, reached as `VoyadoEngage.orders`."""

from collections.abc import Callable, Iterable
from functools import cached_property
from typing import Final, Unpack

from ..._base_client import APIResponse, AsyncAPIClient, SyncAPIClient
from ..._bulk import DEFAULT_RATE, AsyncSending, Sending, in_order_by
from ..._options import CallOptions
from ..._raw_response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ...models.order import Order, OrderParam
from ...models.status_code_result import StatusCodeResult
from . import orders_register_order


class OrdersServiceWithRawResponse:
    """The orders operations, returning the full `APIResponse` (status, headers, body, parsed result)."""

    def __init__(self, service: "OrdersService") -> None:
        self.register: Final = to_raw_response_wrapper(service.register)
        self.orders_register_order: Final = self.register


class OrdersService:
    """Orders operations. Reach it as `client.orders`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> OrdersServiceWithRawResponse:
        """The same operations, returning the full response instead of the parsed result."""
        return OrdersServiceWithRawResponse(self)

    def register(
        self,
        *,
        request_body: Order | OrderParam,
        **options: Unpack[CallOptions],
    ) -> StatusCodeResult:
        """Trigger order automations (order, delivery or return confirmation)

        POST /api/v2/orders

        Retries: retried only when not delivered (connection failed) or on 429.

        Sends an order to Engage to trigger automation flows, such as an order, delivery or return
        confirmation sent to the customer. Call it each time a change happens that Engage should act on,
        with the complete order every time: this endpoint stores nothing (use receipts to store purchases).
        There is no duplicate check: two identical requests trigger matching automations twice, so a request
        that may have reached Voyado must never be sent again automatically.
        An order is accepted only when its orderStatus and paymentStatus values are configured in Voyado and
        its totals, tax and item quantities add up; otherwise Voyado answers 400 or 422 with an error code.
        """
        return self._client.call(
            orders_register_order.OPERATION, orders_register_order._get_kwargs(request_body=request_body), options
        )

    def register_many(
        self,
        items: Iterable[Order | OrderParam],
        *,
        rate: float = DEFAULT_RATE,
        concurrency: int | None = None,
        before_send: Callable[[Order | OrderParam], None] | None = None,
        **options: Unpack[CallOptions],
    ) -> Sending[Order | OrderParam, APIResponse[StatusCodeResult]]:
        """`register` for each of `items`, several in flight, no more than `rate` starting in any second.

        Iterate the result (`for`) for each item's `Outcome` as it completes: its `delivery` (accepted,
        rejected, not delivered, unknown, held back), its `APIResponse` (`result`) or its `error`. Items
        with the same `orderNumber` go in the order given, each after the previous one finished, and none
        after one that did not go through (held back). A 429 slows the whole send and honours `Retry-After`;
        what was refused with 429 or provably never sent goes again (up to 5 times); an item whose delivery
        is unknown is never sent again. `before_send` runs just before each request starts (record the item
        as being sent there). `concurrency` defaults to the rate x 1 s (4 to 64); each request runs on one
        of that many worker threads. `.stop()` starts nothing new; what is in flight finishes and is still
        reported. Leaving the loop early waits for what is in flight.
        """
        raw = self.with_raw_response.register
        once: CallOptions = {**options, "max_retries": 0}  # the sender itself sends again what was not processed
        return Sending(
            lambda item: raw(request_body=item, **once),
            items,
            rate=rate,
            concurrency=concurrency,
            key=in_order_by("orderNumber", "order_number"),
            before_send=before_send,
        )

    # The published SDK's names (operationIds in snake case), so code written from its docs runs unchanged.
    orders_register_order = register


class AsyncOrdersServiceWithRawResponse:
    """The orders operations, returning the full `APIResponse` (status, headers, body, parsed result)."""

    def __init__(self, service: "AsyncOrdersService") -> None:
        self.register: Final = async_to_raw_response_wrapper(service.register)
        self.orders_register_order: Final = self.register


class AsyncOrdersService:
    """Orders operations (async). Reach it as `client.orders`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncOrdersServiceWithRawResponse:
        """The same operations, returning the full response instead of the parsed result."""
        return AsyncOrdersServiceWithRawResponse(self)

    async def register(
        self,
        *,
        request_body: Order | OrderParam,
        **options: Unpack[CallOptions],
    ) -> StatusCodeResult:
        """Trigger order automations (order, delivery or return confirmation)

        POST /api/v2/orders

        Retries: retried only when not delivered (connection failed) or on 429.

        Sends an order to Engage to trigger automation flows, such as an order, delivery or return
        confirmation sent to the customer. Call it each time a change happens that Engage should act on,
        with the complete order every time: this endpoint stores nothing (use receipts to store purchases).
        There is no duplicate check: two identical requests trigger matching automations twice, so a request
        that may have reached Voyado must never be sent again automatically.
        An order is accepted only when its orderStatus and paymentStatus values are configured in Voyado and
        its totals, tax and item quantities add up; otherwise Voyado answers 400 or 422 with an error code.
        """
        return await self._client.call(
            orders_register_order.OPERATION, orders_register_order._get_kwargs(request_body=request_body), options
        )

    def register_many(
        self,
        items: Iterable[Order | OrderParam],
        *,
        rate: float = DEFAULT_RATE,
        concurrency: int | None = None,
        before_send: Callable[[Order | OrderParam], None] | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncSending[Order | OrderParam, APIResponse[StatusCodeResult]]:
        """`register` for each of `items`, several in flight, no more than `rate` starting in any second.

        Iterate the result (`async for`) for each item's `Outcome` as it completes: its `delivery`
        (accepted, rejected, not delivered, unknown, held back), its `APIResponse` (`result`) or its
        `error`. Items with the same `orderNumber` go in the order given, each after the previous one
        finished, and none after one that did not go through (held back). A 429 slows the whole send and
        honours `Retry-After`; what was refused with 429 or provably never sent goes again (up to 5 times);
        an item whose delivery is unknown is never sent again. `before_send` runs just before each request
        starts (record the item as being sent there). `concurrency` defaults to the rate x 1 s (4 to 64).
        `.stop()` starts nothing new; what is in flight finishes and is still reported. To leave the loop
        early, iterate inside `async with`: leaving waits for what is in flight.
        """
        raw = self.with_raw_response.register
        once: CallOptions = {**options, "max_retries": 0}  # the sender itself sends again what was not processed
        return AsyncSending(
            lambda item: raw(request_body=item, **once),
            items,
            rate=rate,
            concurrency=concurrency,
            key=in_order_by("orderNumber", "order_number"),
            before_send=before_send,
        )

    # The published SDK's names (operationIds in snake case), so code written from its docs runs unchanged.
    orders_register_order = register
