"""Tolerant of what Voyado adds, and accepting what Voyado accepts; the Idempotency-Key; readable response errors.

- Every one of the 107 operations is answered by a real local server with a body in which every enum holds a value
  the spec does not list: nothing raises (the values are kept), and a strict client raises for each of them.
- Voyado's own documented receipts (openapi/examples/voyado/) are accepted and arrive in the spec's types.
- Point-account transactions carry a fresh Idempotency-Key per call, the same on every retry of that call.
"""

from __future__ import annotations

import json
import logging
import pickle
import types
from decimal import Decimal
from typing import Any, cast

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import API_KEY, ROOT, endpoint_modules, spec_document
from tests.fault_server import Action, FaultServer, fault_server
from voyado_engage import (
    APIResponseValidationError,
    InternalServerError,
    RequestValidationError,
    VoyadoEngage,
)
from voyado_engage.models import Order, PointTransactionToAccountParam, StatusCodeResult
from voyado_engage.models.status_code_result_status_code import StatusCodeResultStatusCode

JSON = (("Content-Type", "application/json"),)
UNKNOWN = "SomethingVoyadoAddedLater"


# --- a body for every operation, with an unknown value in every enum --------------------------------------------------


def resolve(node: Any) -> Any:
    document = spec_document()
    while isinstance(node, dict) and "$ref" in node:
        target: Any = document
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def instance(schema: Any, *, unknown: bool, depth: int = 0) -> Any:
    """A JSON value of `schema` with every field present; enums hold UNKNOWN (or their first value)."""
    schema = resolve(schema) or {}
    if "enum" in schema:
        return UNKNOWN if unknown else schema["enum"][0]
    kind = schema.get("type")
    if kind == "array":
        return [instance(schema.get("items"), unknown=unknown, depth=depth + 1)] if depth < 6 else []
    if kind == "object" or "properties" in schema:
        if depth >= 6:
            return {}
        return {
            name: instance(child, unknown=unknown, depth=depth + 1)
            for name, child in (schema.get("properties") or {}).items()
        }
    if kind == "string":
        return "2024-05-02T14:03:11+02:00" if schema.get("format") == "date-time" else "x"
    if kind in ("integer", "number"):
        return schema.get("minimum", schema.get("maximum", 1))
    if kind == "boolean":
        return True
    return "any JSON value"


def success_schema(module: types.ModuleType) -> tuple[int, Any]:
    operation = spec_document()["paths"][_spec_path(module)][module.OPERATION.method.lower()]
    code = next(code for code in operation["responses"] if code.startswith("2"))
    content = resolve(operation["responses"][code]).get("content") or {}
    return int(code), (content.get("application/json") or {}).get("schema")


def _spec_path(module: types.ModuleType) -> str:
    for path, item in spec_document()["paths"].items():
        operation = item.get(module.OPERATION.method.lower())
        if operation and operation["operationId"] == module.OPERATION.operation_id:
            return str(path)
    raise AssertionError(module.__name__)


def has_enum(schema: Any, depth: int = 0) -> bool:
    schema = resolve(schema) or {}
    if "enum" in schema:
        return True
    if depth > 6:
        return False
    children = list((schema.get("properties") or {}).values()) + [schema.get("items")] * ("items" in schema)
    return any(has_enum(child, depth + 1) for child in children)


def call_every_operation(server: FaultServer, sdk: VoyadoEngage, modules: list[types.ModuleType]) -> dict[str, Any]:
    """Call each operation's declaration through the client's request loop; the outcome (result or error) by name."""
    outcomes: dict[str, Any] = {}
    for module in modules:
        names = [name.strip("{}") for name in module.OPERATION.path.split("/") if name.startswith("{")]
        parts = {"path_params": {name: name for name in names}}  # every parameter name is a valid segment
        try:
            outcomes[module.__name__] = sdk.request(module.OPERATION, parts, {"max_retries": 0}).parsed
        except Exception as error:  # the outcome, whatever it is, is what the test looks at
            outcomes[module.__name__] = error
    return outcomes


def script(modules: list[types.ModuleType]) -> list[Action]:
    actions = []
    for module in modules:
        status, schema = success_schema(module)
        body = b"" if schema is None else json.dumps(instance(schema, unknown=True)).encode()
        actions.append(Action(status, body, JSON))
    return actions


