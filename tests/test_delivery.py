"""Never send an order twice: connection-level faults against a real server on 127.0.0.1, sync and async.

Each case names what the server does, the error the caller gets, and how many requests the server fully
received: 0 when nothing was delivered, 1 when the order may have been processed (never resent), 2 for 429.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from tests.conftest import API_KEY
from tests.fault_server import Action, FaultServer, closed_port, fault_server
from voyado_engage import (
    APIConnectionError,
    APITimeoutError,
    AsyncVoyadoEngage,
    DeliveryUnknownError,
    InternalServerError,
    RequestValidationError,
    VoyadoEngage,
    VoyadoError,
)
from voyado_engage._retry import Outcome, RetryPolicy, decide
from voyado_engage.models import Order

HTML_503 = b"<html><body><h1>503 Service Unavailable</h1></body></html>"

CASES: list[tuple[str, list[Action], type[VoyadoError] | None, int]] = [
    ("accepted", [Action(202)], None, 1),
    ("dropped-after-body", [Action(drop=True)], DeliveryUnknownError, 1),
    ("no-answer-in-time", [Action(silence=1.5)], APITimeoutError, 1),
    ("429-then-202", [Action(429, headers=(("Retry-After", "0"),)), Action(202)], None, 2),
    ("503-html", [Action(503, HTML_503, (("Content-Type", "text/html"),))], InternalServerError, 1),
    ("500-then-202", [Action(500), Action(202)], InternalServerError, 1),
]


def send_sync(server: FaultServer, order: Order) -> None:
    with VoyadoEngage(api_key=API_KEY, base_url=server.url, timeout=0.5) as sdk:
        sdk.orders.orders_register_order(request_body=order)


def send_async(server: FaultServer, order: Order) -> None:
    async def send() -> None:
        async with AsyncVoyadoEngage(api_key=API_KEY, base_url=server.url, timeout=0.5) as sdk:
            await sdk.orders.orders_register_order(request_body=order)

    asyncio.run(send())


@pytest.mark.parametrize("send", [send_sync, send_async], ids=["sync", "async"])
@pytest.mark.parametrize(("script", "error", "received"), [case[1:] for case in CASES], ids=[c[0] for c in CASES])
def test_orders_are_delivered_at_most_once(
    send: Any, script: list[Action], error: type[VoyadoError] | None, received: int, order_payload: dict[str, Any]
) -> None:
    order = Order.from_dict(order_payload)
    with fault_server(*script) as server:
        if error is None:
            send(server, order)
        else:
            with pytest.raises(error) as caught:
                send(server, order)
            assert type(caught.value) is error
            assert API_KEY not in str(caught.value) and API_KEY not in repr(caught.value)
        assert len(server.received) == received
        assert all(request.path == "/api/v2/orders" for request in server.received)


def test_a_per_call_timeout_overrides_the_client_timeout(order_payload: dict[str, Any]) -> None:
    with fault_server(Action(silence=1.0)) as server:
        with VoyadoEngage(api_key=API_KEY, base_url=server.url, timeout=30.0) as sdk, pytest.raises(APITimeoutError):
            sdk.orders.orders_register_order(request_body=Order.from_dict(order_payload), timeout=0.3)
        assert len(server.received) == 1


def test_the_unknown_delivery_error_carries_the_body_for_reconciliation(order_payload: dict[str, Any]) -> None:
    with fault_server(Action(drop=True)) as server, pytest.raises(DeliveryUnknownError) as caught:
        send_sync(server, Order.from_dict(order_payload))
    assert b'"orderNumber":"100045"' in caught.value.request_body


@pytest.mark.parametrize("send", [send_sync, send_async], ids=["sync", "async"])
def test_connection_refused_is_retried_then_reported(send: Any, order_payload: dict[str, Any]) -> None:
    port = closed_port()
    server = FaultServer(script=[Action()], port=port)
    with pytest.raises(APIConnectionError) as caught:
        send(server, Order.from_dict(order_payload))
    assert "could not connect" in str(caught.value)


def test_a_read_timeout_on_an_idempotent_operation_would_be_retried() -> None:
    """The same fault that ends an order at once is retried for a GET: the policy is per operation."""
    safe = decide(RetryPolicy.IDEMPOTENT, Outcome.NO_ANSWER, retries_done=0, max_retries=2)
    unsafe = decide(RetryPolicy.NOT_PROCESSED_ONLY, Outcome.NO_ANSWER, retries_done=0, max_retries=2)
    assert safe.retry and not unsafe.retry


@pytest.mark.parametrize("send", [send_sync, send_async], ids=["sync", "async"])
def test_an_invalid_order_never_produces_a_request(send: Any, order_payload: dict[str, Any]) -> None:
    order_payload["totalTax"] = 1.0
    with fault_server(Action(202)) as server:
        with pytest.raises(RequestValidationError):
            send(server, Order.from_dict(order_payload))
        assert server.received == []
