"""Only `VoyadoError` escapes, classified by whether the request may have arrived; time and CPU are bounded.

Against real servers on 127.0.0.1 that misbehave at every phase (see `tests/fault_server.py`), with a property test
that draws the misbehaviour at random, and table tests for the reported instances.
"""

from __future__ import annotations

import asyncio
import gzip
import json
import pickle
import subprocess
import sys
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from typing import Any, cast

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import API_KEY, ROOT
from tests.fault_server import Action, FaultServer, fault_server
from voyado_engage import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AsyncVoyadoEngage,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    DeliveryUnknownError,
    InternalServerError,
    PaginationError,
    RequestValidationError,
    VoyadoEngage,
    VoyadoError,
    errors,
)
from voyado_engage._error_body import read_error_body
from voyado_engage.models import Order, OrderParam

JSON = (("Content-Type", "application/json"),)
NOT_SENT = (RequestValidationError, APIConnectionError)


def assert_key_free(error: BaseException) -> None:
    """No text, attribute, pickle or chained exception of `error` carries the key."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        for text in (str(current), repr(current), repr(vars(current))):
            assert API_KEY not in text
        request = getattr(current, "request", None)
        if isinstance(request, httpx.Request):
            assert API_KEY not in repr(request.headers.raw)
        current = current.__cause__ or current.__context__
    assert API_KEY.encode() not in pickle.dumps(error)


def send_order(server: FaultServer, order: Order, *, asynchronous: bool, timeout: float = 0.5) -> None:
    if asynchronous:

        async def send() -> None:
            async with AsyncVoyadoEngage(api_key=API_KEY, base_url=server.url, timeout=timeout) as sdk:
                await sdk.orders.orders_register_order(request_body=order)

        asyncio.run(send())
    else:
        with VoyadoEngage(api_key=API_KEY, base_url=server.url, timeout=timeout) as sdk:
            sdk.orders.orders_register_order(request_body=order)


# --- the property: a server that misbehaves at random -----------------------------------------------------------------

BODIES = [b"", b'{"statusCode": "Accepted"}', b'{"statusCode": ', b"<html><" + b"<" * 5000, b"\xff\xfe\x00bad", b"[]"]
ENCODINGS = ["gzip", "deflate", "br", "zstd", "identity", "x-nonsense"]
CHARSETS = ["utf-8", "base64", "rot13", "utf-16", "punycode", "idna", "nonexistent", "utf-7", '"utf-8', "latin-1"]


@st.composite
def misbehaviours(draw: st.DrawFn) -> Action:
    body = draw(st.sampled_from(BODIES))
    headers: list[tuple[str, str]] = []
    if draw(st.booleans()):
        encoding = draw(st.sampled_from(ENCODINGS))
        headers.append(("Content-Encoding", encoding))
        if encoding == "gzip" and draw(st.booleans()):
            body = gzip.compress(body)[: draw(st.integers(0, 40))]  # a real stream, possibly cut short
    if draw(st.booleans()):
        headers.append(("Content-Type", f"text/plain; charset={draw(st.sampled_from(CHARSETS))}"))
    if draw(st.booleans()):
        headers.append(("Retry-After", draw(st.sampled_from(["0", "86400", "-5", "nan", "Wed, 21 Oct 2015 07:28:00"]))))
    phase = draw(st.sampled_from(["answer", "before-read", "after-headers", "after-body", "truncated", "silent"]))
    return Action(
        status=draw(st.sampled_from([200, 202, 204, 301, 307, 400, 401, 404, 408, 409, 422, 429, 500, 502, 503, 520])),
        body=body,
        headers=tuple(headers),
        hang_up_before_read=phase == "before-read",
        hang_up_after_headers=phase == "after-headers",
        drop=phase == "after-body",
        truncate_at=draw(st.integers(0, max(len(body) - 1, 0))) if phase == "truncated" and body else None,
        silence=0.6 if phase == "silent" else 0.0,
        chunked=draw(st.booleans()),
        drip=draw(st.sampled_from([0.0, 0.0, 0.0, 0.02])),
    )


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(script=st.lists(misbehaviours(), min_size=1, max_size=3), asynchronous=st.booleans())
def test_only_typed_errors_escape_and_not_sent_means_not_received(
    script: list[Action], asynchronous: bool, order_payload: dict[str, Any]
) -> None:
    order = Order.from_dict(order_payload)
    with fault_server(*script) as server:
        try:
            send_order(server, order, asynchronous=asynchronous, timeout=0.4)
        except VoyadoError as error:
            assert_key_free(error)
            restored = pickle.loads(pickle.dumps(error))
            assert type(restored) is type(error) and str(restored) == str(error)
            if isinstance(error, NOT_SENT):
                assert server.processed == [], f"{type(error).__name__} said not sent, but the server acted"
        # anything else escaping fails the test by itself
        assert len(server.processed) <= 1, "an order was delivered twice"


# --- the reported instances -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("status", [202, 400, 503])
def test_a_corrupt_gzip_body_is_a_typed_error_that_keeps_no_key(
    status: int, asynchronous: bool, order_payload: dict[str, Any]
) -> None:
    corrupt = Action(status, b"\x1f\x8b\x08\x00garbage-not-deflate", (("Content-Encoding", "gzip"), *JSON))
    with fault_server(corrupt) as server, pytest.raises(VoyadoError) as caught:
        send_order(server, Order.from_dict(order_payload), asynchronous=asynchronous)
    expected = {202: APIResponseValidationError, 400: BadRequestError, 503: InternalServerError}[status]
    assert type(caught.value) is expected
    if status == 202:
        assert "could not be decoded" in str(caught.value)
    assert_key_free(caught.value)


@pytest.mark.parametrize("charset", [*CHARSETS, "x" * 5000, "utf-8; charset=base64"])
def test_an_error_body_in_any_declared_charset_is_read(charset: str, order_payload: dict[str, Any]) -> None:
    action = Action(400, b"Totals do not add up", (("Content-Type", f"text/plain; charset={charset}"),))
    with fault_server(action) as server, pytest.raises(BadRequestError) as caught:
        send_order(server, Order.from_dict(order_payload), asynchronous=False)
    assert "HTTP 400" in str(caught.value)


def test_server_text_in_an_error_cannot_drive_a_terminal(order_payload: dict[str, Any]) -> None:
    message = b'{"message": "bad\\u001b[2J\\u001b]0;owned\\u0007 order\\u2028next\\u202eevil"}'
    with fault_server(Action(400, message, JSON)) as server, pytest.raises(BadRequestError) as caught:
        send_order(server, Order.from_dict(order_payload), asynchronous=False)
    text = str(caught.value)
    assert "bad" in text and "order" in text
    assert not any(ch in text for ch in "\x1b\x07\u2028\u202e")


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_a_server_that_echoes_the_key_does_not_put_it_in_the_error(
    order_payload: dict[str, Any], asynchronous: bool
) -> None:
    echoed = json.dumps({"errorCode": f"BadKey {API_KEY}", "message": f"key {API_KEY} refused", "key": [API_KEY]})
    with fault_server(Action(401, echoed.encode(), JSON)) as server, pytest.raises(AuthenticationError) as caught:
        send_order(server, Order.from_dict(order_payload), asynchronous=asynchronous)
    error = caught.value
    shown = [
        str(error),
        repr(error),
        error.message,
        error.error_code,
        json.dumps(error.body),
        repr(error.response.request.headers),
    ]
    assert not any(API_KEY in text for text in shown if text), shown
    assert "<redacted>" in str(error)


@pytest.mark.parametrize(
    "settings_",
    [
        {"api_key": API_KEY + " "},
        {"api_key": " " + API_KEY},
        {"api_key": API_KEY + "\n"},
        {"api_key": "k\r\nX-Injected: 1"},
        {"api_key": "nøkkel"},
        {"user_agent": "Shop/1.0\r\nX-Injected: 1"},
        {"user_agent": "Shop/1.0 "},
        {"user_agent": "Bütik/1.0"},
        {"timeout": "30"},
        {"timeout": float("nan")},
        {"timeout": -1},
        {"timeout": 0},
        {"timeout": True},
        {"timeout": httpx.Timeout(5.0, read=float("inf"))},
        {"max_retries": "2"},
        {"max_retries": -1},
        {"max_retries": 2.5},
        {"max_retries": True},
    ],
    ids=repr,
)
def test_bad_settings_are_refused_when_the_client_is_built(settings_: dict[str, Any]) -> None:
    with fault_server(Action(202)) as server:
        arguments = {"api_key": API_KEY, "base_url": server.url, **settings_}
        with pytest.raises(ConfigurationError) as caught:
            VoyadoEngage(**arguments)
        assert server.received == []
    assert API_KEY not in str(caught.value)


@pytest.mark.parametrize(
    "options",
    [
        {"timeoutt": 5},
        {"max_retries": "2"},
        {"max_retries": -3},
        {"timeout": "30"},
        {"timeout": float("inf")},
        {"validate": "no"},
        {"extra_headers": {"X-Trace": "a\r\nb"}},
        {"extra_headers": {"X-Trace": "ünïcode"}},
        {"extra_headers": {"X Bad": "v"}},
        {"extra_headers": {"Content-Length": "1"}},
        {"extra_headers": {"Host": "evil.com"}},
        {"extra_headers": {"Transfer-Encoding": "chunked"}},
        {"extra_headers": ["not", "a", "mapping"]},
    ],
    ids=repr,
)
@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_bad_call_options_are_refused_before_io(
    options: dict[str, Any], asynchronous: bool, order_payload: dict[str, Any]
) -> None:
    with fault_server(Action(202)) as server:
        if asynchronous:

            async def send() -> None:
                async with AsyncVoyadoEngage(api_key=API_KEY, base_url=server.url) as sdk:
                    await sdk.orders.orders_register_order(request_body=cast("OrderParam", order_payload), **options)

            with pytest.raises(RequestValidationError) as caught:
                asyncio.run(send())
        else:
            with (
                VoyadoEngage(api_key=API_KEY, base_url=server.url) as sdk,
                pytest.raises(RequestValidationError) as caught,
            ):
                sdk.orders.orders_register_order(request_body=cast("OrderParam", order_payload), **options)
        assert server.received == []
    if "timeoutt" in options:
        assert "did you mean 'timeout'" in str(caught.value)


def test_a_query_value_that_cannot_be_encoded_is_refused_before_io() -> None:
    with fault_server(Action(200, b"0", JSON)) as server, VoyadoEngage(api_key=API_KEY, base_url=server.url) as sdk:
        with pytest.raises(RequestValidationError):
            sdk.contacts.contact_overview_get_contact_id_async(contact_type="member", email="\ud800")
        assert server.received == []


def test_an_async_client_used_under_a_second_event_loop_refuses_before_sending(order_payload: dict[str, Any]) -> None:
    with fault_server(Action(202)) as server:
        sdk = AsyncVoyadoEngage(api_key=API_KEY, base_url=server.url)

        async def send() -> None:
            await sdk.orders.orders_register_order(request_body=cast("OrderParam", order_payload))

        asyncio.run(send())
        with pytest.raises(RequestValidationError, match="event loop"):
            asyncio.run(send())
        assert len(server.received) == 1


# --- bounded CPU ------------------------------------------------------------------------------------------------------

MAX = 10 * 1024 * 1024


def _time(function: Callable[[], Any]) -> float:
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - started)
    return best


@pytest.mark.parametrize(
    ("name", "body", "content_type"),
    [
        ("lt", b"<" * MAX, "text/html"),
        ("lt-a", b"<a" * (MAX // 2), "text/html"),
        ("unclosed-tag", b"<" + b"a" * (MAX - 1), "text/html"),
        ("spaces", b" \t" * (MAX // 2) + b"x", "text/plain"),
        (
            "model-state",
            b'{"ModelState": {' + b",".join(b'"f%d": ["x"]' % i for i in range(400_000)) + b"}}",
            "application/json",
        ),
        ("deep-json", b"[" * 100_000 + b"]" * 100_000, "application/json"),
        ("utf16", b"\xff\xfe" + b"<\x00" * (MAX // 2 - 1), "text/html; charset=utf-16"),
    ],
)
def test_an_error_body_of_the_maximum_size_costs_no_more_than_a_plain_one(
    name: str, body: bytes, content_type: str
) -> None:
    """Compared with a benign body of the same size read in the same run: the old reader took hours at this size."""

    def response(content: bytes) -> httpx.Response:
        return httpx.Response(500, content=content, headers={"Content-Type": content_type})

    benign = response(b"a" * len(body))
    hostile = response(body)
    baseline = _time(lambda: read_error_body(benign))
    cost = _time(lambda: read_error_body(hostile))
    assert cost <= 20 * baseline + 0.05, f"{name}: {cost:.3f} s against {baseline:.3f} s for a plain body"


def test_a_maximum_size_pathological_error_through_the_client_is_cheap(order_payload: dict[str, Any]) -> None:
    body = b"<" * (MAX - 1024)
    with fault_server(Action(500, body, (("Content-Type", "text/html"),))) as server:
        started = time.process_time()
        with pytest.raises(InternalServerError):
            send_order(server, Order.from_dict(order_payload), asynchronous=False, timeout=10)
        cpu = time.process_time() - started
    assert cpu < 2.0, f"{cpu:.2f} s of CPU for one error body"  # was 12.7 s for 120 KB before the linear reader


# --- bounded time -----------------------------------------------------------------------------------------------------

DRIPS = {
    "headers": Action(202, b'{"statusCode": "Accepted"}', JSON, drip_head=0.1),
    "body": Action(202, b'{"statusCode": "Accepted"}' + b" " * 400, JSON, drip=0.1),
    "chunked-body": Action(202, b'{"statusCode": "Accepted"}' + b" " * 400, JSON, drip=0.1, chunked=True),
}


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("drip", list(DRIPS), ids=list(DRIPS))
def test_a_dripping_server_cannot_hold_a_call_past_its_timeout(
    drip: str, asynchronous: bool, order_payload: dict[str, Any]
) -> None:
    """One byte every 0.1 s, each read well within the timeout: the whole call still ends at the deadline."""
    with fault_server(DRIPS[drip]) as server:
        started = time.monotonic()
        with pytest.raises(APITimeoutError):
            send_order(server, Order.from_dict(order_payload), asynchronous=asynchronous, timeout=1.0)
        elapsed = time.monotonic() - started
        assert len(server.received) == 1
    assert elapsed < 2.5, f"the call took {elapsed:.1f} s with timeout=1.0 (the drip lasts 40 s)"


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_retry_after_never_sleeps_past_the_deadline(asynchronous: bool) -> None:
    busy = Action(503, b"", (("Retry-After", "86400"),))
    with fault_server(busy) as server:
        started = time.monotonic()
        with pytest.raises(InternalServerError):
            if asynchronous:

                async def get() -> None:
                    async with AsyncVoyadoEngage(api_key=API_KEY, base_url=server.url, timeout=1.0) as sdk:
                        await sdk.stores.stores_v_get_stores()

                asyncio.run(get())
            else:
                with VoyadoEngage(api_key=API_KEY, base_url=server.url, timeout=1.0, max_retries=2) as sdk:
                    sdk.stores.stores_v_get_stores()
        elapsed = time.monotonic() - started
        assert len(server.received) == 1  # no retry fits in what is left of the second
    assert elapsed < 1.5


def test_retries_share_one_deadline() -> None:
    """Each attempt meets a 0.4 s silence; with timeout=1.0 the call ends near 1 s, not 3 x 0.4 s plus waits."""
    with fault_server(Action(200, b"[]", JSON, silence=0.4)) as server:
        started = time.monotonic()
        with (
            VoyadoEngage(api_key=API_KEY, base_url=server.url, timeout=httpx.Timeout(1.0, read=0.3)) as sdk,
            pytest.raises(APITimeoutError),
        ):
            sdk.stores.stores_v_get_stores(max_retries=10)
        elapsed = time.monotonic() - started
    assert elapsed < 1.6


# --- pickling, pagination, logging --------------------------------------------------------------------------------


def _status_error(status: int) -> APIStatusError:
    request = httpx.Request("POST", "https://acme.voyado.com/api/v2/orders", headers={"apikey": "<redacted>"})
    response = httpx.Response(status, json={"errorCode": "E1", "message": "nope"}, request=request)
    from voyado_engage._exceptions import status_error  # noqa: PLC0415

    return status_error(response)


def every_error() -> list[VoyadoError]:
    request = httpx.Request("POST", "https://acme.voyado.com/api/v2/orders", content=b'{"a":1}')
    response = httpx.Response(202, content=b"x", request=request)
    from voyado_engage import Problem  # noqa: PLC0415

    made: list[VoyadoError] = [
        ConfigurationError("no key"),
        RequestValidationError([Problem("items[0].sku", "is required")]),
        APIConnectionError("refused", request=request),
        DeliveryUnknownError("lost", request=request),
        APITimeoutError("late", request=request),
        APIResponseValidationError("unreadable", response=response),
        PaginationError("repeats"),
    ]
    made += [_status_error(status) for status in (400, 401, 403, 404, 409, 422, 429, 500, 418)]
    assert {type(error).__name__ for error in made} == set(errors.__all__) - {
        "VoyadoError",
        "APIStatusError",
        "Problem",
    } | {"APIStatusError"}
    return made


@pytest.mark.parametrize("error", every_error(), ids=lambda e: type(e).__name__)
def test_every_error_round_trips_through_pickle(error: VoyadoError) -> None:
    restored = pickle.loads(pickle.dumps(error))
    assert type(restored) is type(error) and str(restored) == str(error)
    for name in ("status_code", "error_code", "message", "body", "errors", "request_body", "subject"):
        assert getattr(restored, name, None) == getattr(error, name, None)


def _raise_bad_request() -> None:
    raise _status_error(400)


def test_a_status_error_crosses_a_process_pool() -> None:
    with ProcessPoolExecutor(max_workers=1) as pool, pytest.raises(BadRequestError) as caught:
        pool.submit(_raise_bad_request).result(timeout=60)
    assert caught.value.status_code == 400 and caught.value.error_code == "E1"


PAGE = b'{"items": [{"id": "t1"}, {"id": "t2"}]}'


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_a_server_that_ignores_offset_ends_the_iterator_with_a_typed_error(asynchronous: bool) -> None:
    with fault_server(Action(200, PAGE, JSON)) as server:
        if asynchronous:

            async def walk() -> None:
                async with AsyncVoyadoEngage(api_key=API_KEY, base_url=server.url) as sdk:
                    async for _ in sdk.contacts.transactions_get_transactions_by_contact_id_iter("c1", page_size=2):
                        pass

            with pytest.raises(PaginationError, match="repeats"):
                asyncio.run(walk())
        else:
            with VoyadoEngage(api_key=API_KEY, base_url=server.url) as sdk, pytest.raises(PaginationError):
                list(sdk.contacts.transactions_get_transactions_by_contact_id_iter("c1", page_size=2))
        assert len(server.received) == 2


def test_an_endless_run_of_new_pages_stops_at_the_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    from voyado_engage import _pagination  # noqa: PLC0415

    monkeypatch.setattr(_pagination, "MAX_PAGES", 5)
    pages = [Action(200, b'{"items": [{"id": "t%d"}]}' % n, JSON) for n in range(10)]
    with fault_server(*pages) as server, VoyadoEngage(api_key=API_KEY, base_url=server.url) as sdk:
        with pytest.raises(PaginationError, match="more than 5 pages"):
            list(sdk.contacts.transactions_get_transactions_by_contact_id_iter("c1", page_size=1))
        assert len(server.received) == 5


@pytest.mark.parametrize("page_size", [0, -1, "100", 1.5, True])
def test_a_bad_page_size_is_a_request_error(page_size: Any) -> None:
    with VoyadoEngage(api_key=API_KEY, base_url="http://127.0.0.1:9") as sdk, pytest.raises(RequestValidationError):
        next(iter(sdk.contacts.transactions_get_transactions_by_contact_id_iter("c1", page_size=page_size)))


def test_retries_print_nothing_unless_the_application_configures_logging() -> None:
    script = f"""