def test_every_operation_reads_enum_values_the_spec_does_not_list() -> None:
    modules = list(endpoint_modules())
    assert len(modules) == 107
    with fault_server(*script(modules)) as server, VoyadoEngage(api_key=API_KEY, base_url=server.url) as sdk:
        outcomes = call_every_operation(server, sdk, modules)
    failed = {name: outcome for name, outcome in outcomes.items() if isinstance(outcome, Exception)}
    assert failed == {}, "\n".join(f"{name}: {error}" for name, error in failed.items())


def test_a_strict_client_refuses_every_unknown_enum_value() -> None:
    modules = [module for module in endpoint_modules() if has_enum(success_schema(module)[1])]
    assert len(modules) >= 15
    with (
        fault_server(*script(modules)) as server,
        VoyadoEngage(api_key=API_KEY, base_url=server.url, strict_response_validation=True) as sdk,
    ):
        outcomes = call_every_operation(server, sdk, modules)
    for name, outcome in outcomes.items():
        assert isinstance(outcome, APIResponseValidationError), name
        assert UNKNOWN in str(outcome) and outcome.errors, name


def test_an_unknown_value_is_kept_readable_equal_and_written_back_unchanged(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="voyado_engage")
    body = b'{"statusCode": "SomethingNew"}'
    order = Order.from_dict(json.loads((ROOT / "openapi/examples/valid/order_confirmation.json").read_text()))
    with (
        fault_server(Action(202, body, JSON), Action(202, body, JSON)) as server,
        VoyadoEngage(api_key=API_KEY, base_url=server.url) as sdk,
    ):
        first = sdk.orders.orders_register_order(request_body=order)
        second = sdk.orders.orders_register_order(request_body=order)
    value = first.status_code
    assert value == "SomethingNew" and str(value) == "SomethingNew" and value.value == "SomethingNew"
    assert isinstance(value, StatusCodeResultStatusCode) and value not in list(StatusCodeResultStatusCode)
    assert json.dumps(first.to_dict(), separators=(",", ":")).encode() == body.replace(b" ", b"")
    assert pickle.loads(pickle.dumps(first)) == first and second == first
    kept = [r for r in caplog.records if "SomethingNew" in r.getMessage() and r.levelno == logging.DEBUG]
    assert len(kept) == 1  # logged once, however often it is read


def test_requests_stay_strict_about_enums() -> None:
    payload = json.loads((ROOT / "openapi/examples/valid/order_confirmation.json").read_text())
    for value in ("Confirmd", StatusCodeResultStatusCode("SomethingNew")):
        with pytest.raises(RequestValidationError, match="is not one of"):
            StatusCodeResult(status_code=cast(Any, value))  # wrong on purpose: a type error too
    payload["items"][0]["type"] = "GIFT"
    with pytest.raises(RequestValidationError, match="items"):
        Order.from_dict(payload)


def test_a_response_that_cannot_be_read_lists_every_problem_with_its_path() -> None:
    body = b'{"statusCode": 42, "extra": 1}'
    with fault_server(Action(202, body, JSON)) as server, VoyadoEngage(api_key=API_KEY, base_url=server.url) as sdk:
        payload = json.loads((ROOT / "openapi/examples/valid/order_confirmation.json").read_text())
        with pytest.raises(APIResponseValidationError) as caught:
            sdk.orders.orders_register_order(request_body=payload)
    message = str(caught.value)
    assert "success body does not match" in message and "statusCode" in message and "request" not in message
    assert [problem.path for problem in caught.value.errors] == ["statusCode"]


# --- what Voyado accepts ----------------------------------------------------------------------------------------------

VOYADO_EXAMPLES = sorted((ROOT / "openapi" / "examples" / "voyado").glob("*.json"))


@pytest.mark.parametrize("path", VOYADO_EXAMPLES, ids=[p.stem for p in VOYADO_EXAMPLES])
def test_voyado_documented_receipts_are_accepted_and_sent_in_the_spec_types(path: Any) -> None:
    receipt = json.loads(path.read_text(encoding="utf-8"), parse_float=Decimal)
    with fault_server(Action(200, b"{}", JSON)) as server, VoyadoEngage(api_key=API_KEY, base_url=server.url) as sdk:
        sdk.transactions.import_transactions_import_receipts(request_body=receipt)
        (request,) = server.received
    sent = json.loads(request.body)
    assert isinstance(sent["receiptNumber"], str)
    for item in sent["items"]:
        assert not isinstance(item.get("marginPercent", 0), str)
    assert sent["uniqueReceiptId"] == receipt["uniqueReceiptId"]


