"""Every escape typed, and what is checked is what is sent: values whose text differs from their value, numbers at
the edges of what `Decimal` and JSON hold, a caller's decimal context, hostile headers and bodies, environment
variables httpx would choke on. Sends go to real servers on 127.0.0.1."""

from __future__ import annotations

import copy
import datetime
import decimal
import enum
import json
import os
import pickle
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any, cast

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import API_KEY
from tests.fault_server import Action, fault_server
from tests.test_cli import ORDER, cli, write_jsonl
from voyado_engage import (
    APIResponseValidationError,
    APITimeoutError,
    BadRequestError,
    ConfigurationError,
    RateLimitError,
    RequestValidationError,
    VoyadoEngage,
    VoyadoError,
    _config,
    _json,
    _order_files,
    _retry,
    _validation,
)
from voyado_engage.models import Order, OrderParam


def order_dict(**changes: Any) -> dict[str, Any]:
    """The example order as a file read gives it (numbers as `Decimal`), with `changes`."""
    order = _order_files._decode(json.dumps(ORDER))
    order.update(changes)
    return cast(dict[str, Any], order)


def refused(call: Callable[[VoyadoEngage], object]) -> RequestValidationError:
    """The error `call` raises on a client whose base URL nothing listens on: refused before any I/O."""
    with VoyadoEngage(api_key=API_KEY, base_url="http://127.0.0.1:9") as sdk:
        try:
            call(sdk)
        except RequestValidationError as exc:
            return exc
    raise AssertionError("not refused")


def outcome(call: Callable[[], object]) -> object:
    """What a call returned, or the SDK error it raised (any other exception fails the test)."""
    try:
        return call()
    except VoyadoError as exc:
        return exc


def sent_bodies(server: Any) -> list[Any]:
    return [json.loads(request.body) for request in server.received]


# 3. every escape typed


@settings(max_examples=200, deadline=None)
@given(
    st.one_of(
        st.text(max_size=60),
        st.from_regex(r"\A[A-Za-z]{3}, \d{1,25} [A-Za-z]{3} \d{1,25} \d{1,3}:\d\d:\d\d ([+-]\d{4}|GMT)\Z"),
    )
)
def test_any_retry_after_header_is_read_or_ignored(value: str) -> None:
    delay = _retry.parse_retry_after(value)
    assert delay is None or delay >= 0


@pytest.mark.parametrize(
    "retry_after",
    [
        "Mon, 01 Jan 99999999999999999999 00:00:00 GMT",
        "Mon, 99999999999999999999 Jan 2020 00:00:00 GMT",
        "Fri, 31 Dec 9999 23:59:59 -2359",
        "Mon, 01 Jan 99999 00:00:00 GMT",
        "1e400",
    ],
)
def test_a_retry_after_beyond_any_date_is_a_typed_error(retry_after: str) -> None:
    answer = Action(429, headers=(("Retry-After", retry_after),))
    with fault_server(answer) as server, VoyadoEngage(api_key=API_KEY, base_url=server.url, timeout=2) as sdk:
        assert isinstance(outcome(lambda: sdk.contacts.count(max_retries=1)), RateLimitError)


@pytest.mark.parametrize("depth", [200, 1000, 1023])
def test_a_deeply_nested_error_detail_is_a_typed_error(depth: int) -> None:
    nested = "[" * depth + "]" * depth
    body = f'{{"Message": "invalid", "ModelState": {{"order": [{nested}]}}}}'.encode()
    answer = Action(400, body, (("Content-Type", "application/json"),))
    with fault_server(answer) as server, VoyadoEngage(api_key=API_KEY, base_url=server.url) as sdk:
        error = outcome(sdk.contacts.count)
    assert isinstance(error, BadRequestError) and "invalid" in str(error)