import json
from tests.fault_server import Action, fault_server
from voyado_engage import VoyadoEngage
order = json.load(open("openapi/examples/valid/order_confirmation.json"))
with fault_server(Action(429, headers=(("Retry-After", "0"),)), Action(202)) as server:
    with VoyadoEngage(api_key="{API_KEY}", base_url=server.url) as sdk:
        sdk.orders.orders_register_order(request_body=order)
    assert len(server.received) == 2
print("done")
"""
    env = {"PYTHONPATH": f"{ROOT / 'generated'}:{ROOT}", "PATH": "/usr/bin:/bin"}
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, env=env, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "done" and result.stderr == ""


def test_a_retry_is_logged_at_info(order_payload: dict[str, Any], caplog: pytest.LogCaptureFixture) -> None:
    import logging  # noqa: PLC0415

    caplog.set_level(logging.INFO, logger="voyado_engage")
    with fault_server(Action(429, headers=(("Retry-After", "0"),)), Action(202)) as server:
        send_order(server, Order.from_dict(order_payload), asynchronous=False)
    retries = [r for r in caplog.records if "retrying" in r.getMessage()]
    assert retries and all(r.levelno == logging.INFO for r in retries)


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_a_closed_client_refuses_before_io(asynchronous: bool, order_payload: dict[str, Any]) -> None:
    with fault_server(Action(202)) as server:
        if asynchronous:

            async def send_after_close() -> None:
                async with AsyncVoyadoEngage(api_key=API_KEY, base_url=server.url) as sdk:
                    pass
                await sdk.orders.orders_register_order(request_body=cast("OrderParam", order_payload))

            with pytest.raises(RequestValidationError, match="closed"):
                asyncio.run(send_after_close())
        else:
            with VoyadoEngage(api_key=API_KEY, base_url=server.url) as sdk:
                pass
            with pytest.raises(RequestValidationError, match="closed"):
                sdk.orders.orders_register_order(request_body=cast("OrderParam", order_payload))
        assert server.received == []
