"""One answer, one request: kept-alive connections, fork and cancellation, against real servers on 127.0.0.1.

A kept-alive connection is a byte stream shared by the requests sent on it in turn, so whatever a server leaves on
it after an answer would become the next request's answer. Each case below leaves bytes shaped like a 202 after a
first answer; the next call must get its own answer (the server echoes each request's path) or a typed error that
says delivery is unknown, never the leftover 202.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import multiprocessing
import random
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

import httpcore
import httpx
import pytest

from tests.conftest import API_KEY
from tests.fault_server import Action, FaultServer, fault_server
from tests.test_cli import cli, journal_outcomes, orders, write_jsonl
from voyado_engage import (
    APIConnectionError,
    AsyncVoyadoEngage,
    BadRequestError,
    DeliveryUnknownError,
    VoyadoEngage,
    VoyadoError,
    _connections,
    _deadline,
)
from voyado_engage.models import OrderParam

SMUGGLED = b"HTTP/1.1 202 Accepted\r\nContent-Length: 0\r\n\r\n"
REJECTED = b'{"errorCode":"InvalidOrder","message":"rejected"}'
# The start of a 202 whose open header would swallow the next answer's status line.
PARTIAL = b"HTTP/1.1 202 Accepted\r\nX-Pad: "

# An answer followed by bytes that belong to no request. Some are framed by their status alone (204, 304), some
# carry framing headers that disagree, some are well framed with bytes after their end.
LEFTOVERS: dict[str, bytes] = {
    "204 with a body and its length": b"HTTP/1.1 204 No Content\r\nContent-Length: %d\r\n\r\n%s"
    % (len(SMUGGLED), SMUGGLED),
    "204 with a body and no length": b"HTTP/1.1 204 No Content\r\n\r\n" + SMUGGLED,
    "304 with a body": b"HTTP/1.1 304 Not Modified\r\nContent-Length: %d\r\n\r\n%s" % (len(SMUGGLED), SMUGGLED),
    "Content-Length and Transfer-Encoding": b"HTTP/1.1 400 Bad Request\r\nContent-Length: 60\r\n"
    b"Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n" + SMUGGLED,
    "bytes after a chunked body's end": b"HTTP/1.1 400 Bad Request\r\nTransfer-Encoding: chunked\r\n\r\n"
    b"%x\r\n%s\r\n0\r\n\r\n%s" % (len(REJECTED), REJECTED, SMUGGLED),
    "bytes after a Content-Length body": b"HTTP/1.1 400 Bad Request\r\nContent-Length: %d\r\n\r\n%s%s"
    % (len(REJECTED), REJECTED, SMUGGLED),
    "a second length, then bytes": b"HTTP/1.1 400 Bad Request\r\nContent-Length: %d\r\nContent-Length: %d\r\n\r\n%s%s"
    % (len(REJECTED), len(REJECTED), REJECTED, SMUGGLED),
    "blank lines, then a response": b"HTTP/1.1 400 Bad Request\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n%s"
    % (len(REJECTED), REJECTED, SMUGGLED),
    "a version no server speaks": b"HTTP/1.2 202 Accepted\r\nContent-Length: 0\r\n\r\n" + PARTIAL,
    "a partial response after a 202": b"HTTP/1.1 202 Accepted\r\nContent-Length: 0\r\n\r\n" + PARTIAL,
}


def first_order_then_lookup(
    server: FaultServer, order: OrderParam, asynchronous: bool, *, retries: int = 2
) -> tuple[Any, Any]:
    """An order (answered with the leftover case), then a lookup on the same client: what each came to (the lookup
    as its raw response, status and all)."""

    def outcome(call: Callable[[], Any]) -> Any:
        try:
            return call()
        except VoyadoError as exc:
            return exc

    if not asynchronous:
        with VoyadoEngage(api_key=API_KEY, base_url=server.url, timeout=5) as sdk:
            first = outcome(lambda: sdk.orders.register(request_body=order))
            lookup = sdk.contacts.with_raw_response.get_id
            return first, outcome(lambda: lookup(email="jane@example.com", max_retries=retries))

    async def run() -> tuple[Any, Any]:
        async with AsyncVoyadoEngage(api_key=API_KEY, base_url=server.url, timeout=5) as sdk:
            results: list[Any] = []
            for call in (
                lambda: sdk.orders.register(request_body=order),
                lambda: sdk.contacts.with_raw_response.get_id(email="jane@example.com", max_retries=retries),
            ):
                try:
                    results.append(await call())
                except VoyadoError as exc:
                    results.append(exc)
            return results[0], results[1]

    return asyncio.run(run())


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("leftover", LEFTOVERS.values(), ids=LEFTOVERS.keys())
def test_bytes_left_after_an_answer_never_answer_the_next_request(
    leftover: bytes, asynchronous: bool, order_payload: dict[str, Any]
) -> None:
    with fault_server(Action(raw=leftover), Action(echo=True)) as server:  # no retry may mask a wrong first try
        _, second = first_order_then_lookup(server, cast("OrderParam", order_payload), asynchronous, retries=0)
    # Its own answer, from a fresh connection: the status and the body the server sent to this request.
    assert (second.status_code, second.parsed) == (200, "/api/v2/contacts/id?email=jane%40example.com")
    assert len(server.received) == 2


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_an_answer_read_from_bytes_held_before_the_request_is_a_delivery_unknown_error(
    asynchronous: bool, order_payload: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Were httpcore to hide the bytes it holds after an answer (the one internal the SDK reads), the next answer is
    # still checked: it must begin in bytes read after its own request was written.
    monkeypatch.setattr(_connections, "_bytes_held_after_answer", lambda streamed: False)
    leftover = LEFTOVERS["bytes after a chunked body's end"]
    with fault_server(Action(raw=leftover), Action(echo=True)) as server:
        _, second = first_order_then_lookup(server, cast("OrderParam", order_payload), asynchronous, retries=0)
    assert isinstance(second, DeliveryUnknownError), second
    assert "bytes sent before the request" in str(second)


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_under_concurrency_no_leftover_reaches_another_request(
    asynchronous: bool, order_payload: dict[str, Any]
) -> None:
    # Every answer is a 400 followed by the start of a 202: a connection given back to the pool before it is
    # checked would let another thread or task read that 202 as its own answer.
    rejected = b"HTTP/1.1 400 Bad Request\r\nContent-Length: %d\r\n\r\n%s%s" % (len(REJECTED), REJECTED, PARTIAL)
    order = cast("OrderParam", order_payload)
    outcomes: list[Any] = []
    with fault_server(Action(raw=rejected)) as server:
        if asynchronous:

            async def run() -> None:
                async with AsyncVoyadoEngage(api_key=API_KEY, base_url=server.url, timeout=10) as sdk:

                    async def sender() -> None:
                        for _ in range(30):
                            try:
                                outcomes.append(await sdk.orders.register(request_body=order))
                            except VoyadoError as exc:
                                outcomes.append(exc)

                    await asyncio.gather(*(sender() for _ in range(8)))

            asyncio.run(run())
        else:
            with VoyadoEngage(api_key=API_KEY, base_url=server.url, timeout=10) as sdk:

                def sender() -> None:
                    for _ in range(30):
                        try:
                            outcomes.append(sdk.orders.register(request_body=order))
                        except VoyadoError as exc:
                            outcomes.append(exc)

                threads = [threading.Thread(target=sender) for _ in range(8)]
                for thread in threads:
                    thread.start()
                for thread in threads:
                    thread.join()
    assert len(outcomes) == 240
    assert all(isinstance(outcome, BadRequestError) for outcome in outcomes), {type(o).__name__ for o in outcomes}


def test_a_pool_that_may_speak_http2_never_calls_a_written_order_unsent(order_payload: dict[str, Any]) -> None:
    # An HTTP/2-capable pool (httpx.Client(http2=True), here speaking HTTP/1.1 as it does for http://) multiplexes
    # writes, so the SDK cannot tell which attempt wrote what: a failure after sending stays "maybe delivered".
    http = httpx.Client()
    http._transport._pool._http2 = True  # type: ignore[attr-defined]
    with fault_server(Action(drop=True)) as server:
        sdk = VoyadoEngage(api_key=API_KEY, base_url=server.url, http_client=http)
        with pytest.raises(VoyadoError) as error:
            sdk.orders.register(request_body=cast("OrderParam", order_payload))
    assert type(error.value) is DeliveryUnknownError
    assert len(server.received) == 1
    http.close()


def test_an_attempt_past_its_deadline_before_writing_records_nothing_written() -> None:
    import time  # noqa: PLC0415

    class Silent(httpcore.NetworkStream):
        def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
            return b""

        def write(self, buffer: bytes, timeout: float | None = None) -> None:
            raise AssertionError("nothing may be written past the deadline")

        def close(self) -> None:
            pass

    stream = _connections._GuardedStream(Silent(), http1=True)
    wire = _connections.Wire()
    token, deadline = _connections.watch(wire), _deadline.current.set(time.monotonic() - 1)
    try:
        with pytest.raises(httpcore.WriteTimeout):
            stream.write(b"POST /api/v2/orders HTTP/1.1\r\n")
    finally:
        _deadline.current.reset(deadline)
        _connections.unwatch(token)
    assert wire.written is False


def test_the_command_line_never_journals_a_leftover_answer_as_accepted(tmp_path: Path) -> None:
    rejected = Action(status=400, body=REJECTED, headers=(("Content-Type", "application/json"),))
    script = [Action(raw=LEFTOVERS["bytes after a chunked body's end"]), rejected]
    with fault_server(*script) as server:
        path = write_jsonl(tmp_path / "orders.jsonl", orders(2))
        result = cli("orders", "send", str(path), "--rate", "1000", server=server)
    assert result.returncode == 1, result.stdout + result.stderr
    assert journal_outcomes(tmp_path / "orders.jsonl.journal") == {"A-000": "rejected", "A-001": "rejected"}


# fork: a process forked after a call must not share the parent's kept-alive socket.

_FORKED: dict[str, VoyadoEngage] = {}


def _look_up(number: int) -> tuple[int, Any]:
    sdk = _FORKED["client"]
    answers = [sdk.contacts.get_id(email=f"{number}-{turn}@example.com") for turn in range(5)]
    return number, answers


def test_processes_forked_from_a_client_get_their_own_answers() -> None:
    with fault_server(Action(echo=True)) as server:
        sdk = VoyadoEngage(api_key=API_KEY, base_url=server.url, timeout=10)
        _FORKED["client"] = sdk
        try:
            sdk.contacts.get_id(email="parent@example.com")  # the pool keeps this connection alive
            with multiprocessing.get_context("fork").Pool(4) as pool:
                pending = pool.map_async(_look_up, range(16))
                parent = [sdk.contacts.get_id(email=f"parent-{turn}@example.com") for turn in range(20)]
                children = pending.get(timeout=60)
        finally:
            _FORKED.clear()
            sdk.close()
    assert parent == [f"/api/v2/contacts/id?email=parent-{turn}%40example.com" for turn in range(20)]
    for number, answers in children:
        assert answers == [f"/api/v2/contacts/id?email={number}-{turn}%40example.com" for turn in range(5)]


# cancellation: a cancelled call gives its connection back; a request never written is never "maybe delivered".


def test_cancelled_calls_give_their_connections_back() -> None:
    rng = random.Random(20)

    async def run(url: str) -> list[Any]:
        # One connection: a slot left taken would make every later call wait for the pool and fail.
        http = httpx.AsyncClient(limits=httpx.Limits(max_connections=1))
        async with AsyncVoyadoEngage(api_key=API_KEY, base_url=url, timeout=0.5, http_client=http) as sdk:

            async def cancelled_after(seconds: float) -> None:
                with contextlib.suppress(TimeoutError, VoyadoError):
                    await asyncio.wait_for(sdk.contacts.get_id(email="a@example.com"), seconds)

            for _ in range(30):  # cancelled while waiting for the pool, connecting, sending, reading, releasing
                await asyncio.gather(*(cancelled_after(rng.uniform(0, 0.03)) for _ in range(20)))
            with pytest.raises(ExceptionGroup):  # a TaskGroup cancels the calls still running when one fails
                async with asyncio.TaskGroup() as group:
                    for _ in range(8):
                        group.create_task(sdk.contacts.get_id(email="b@example.com"))
                    await asyncio.sleep(0.005)
                    raise RuntimeError("stop")
            later = [await sdk.contacts.get_id(email=f"{n}@example.com", timeout=5) for n in range(8)]
        await http.aclose()
        return later

    with fault_server(Action(echo=True, silence=0.005)) as server:
        later = asyncio.run(run(server.url))
    assert later == [f"/api/v2/contacts/id?email={n}%40example.com" for n in range(8)]


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_an_order_that_waited_for_the_pool_past_its_deadline_was_not_sent(
    asynchronous: bool, order_payload: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    order = cast("OrderParam", order_payload)
    second = cast("OrderParam", dict(order_payload, orderNumber="waited"))

    with fault_server(Action(silence=1.0)) as server:
        if asynchronous:

            async def run() -> BaseException:
                http = httpx.AsyncClient(limits=httpx.Limits(max_connections=1))
                async with AsyncVoyadoEngage(api_key=API_KEY, base_url=server.url, http_client=http) as sdk:
                    busy = asyncio.create_task(sdk.orders.register(request_body=order, timeout=5))
                    await asyncio.sleep(0.2)
                    # The second call's backstop (asyncio.timeout) fires before httpx's pool timeout, as it can on a
                    # busy event loop: whatever ends its wait, a request never written is not "maybe delivered".
                    monkeypatch.setattr(_deadline.Deadline, "backstop", lambda self: 0.1)
                    with pytest.raises(VoyadoError) as caught:
                        await sdk.orders.register(request_body=second, timeout=0.3, max_retries=0)
                    await busy
                await http.aclose()
                return caught.value

            error = asyncio.run(run())
        else:
            http = httpx.Client(limits=httpx.Limits(max_connections=1))
            with VoyadoEngage(api_key=API_KEY, base_url=server.url, http_client=http) as sdk:
                busy = threading.Thread(target=sdk.orders.register, kwargs={"request_body": order})
                busy.start()
                threading.Event().wait(0.2)
                with pytest.raises(VoyadoError) as caught:
                    sdk.orders.register(request_body=second, timeout=0.3, max_retries=0)
                busy.join()
            http.close()
            error = caught.value
    assert type(error) is APIConnectionError, repr(error)
    assert [json.loads(request.body)["orderNumber"] for request in server.received] == [order_payload["orderNumber"]]