@pytest.mark.parametrize("amount", ["1E+999999", "-1E+999999", "9.999E+999999", "1E-999999", "1E+425000000"])
def test_amounts_at_the_edges_of_decimal_are_checked_without_escaping(amount: str) -> None:
    order = order_dict(totalGrossPrice=Decimal(amount))
    problems = _validation.validate_order(order)
    assert any(problem.rule == "total-gross-price" for problem in problems)
    error = refused(lambda sdk: sdk.orders.register(request_body=cast(OrderParam, order)))  # nothing is sent
    assert error.errors[0].path == "totalGrossPrice"


def test_a_file_with_an_amount_beyond_decimal_is_validated_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "orders.jsonl"
    path.write_text(json.dumps(ORDER).replace('"totalGrossPrice": 596.0', '"totalGrossPrice": 1E+999999') + "\n")
    result = cli("orders", "validate", str(path))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "totalGrossPrice" in result.stdout


CONTEXTS = st.builds(
    lambda prec, rounding, traps: decimal.Context(prec=prec, rounding=rounding, traps=traps),
    st.integers(min_value=1, max_value=40),
    st.sampled_from([decimal.ROUND_HALF_EVEN, decimal.ROUND_DOWN, decimal.ROUND_CEILING, decimal.ROUND_05UP]),
    st.lists(
        st.sampled_from([decimal.FloatOperation, decimal.Inexact, decimal.Rounded, decimal.Overflow]), unique=True
    ),
)


@settings(max_examples=80, deadline=None)
@given(context=CONTEXTS, off_by=st.sampled_from(["0", "0.01", "0.011", "0.5", "1000.004"]))
def test_the_rules_give_one_verdict_whatever_the_callers_decimal_context(context: decimal.Context, off_by: str) -> None:
    order = order_dict()
    order["totalGrossPrice"] = order["totalGrossPrice"] + Decimal(off_by)
    expected = [(p.rule, p.severity) for p in _validation.validate_order(order)]
    with decimal.localcontext(context):
        assert [(p.rule, p.severity) for p in _validation.validate_order(order)] == expected
        model = Order.from_dict(order)  # the model's checks too (a Decimal against a float bound)
        assert model.total_gross_price == order["totalGrossPrice"]


