"""The facade users hold: configuration, headers, results, per-call options and error mapping (MockTransport)."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import subprocess
import sys
from collections.abc import Callable
from decimal import Decimal
from typing import Any, cast

import httpx
import pytest

from tests.conftest import API_KEY, EXAMPLES
from voyado_engage import (
    APIResponseValidationError,
    APIStatusError,
    AsyncVoyadoEngage,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    Environment,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RequestValidationError,
    UnprocessableEntityError,
    VoyadoEngage,
    __version__,
)
from voyado_engage.models import Order, StatusCodeResult
from voyado_engage.models.status_code_result_status_code import StatusCodeResultStatusCode

Handler = Callable[[httpx.Request], httpx.Response]
EXAMPLE = EXAMPLES / "valid" / "order_confirmation.json"


class Recorder:
    """A MockTransport handler that answers with a fixed response and keeps every request."""

    def __init__(self, response: httpx.Response | None = None) -> None:
        self.response = response or httpx.Response(202)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.response


def client(handler: Handler, **settings: Any) -> VoyadoEngage:
    settings.setdefault("api_key", API_KEY)
    settings.setdefault("base_url", "https://acme.voyado.com")
    return VoyadoEngage(http_client=httpx.Client(transport=httpx.MockTransport(handler)), **settings)


def seed_order() -> Order:
    """The seed page's snippet, as written: placeholder values and totals that do not add up."""
    return Order(
        # The page's nested dicts use snake_case keys: the runtime takes them, the type checker knows wire keys only.
        contact=cast(Any, {"match_key": "matchKey", "match_key_type": "Email"}),
        order_number="orderNumber",
        order_status="orderStatus",
        payment_status="paymentStatus",
        language="language",
        created_date="createdDate",
        store_id="storeId",
        currency="currency",
        total_gross_price=9.8,
        items=cast(
            Any, [{"type_": "PURCHASE", "sku": "sku", "quantity": 0.1, "gross_paid_price": 3.23, "description": "d"}]
        ),
    )


def test_the_seed_snippet_fails_with_a_clear_error_before_any_request() -> None:
    recorder = Recorder()
    with client(recorder, access_token="YOUR_ACCESS_TOKEN", base_url=None, tenant="acme") as sdk:
        assert sdk.base_url == "https://acme.voyado.com"
        with pytest.raises(RequestValidationError) as caught:
            sdk.orders.orders_register_order(request_body=seed_order())
    assert [problem.path for problem in caught.value.errors] == ["createdDate"]
    assert recorder.requests == []


def test_placeholder_totals_are_refused_before_any_request(order_payload: dict[str, Any]) -> None:
    order_payload["totalGrossPrice"] = 9.8
    order_payload["totalTax"] = 7.73
    recorder = Recorder()
    with client(recorder) as sdk, pytest.raises(RequestValidationError) as caught:
        sdk.orders.orders_register_order(request_body=Order.from_dict(order_payload))
    assert {p.path: p.rule for p in caught.value.errors} == {
        "totalGrossPrice": "total-gross-price",
        "totalTax": "total-tax",
    }
    assert recorder.requests == []


def test_validate_false_sends_an_order_that_does_not_add_up(order_payload: dict[str, Any]) -> None:
    order_payload["totalGrossPrice"] = 1.0
    recorder = Recorder()
    with client(recorder) as sdk:
        sdk.orders.orders_register_order(request_body=Order.from_dict(order_payload), validate=False)
    assert len(recorder.requests) == 1


def test_friendly_construction_from_plain_data() -> None:
    order = Order(
        contact=cast(Any, {"match_key": "a@example.com", "match_key_type": "email"}),  # beyond the typed surface
        order_number="1",
        order_status="Confirmed",
        payment_status="Paid",
        created_date="2024-05-02T14:03:11+02:00",
        store_id="S",
        currency="SEK",
        total_gross_price=Decimal("10.10"),
        items=cast(
            Any,
            [
                {
                    "type_": "purchase",
                    "sku": "A",
                    "quantity": 1,
                    "gross_paid_price": Decimal("10.10"),
                    "description": "A",
                }
            ],
        ),
    )
    wire = order.to_dict()
    assert wire["contact"]["matchKeyType"] == "Email"
    assert wire["items"][0]["type"] == "PURCHASE"
    assert wire["createdDate"] == "2024-05-02T14:03:11+02:00"