def test_the_documented_return_sends_its_margin_as_the_same_number() -> None:
    receipt = json.loads((ROOT / "openapi/examples/voyado/return_receipt.json").read_text())
    with fault_server(Action(200, b"{}", JSON)) as server, VoyadoEngage(api_key=API_KEY, base_url=server.url) as sdk:
        sdk.transactions.import_transactions_import_receipts(request_body=receipt)
    assert b'"marginPercent":25.00' in server.received[0].body  # the text's digits, as a JSON number


@settings(max_examples=200, deadline=None)
@given(
    st.one_of(
        st.decimals(allow_nan=False, allow_infinity=False, places=4).map(str),
        st.integers().map(str),
        st.text(max_size=12),
    )
)
def test_a_numeric_string_is_a_number_and_anything_else_is_refused(text: str) -> None:
    from voyado_engage import _model  # noqa: PLC0415

    try:
        value = _model.number(text)
    except _model.Invalid:
        try:
            Decimal(text)
            assert not _model._JSON_NUMBER.fullmatch(text)  # refused only when it is not JSON's number syntax
        except ArithmeticError:
            pass
        return
    assert isinstance(value, Decimal) and value == Decimal(text) and str(value) == str(Decimal(text))  # exactly


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("marginPercent", "abc"),
        ("marginPercent", "NaN"),
        ("marginPercent", "1e999999"),
        ("quantity", 1.5),
        ("quantity", "1.5"),
        ("receiptNumber", 10.5),
        ("receiptNumber", True),
    ],
)
def test_what_is_really_wrong_is_still_refused(field: str, value: Any) -> None:
    receipt = json.loads((ROOT / "openapi/examples/voyado/return_receipt.json").read_text())
    target = receipt if field == "receiptNumber" else receipt["items"][0]
    target[field] = value
    with fault_server(Action(200, b"{}", JSON)) as server, VoyadoEngage(api_key=API_KEY, base_url=server.url) as sdk:
        with pytest.raises(RequestValidationError, match=field):
            sdk.transactions.import_transactions_import_receipts(request_body=receipt)
        assert server.received == []


# --- Idempotency-Key --------------------------------------------------------------------------------------------------

TRANSACTIONS: list[PointTransactionToAccountParam] = [
    {"contactId": "c1", "amount": 10, "definitionId": 1, "description": "Welcome points", "source": "web"}
]


def test_each_call_gets_a_fresh_key_that_its_retries_repeat() -> None:
    accepted = Action(202, b'{"pointTransactions": []}', JSON)
    with fault_server(Action(503), accepted, accepted) as server:
        with VoyadoEngage(api_key=API_KEY, base_url=server.url) as sdk:
            sdk.point_accounts.point_account_add_point_transactions(request_body=TRANSACTIONS)
            sdk.point_accounts.point_account_add_point_transactions(request_body=TRANSACTIONS)
        keys = [request.headers.get("idempotency-key") for request in server.received]
    assert len(keys) == 3 and keys[0] == keys[1] != keys[2]  # the 503 was retried with the same key
    assert all(key and len(key) == 36 for key in keys)


def test_a_callers_key_is_used_as_given() -> None:
    with fault_server(Action(503), Action(202, b"{}", JSON)) as server:
        with VoyadoEngage(api_key=API_KEY, base_url=server.url) as sdk:
            sdk.point_accounts.point_account_add_point_transactions(
                request_body=TRANSACTIONS, idempotency_key="order-100045-welcome"
            )
        assert [r.headers["idempotency-key"] for r in server.received] == ["order-100045-welcome"] * 2


def test_an_operation_without_a_key_is_still_not_retried_on_5xx() -> None:
    payload = json.loads((ROOT / "openapi/examples/valid/order_confirmation.json").read_text())
    with fault_server(Action(503), Action(202)) as server, VoyadoEngage(api_key=API_KEY, base_url=server.url) as sdk:
        with pytest.raises(InternalServerError):
            sdk.orders.orders_register_order(request_body=payload)
        assert len(server.received) == 1 and "idempotency-key" not in server.received[0].headers