def test_a_low_precision_context_cannot_round_a_wrong_total_into_agreement() -> None:
    order = order_dict(totalGrossPrice=Decimal("597"))  # off by 1
    with decimal.localcontext(decimal.Context(prec=2)):
        problems = _validation.validate_order(order)
    assert [problem.rule for problem in problems if problem.severity == "error"] == ["total-gross-price"]


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("SSL_CERT_FILE", "/nonexistent/ca.pem"),
        ("SSL_CERT_FILE", "/"),
        ("SSL_CERT_DIR", "/nonexistent/certs"),
        ("HTTPS_PROXY", "ftp://user:secret@proxy.example:21"),
        ("https_proxy", "http://"),
        ("ALL_PROXY", "socks9://proxy.example"),
        ("HTTPS_PROXY", "https://user:secret@proxy.example:abc"),
    ],
)
def test_an_unusable_environment_variable_is_a_configuration_error_naming_it(
    variable: str, value: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("SSL_CERT_FILE", "SSL_CERT_DIR", "HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv(variable, value)
    with pytest.raises(ConfigurationError) as caught:
        VoyadoEngage(api_key=API_KEY, base_url="https://acme.voyado.com")
    assert variable in str(caught.value)
    assert "secret" not in str(caught.value)


@pytest.mark.parametrize(
    "count",
    [Decimal("1.5"), Decimal("1E+999999"), Decimal("NaN"), 2**70, "9" * 5000, 1e300],
    ids=["1.5", "1E+999999", "NaN", "2**70", "5000 digits", "1e300"],
)
def test_a_count_that_is_not_a_64_bit_integer_is_refused_before_io(count: Any) -> None:
    error = refused(lambda sdk: sdk.contacts.list_transactions("c1", count=count))
    assert error.errors[0].path == "count"


def test_a_whole_decimal_count_is_sent_as_that_integer() -> None:
    with fault_server(Action(echo=True)) as server, VoyadoEngage(api_key=API_KEY, base_url=server.url) as sdk:
        # The echo is not a page; what matters is what was sent.
        count = cast(int, Decimal("5.000"))
        assert isinstance(
            outcome(lambda: sdk.contacts.list_transactions("c1", count=count)), APIResponseValidationError
        )
    assert server.received[0].path.endswith("count=5")


@pytest.mark.parametrize(
    "value",
    [10**5000, -(10**4400), 2**64, True, b"c1", 1.0, Decimal("7"), object()],
    ids=["5001 digits", "-4401 digits", "2**64", "bool", "bytes", "float", "Decimal", "object"],
)
def test_a_path_parameter_that_is_not_text_an_integer_or_a_uuid_is_refused_before_io(value: Any) -> None:
    error = refused(lambda sdk: sdk.contacts.get_by_id(value))
    assert error.errors[0].path == "contact_id"


# 4. what is checked is what is sent


class LyingDecimal(Decimal):
    def __str__(self) -> str:
        return '596.0, "injected": true'

    __repr__ = __str__

    def is_finite(self) -> bool:
        return True


class LyingString(str):
    def __str__(self) -> str:
        return "../../admin"


class LyingInt(int):
    def __str__(self) -> str:
        return "1; drop"

    __repr__ = __str__


class Colour(enum.Enum):
    RED = "contact-7"


def test_a_decimal_subclass_is_sent_by_its_value_not_its_text() -> None:
    order = order_dict(totalGrossPrice=LyingDecimal("596.00"))
    order["extraData"] = {"weight": LyingDecimal("1.5"), "count": LyingInt(3), "label": LyingString("tag")}
    with fault_server(Action(202)) as server, VoyadoEngage(api_key=API_KEY, base_url=server.url) as sdk:
        sdk.orders.register(request_body=cast(OrderParam, order))
    (body,) = sent_bodies(server)
    assert "injected" not in body
    assert server.received[0].body.count(b'"totalGrossPrice":596.00') == 1
    assert body["extraData"] == {"weight": 1.5, "count": 3, "label": "tag"}


@pytest.mark.parametrize(
    "value", [Decimal("NaN"), Decimal("-Infinity"), float("nan"), float("inf"), LyingDecimal("NaN")]
)
def test_a_number_json_does_not_have_is_refused_in_a_free_form_field(value: Any) -> None:
    order = order_dict(extraData={"weight": value})
    refused(lambda sdk: sdk.orders.register(request_body=cast(OrderParam, order)))


@pytest.mark.parametrize(
    ("value", "sent"),
    [
        (LyingString("c1"), "/api/v2/contacts/c1"),  # sent as its content, not as its __str__
        (LyingInt(42), "/api/v2/contacts/42"),
        (Colour.RED, "/api/v2/contacts/contact-7"),  # an enum by its value, not its name
    ],
)
def test_a_path_parameter_is_sent_as_the_value_that_was_checked(value: Any, sent: str) -> None:
    with fault_server(Action(echo=True)) as server, VoyadoEngage(api_key=API_KEY, base_url=server.url) as sdk:
        # The echo is not a contact; the path is what matters.
        assert isinstance(outcome(lambda: sdk.contacts.get_by_id(value)), APIResponseValidationError)
    assert [request.path for request in server.received] == [sent]


def test_a_string_subclass_cannot_smuggle_a_separator_past_the_route_check() -> None:
    class Innocent(str):
        def __str__(self) -> str:
            return "c1"

    refused(lambda sdk: sdk.contacts.get_by_id(Innocent("../../admin")))


class NoOffset(datetime.tzinfo):
    def tzname(self, dt: datetime.datetime | None) -> None:
        return None

    def utcoffset(self, dt: datetime.datetime | None) -> None:
        return None

    def dst(self, dt: datetime.datetime | None) -> None:
        return None


class Flaky(datetime.tzinfo):
    def tzname(self, dt: datetime.datetime | None) -> str:
        return "Flaky"

    def utcoffset(self, dt: datetime.datetime | None) -> datetime.timedelta:
        raise RuntimeError("zone database missing")

    def dst(self, dt: datetime.datetime | None) -> None:
        return None


@pytest.mark.parametrize("zone", [NoOffset(), Flaky()], ids=["no-offset", "raises"])
def test_a_date_time_whose_zone_gives_no_offset_is_refused(zone: datetime.tzinfo) -> None:
    order = order_dict(createdDate=datetime.datetime(2024, 5, 2, 14, 3, 11, tzinfo=zone))
    error = refused(lambda sdk: sdk.orders.register(request_body=cast(OrderParam, order)))
    assert error.errors[0].path == "createdDate"


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=-(10**4000), max_value=10**4000))
def test_integers_in_json_are_read_exactly(number: int) -> None:
    text = f'{{"value": {number}, "list": [{number}, 1.5]}}'.encode()
    assert _json.loads(text) == {"value": number, "list": [number, 1.5]}