def test_decimal_amounts_reach_the_wire_exactly(order_payload: dict[str, Any]) -> None:
    recorder = Recorder()
    order = Order.from_dict(order_payload)
    order.total_gross_price = Decimal("596.00")
    order.items[0].gross_paid_price = Decimal("398.000000000000000001")
    with client(recorder) as sdk:
        sdk.orders.orders_register_order(request_body=order, validate=False)
    body = recorder.requests[0].content
    assert b'"totalGrossPrice":596.00' in body
    assert b'"grossPaidPrice":398.000000000000000001' in body


def test_headers_on_every_request(order_payload: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VOYADO_USER_AGENT", "AcmeShop/2.1")
    recorder = Recorder()
    with client(recorder) as sdk:
        sdk.orders.orders_register_order(request_body=Order.from_dict(order_payload), extra_headers={"X-Trace": "t1"})
    headers = recorder.requests[0].headers
    assert headers["apikey"] == API_KEY
    assert headers["user-agent"] == f"AcmeShop/2.1 voyado-engage-sdk/{__version__}"
    assert headers["content-type"] == "application/json"
    assert headers["x-trace"] == "t1"


def test_empty_202_returns_a_status_code_result(order_payload: dict[str, Any]) -> None:
    with client(Recorder(httpx.Response(202))) as sdk:
        result = sdk.orders.orders_register_order(request_body=Order.from_dict(order_payload))
    assert isinstance(result, StatusCodeResult)
    assert result.status_code is StatusCodeResultStatusCode.ACCEPTED


def test_raw_response_gives_status_headers_and_parsed_body(order_payload: dict[str, Any]) -> None:
    response = httpx.Response(202, json={"statusCode": "Accepted", "traceId": "x1"}, headers={"X-Request-Id": "r9"})
    with client(Recorder(response)) as sdk:
        raw = sdk.orders.with_raw_response.orders_register_order(request_body=Order.from_dict(order_payload))
    assert raw.status_code == 202
    assert raw.headers["x-request-id"] == "r9"
    assert raw.parsed.additional_properties == {"traceId": "x1"}
    assert raw.attempts == 1


def test_async_client_has_the_same_surface(order_payload: dict[str, Any]) -> None:
    recorder = Recorder()

    async def send() -> StatusCodeResult:
        http = httpx.AsyncClient(transport=httpx.MockTransport(recorder))
        async with AsyncVoyadoEngage(api_key=API_KEY, base_url="https://acme.voyado.com", http_client=http) as sdk:
            raw = await sdk.orders.with_raw_response.orders_register_order(request_body=Order.from_dict(order_payload))
            assert raw.status_code == 202
            return await sdk.orders.orders_register_order(request_body=Order.from_dict(order_payload))

    result = asyncio.run(send())
    assert result.status_code is StatusCodeResultStatusCode.ACCEPTED
    assert len(recorder.requests) == 2


def test_configuration_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VOYADO_API_KEY", API_KEY)
    monkeypatch.setenv("VOYADO_TENANT", "acme")
    sdk = VoyadoEngage(base_url=Environment.STAGING.value)
    assert sdk.base_url == "https://acme.staging.voyado.com"
    monkeypatch.setenv("VOYADO_BASE_URL", "http://127.0.0.1:4010")
    assert VoyadoEngage().base_url == "http://127.0.0.1:4010"


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"api_key": None}, "no API key"),
        ({"base_url": Environment.DEFAULT.value}, "needs a tenant"),
        ({"base_url": "http://acme.voyado.com"}, "must use https"),
        ({"base_url": "ftp://acme.voyado.com"}, "not an http"),
    ],
)
def test_bad_configuration_is_a_clear_error(
    settings: dict[str, Any], message: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("VOYADO_API_KEY", "VOYADO_TENANT", "VOYADO_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    arguments = {"api_key": API_KEY, **settings}
    with pytest.raises(ConfigurationError, match=message):
        VoyadoEngage(**arguments)


def test_repr_never_shows_the_key() -> None:
    sdk = client(Recorder())
    assert API_KEY not in repr(sdk)
    assert API_KEY not in repr(sdk._config)
    assert "acme.voyado.com" in repr(sdk)


@pytest.mark.parametrize(
    ("status", "error_class"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (418, APIStatusError),
        (499, APIStatusError),
        (500, InternalServerError),
        (520, InternalServerError),
    ],
)
def test_statuses_map_to_typed_errors(status: int, error_class: type[APIStatusError], order_payload: Any) -> None:
    recorder = Recorder(httpx.Response(status, json={"errorCode": "InvalidOrder", "message": "Totals differ"}))
    with client(recorder, max_retries=0) as sdk, pytest.raises(error_class) as caught:
        sdk.orders.orders_register_order(request_body=Order.from_dict(order_payload))
    assert type(caught.value) is error_class
    assert caught.value.status_code == status
    assert caught.value.error_code == "InvalidOrder"
    assert caught.value.message == "Totals differ"
    assert len(recorder.requests) == 1


@pytest.mark.parametrize(
    ("response", "code", "message"),
    [
        (
            httpx.Response(
                400, json={"Message": "The request is invalid.", "ModelState": {"order.items[0].sku": ["Required"]}}
            ),
            None,
            "The request is invalid. order.items[0].sku: Required",
        ),
        (
            httpx.Response(
                422,
                json={"type": "about:blank", "title": "Unprocessable", "detail": "No contact"},
                headers={"content-type": "application/problem+json"},
            ),
            "about:blank",
            "No contact",
        ),
        (httpx.Response(400, text="TotalsDoNotAddUp"), None, "TotalsDoNotAddUp"),
        (httpx.Response(400, html="<html><body><h1>Bad Request</h1></body></html>"), None, "Bad Request"),
        (httpx.Response(400), None, None),
        (httpx.Response(400, json=["a", "b"]), None, None),
    ],
    ids=["modelstate", "problem-json", "plain-text", "html", "empty", "json-array"],
)
def test_error_bodies_of_any_shape(
    response: httpx.Response, code: str | None, message: str | None, order_payload: Any
) -> None:
    with client(Recorder(response)) as sdk, pytest.raises(APIStatusError) as caught:
        sdk.orders.orders_register_order(request_body=Order.from_dict(order_payload))
    assert caught.value.error_code == code
    assert caught.value.message == message


@pytest.mark.parametrize("body", [b"{not json", b"[1, 2]", b'{"statusCode": 7}'], ids=["invalid", "array", "type"])
def test_unreadable_success_body_is_a_typed_error(body: bytes, order_payload: Any) -> None:
    response = httpx.Response(202, content=body, headers={"content-type": "application/json"})
    with client(Recorder(response)) as sdk, pytest.raises(APIResponseValidationError):
        sdk.orders.orders_register_order(request_body=Order.from_dict(order_payload))


def test_rate_limit_is_retried_and_counted(order_payload: Any) -> None:
    answers = iter([httpx.Response(429, headers={"Retry-After": "0"}), httpx.Response(202)])
    recorder = Recorder()

    def handler(request: httpx.Request) -> httpx.Response:
        recorder.requests.append(request)
        return next(answers)

    with client(handler) as sdk:
        raw = sdk.orders.with_raw_response.orders_register_order(request_body=Order.from_dict(order_payload))
    assert raw.attempts == 2
    assert len(recorder.requests) == 2


def test_rate_limit_gives_up_after_max_retries_per_call(order_payload: Any) -> None:
    recorder = Recorder(httpx.Response(429, headers={"Retry-After": "0"}))
    with client(recorder, max_retries=5) as sdk, pytest.raises(RateLimitError):
        sdk.orders.orders_register_order(request_body=Order.from_dict(order_payload), max_retries=1)
    assert len(recorder.requests) == 2


def test_logs_never_hold_the_key_or_customer_data(order_payload: Any, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="voyado_engage")
    answers = iter([httpx.Response(429, headers={"Retry-After": "0"}), httpx.Response(400, json={"message": "x"})])
    with client(lambda request: next(answers)) as sdk, pytest.raises(BadRequestError) as caught:
        sdk.orders.orders_register_order(request_body=Order.from_dict(order_payload))
    text = "\n".join(record.getMessage() for record in caplog.records)
    assert "retrying" in text and "POST /api/v2/orders -> 429" in text
    for secret in (API_KEY, "jane.doe@example.com"):
        assert secret not in text
        assert secret not in str(caught.value) and secret not in repr(caught.value)
    assert json.loads(caught.value.response.request.content)["orderNumber"] == "100045"
    assert caught.value.response.request.headers["apikey"] == "<redacted>"


def test_voyado_log_turns_on_logging_without_secrets(tmp_path: Any) -> None:
    script = (
        "import httpx, json\n"
        "from voyado_engage import VoyadoEngage\n"
        "from voyado_engage.models import Order\n"
        f"payload = json.load(open({str(EXAMPLE)!r}))\n"
        "http = httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(202)))\n"
        f"sdk = VoyadoEngage(api_key={API_KEY!r}, base_url='https://acme.voyado.com', http_client=http)\n"
        "sdk.orders.orders_register_order(request_body=Order.from_dict(payload))\n"
    )
    env = {**os.environ, "VOYADO_LOG": "debug"}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True)
    assert "POST /api/v2/orders -> 202" in result.stderr
    assert API_KEY not in result.stderr and "jane.doe@example.com" not in result.stderr


def test_warnings_are_logged_by_rule_and_path_and_the_order_is_sent(
    order_payload: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="voyado_engage")
    order_payload["items"][0]["grossPaidPricePerUnit"] = 150.0  # 2 x 150 != 398: inferred rule, a warning
    recorder = Recorder()
    with client(recorder) as sdk:
        sdk.orders.orders_register_order(request_body=Order.from_dict(order_payload))
    assert len(recorder.requests) == 1
    (record,) = caplog.records
    assert "items[0].grossPaidPrice" in record.getMessage() and "line-price" in record.getMessage()
    assert "150" not in record.getMessage()


def test_importing_the_package_loads_no_service_and_no_model() -> None:
    script = (
        "import sys, voyado_engage\n"
        "loaded = [m for m in sys.modules if m.startswith(('voyado_engage.api', 'voyado_engage.models'))]\n"
        "assert not loaded, loaded\n"
        "assert 'voyado_engage._validation' not in sys.modules and 'orjson' not in sys.modules\n"
        "sdk = voyado_engage.VoyadoEngage(api_key='k', base_url='https://acme.voyado.com')\n"
        "sdk.stores\n"
        "services = sorted(m for m in sys.modules if m.endswith('.service'))\n"
        "assert services == ['voyado_engage.api.stores.service'], services\n"
        "assert callable(voyado_engage.validate_order)\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True, timeout=60)


@pytest.mark.parametrize(
    ("body", "expected"),
    [(b"42", 42), (b'{"count": 42}', APIResponseValidationError), (b'"forty-two"', APIResponseValidationError)],
    ids=["integer", "object-instead", "string-instead"],
)
def test_a_primitive_result_is_checked_against_its_declared_type(body: bytes, expected: Any) -> None:
    response = httpx.Response(200, content=body, headers={"content-type": "application/json"})
    with client(Recorder(response)) as sdk:
        if isinstance(expected, int):
            assert sdk.contacts.contacts_v_count() == expected
        else:
            with pytest.raises(expected):
                sdk.contacts.contacts_v_count()
