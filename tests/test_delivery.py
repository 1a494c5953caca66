"""Never send an order twice: connection-level faults against a real server on 127.0.0.1, sync and async.

Each case names what the server does, the error the caller gets, and how many requests the server fully
received: 0 when nothing was delivered, 1 when the order may have been processed (never resent), 2 for 429.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import pytest

from tests.conftest import API_KEY
from tests.fault_server import Action, FaultServer, closed_port, fault_server, hang_up_server
from voyado_engage import (
    APIConnectionError,
    APIResponseValidationError,
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

JSON = (("Content-Type", "application/json"),)


def html_error(status: int) -> Action:
    body = f"<html><head><title>{status}</title></head><body><h1>Gateway trouble</h1></body></html>".encode()
    return Action(status, body, (("Content-Type", "text/html"),))


CASES: list[tuple[str, list[Action], type[VoyadoError] | None, int]] = [
    ("accepted-empty-202", [Action(202)], None, 1),
    ("accepted-200-json", [Action(200, b'{"statusCode": "OK"}', JSON)], None, 1),
    ("dropped-after-body", [Action(drop=True)], DeliveryUnknownError, 1),
    ("no-answer-in-time", [Action(silence=1.5)], APITimeoutError, 1),
    ("slow-drip-within-timeout", [Action(202, b'{"statusCode": "Accepted"}', JSON, drip=0.01)], None, 1),
    ("429-then-202", [Action(429, headers=(("Retry-After", "0"),)), Action(202)], None, 2),
    ("500-html", [html_error(500), Action(202)], InternalServerError, 1),
    ("502-html", [html_error(502)], InternalServerError, 1),
    ("503-html", [html_error(503)], InternalServerError, 1),
    ("504-html", [html_error(504)], InternalServerError, 1),
    ("520-nonstandard", [Action(520, b"origin error")], InternalServerError, 1),
    ("202-invalid-json", [Action(202, b'{"statusCode": ', JSON)], APIResponseValidationError, 1),
    (
        "202-huge-body",
        [Action(202, b'{"pad": "' + b"x" * (11 * 1024 * 1024) + b'"}', JSON)],
        APIResponseValidationError,
        1,
    ),
    ("202-text-plain", [Action(202, b"Accepted", (("Content-Type", "text/plain"),))], APIResponseValidationError, 1),
    ("202-json-labelled-text", [Action(202, b"{}", (("Content-Type", "text/plain"),))], None, 1),
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
    send: Any,
    script: list[Action],
    error: type[VoyadoError] | None,
    received: int,
    order_payload: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setenv("VOYADO_LOG", "debug")
    caplog.set_level(logging.DEBUG, logger="voyado_engage")
    order = Order.from_dict(order_payload)
    with fault_server(*script) as server:
        if error is None:
            send(server, order)
        else:
            with pytest.raises(VoyadoError) as caught:
                send(server, order)
            assert type(caught.value) is error
            # The error keeps the request body (for reconciliation), but never the key.
            for text in (str(caught.value), repr(caught.value), repr(vars(caught.value))):
                assert API_KEY not in text
        assert len(server.received) == received
        assert all(request.path == "/api/v2/orders" for request in server.received)
    assert caplog.records, "VOYADO_LOG=debug should log every attempt"
    for record in caplog.records:
        assert API_KEY not in record.getMessage() and "jane.doe@example.com" not in record.getMessage()


@pytest.mark.parametrize("send", [send_sync, send_async], ids=["sync", "async"])
def test_a_connection_closed_before_the_request_was_read(send: Any, order_payload: dict[str, Any]) -> None:
    with hang_up_server() as server, pytest.raises(VoyadoError) as caught:
        send(server, Order.from_dict(order_payload))
    assert type(caught.value) is DeliveryUnknownError  # the client cannot know what the server did with it


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