@pytest.mark.parametrize(
    ("body", "expected"),
    [(b"18446744073709551615", 18446744073709551615), (b"123456789012345678901234567890", None)],
)
def test_an_integer_in_a_success_body_is_exact_or_refused(body: bytes, expected: int | None) -> None:
    with fault_server(Action(200, body)) as server, VoyadoEngage(api_key=API_KEY, base_url=server.url) as sdk:
        if expected is None:
            with pytest.raises(APIResponseValidationError):
                sdk.contacts.count()
        else:
            assert sdk.contacts.count() == expected


# the order rules at their edges


def test_an_order_with_a_round_off_and_fee_tax_passes_the_rules() -> None:
    order = order_dict()
    order["totalRoundOff"] = {"value": Decimal("0.40")}
    order["handlingFee"] = {"value": Decimal("10.00"), "tax": Decimal("2.00")}
    order["totalGrossPrice"] += Decimal("10.40")
    order["totalTax"] += Decimal("2.00")
    order["taxDetails"][0]["value"] = order["totalTax"]
    order["paymentMethods"][0]["value"] = order["totalGrossPrice"]
    assert _validation.validate_order(order) == []
    Order.from_dict(order)


@pytest.mark.parametrize("as_float", [False, True], ids=["decimal", "float"])
@pytest.mark.parametrize(
    ("field", "off_by", "rule", "passes"),
    [
        ("totalGrossPrice", "0.01", "total-gross-price", True),
        ("totalGrossPrice", "-0.01", "total-gross-price", True),
        ("totalGrossPrice", "0.011", "total-gross-price", False),
        ("totalGrossPrice", "-0.0101", "total-gross-price", False),
        ("totalTax", "0.01", "total-tax", True),
        ("totalTax", "0.0100001", "total-tax", False),
        ("items.0.grossPaidPrice", "0.01", "line-price", True),
        ("items.0.grossPaidPrice", "0.011", "line-price", False),
    ],
)
def test_a_difference_of_exactly_the_tolerance_passes_and_a_little_more_does_not(
    field: str, off_by: str, rule: str, passes: bool, as_float: bool
) -> None:
    order = order_dict()
    if field.startswith("items"):  # the line price rule: the per-unit price times the quantity (2)
        order["items"][0]["grossPaidPricePerUnit"] -= Decimal(off_by) / order["items"][0]["quantity"]
    else:
        order[field] += Decimal(off_by)
    if as_float:
        order = json.loads(json.dumps(order, default=float))
    rules = {problem.rule for problem in _validation.validate_order(order, strict=True)}
    assert (rule not in rules) is passes, rules


# secrets


def test_the_secret_holder_itself_never_shows_or_pickles_the_key() -> None:
    secret = _config.Secret(API_KEY)
    shown = [repr(secret), str(secret), f"{secret}", format(secret, ""), repr([secret]), str({"k": secret})]
    assert not any(API_KEY in text for text in shown)
    with pytest.raises(TypeError):
        pickle.dumps(secret)
    with pytest.raises(TypeError):
        copy.copy(secret)


# the deadline with a caller's own transport


@pytest.mark.parametrize("stall", ["headers", "between-chunks"])
def test_a_callers_own_transport_cannot_hold_a_sync_call_past_its_deadline(stall: str) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if stall == "headers":
            time.sleep(3)
            return httpx.Response(200, json=1)

        def chunks() -> Any:
            yield b"1"
            time.sleep(3)
            yield b"2"

        return httpx.Response(200, content=chunks())

    http = httpx.Client(transport=httpx.MockTransport(handler))
    with VoyadoEngage(api_key=API_KEY, base_url="https://acme.voyado.com", http_client=http) as sdk:
        started = time.monotonic()
        with pytest.raises(APITimeoutError):
            sdk.contacts.count(timeout=0.4, max_retries=0)
        assert time.monotonic() - started < 1.5
    http.close()


def test_an_order_file_with_a_lying_amount_is_impossible_to_write(tmp_path: Path) -> None:
    # A file holds text, so the CLI never meets a subclass; its numbers are Decimals read exactly.
    path = write_jsonl(tmp_path / "orders.jsonl", [ORDER])
    assert cli("orders", "validate", str(path)).returncode == 0


def test_the_encoder_writes_a_decimal_by_its_value_and_refuses_what_json_lacks() -> None:
    # Below the models (which already hand it plain values): the last line of defence for anything JSON-ready.
    assert _json.dumps({"a": LyingDecimal("1.50")}) == b'{"a":1.50}'
    for value in (Decimal("NaN"), Decimal("sNaN"), Decimal("-Infinity"), LyingDecimal("NaN")):
        with pytest.raises(TypeError):
            _json.dumps({"a": value})


def test_a_certificate_file_that_is_not_a_regular_file_is_refused_without_reading_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fifo = tmp_path / "certs.pem"
    os.mkfifo(fifo)  # reading it would wait for a writer forever
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    monkeypatch.setenv("SSL_CERT_FILE", str(fifo))
    with pytest.raises(ConfigurationError, match="SSL_CERT_FILE"):
        VoyadoEngage(api_key=API_KEY, base_url="https://acme.voyado.com")


@pytest.mark.parametrize(
    "value",
    [datetime.datetime(2024, 5, 2, tzinfo=Flaky()), datetime.datetime(2024, 5, 2), datetime.date(2024, 5, 2)],
    ids=["failing-zone", "naive", "date"],
)
def test_a_date_or_time_object_in_a_free_form_field_is_refused(value: Any) -> None:
    order = order_dict(extraData={"shippedAt": value})
    error = refused(lambda sdk: sdk.orders.register(request_body=cast(OrderParam, order)))
    assert error.errors[0].path == "extraData.shippedAt"


@pytest.mark.parametrize("order", [b"x", None, 42, "order", ["a"]])
def test_the_order_rules_report_a_body_that_is_not_an_object(order: Any) -> None:
    (problem,) = _validation.validate_order(order)
    assert problem.path == "" and "expected an order" in problem.message


def test_a_redirect_answer_keeps_no_copy_of_the_key() -> None:
    answer = Action(302, headers=(("Location", "https://elsewhere.example/steal"),))
    with fault_server(answer) as server, VoyadoEngage(api_key=API_KEY, base_url=server.url) as sdk:
        error = outcome(sdk.contacts.count)
    assert isinstance(error, VoyadoError)
    assert API_KEY.encode() not in pickle.dumps(error)
    assert API_KEY not in repr(vars(error)) and API_KEY not in repr(getattr(error, "response", None).__dict__)
