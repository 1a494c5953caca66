"""Property tests: orders generated from the spec's own Order schema, and arbitrary JSON thrown at the models."""

from __future__ import annotations

import contextlib
import json
import math
from collections.abc import Iterator
from decimal import Decimal
from types import MappingProxyType
from typing import Any
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

from tests.conftest import EXAMPLES, load, spec_document
from voyado_engage import RequestValidationError, _order_files, _validation, models, validate_order
from voyado_engage.models import Order

pytestmark = pytest.mark.quick


def order_schema() -> dict[str, Any]:
    return {"$ref": "#/components/schemas/Order", "components": {"schemas": spec_document()["components"]["schemas"]}}


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=20,
)
ORDER_KEYS = sorted(spec_document()["components"]["schemas"]["Order"]["properties"])
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(from_schema(order_schema()))
def test_from_dict_then_to_dict_is_the_identity(payload: dict[str, Any]) -> None:
    assert Order.from_dict(payload).to_dict() == payload


@SETTINGS
@given(JSON)
def test_from_dict_on_arbitrary_json_raises_only_sdk_errors(payload: Any) -> None:
    try:
        Order.from_dict(payload)
    except RequestValidationError as error:
        assert error.errors
    else:  # pragma: no cover - arbitrary JSON is never a complete order
        raise AssertionError("an arbitrary value was accepted as an order")


@SETTINGS
@given(st.fixed_dictionaries({}, optional={key: JSON for key in ORDER_KEYS}))
def test_known_keys_with_arbitrary_values_raise_only_sdk_errors(payload: dict[str, Any]) -> None:
    try:
        order = Order.from_dict(payload)
    except RequestValidationError as error:
        assert all(problem.path for problem in error.errors)
    else:
        assert order.to_dict() == payload


def _as_decimals(value: Any) -> Any:
    """The same body with every float as the Decimal of its shortest repr: the order rules' exact reading."""
    if isinstance(value, float):
        return Decimal(repr(value))
    if isinstance(value, dict):
        return {key: _as_decimals(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_as_decimals(item) for item in value]
    return value


def exact(number: float) -> Decimal:
    return Decimal(repr(number)) if isinstance(number, float) else Decimal(number)


def json_number(value: Decimal) -> float | int:
    """A total as a shop would send it: a float, or an integer beyond float range."""
    return float(value) if abs(value) < Decimal("1e300") else int(value)


def per_unit(paid: float, quantity: int) -> float | int:
    return paid / quantity if isinstance(paid, float) or abs(paid) < 2**53 else paid // quantity


CENTS = st.integers(min_value=-(10**9), max_value=10**9).map(lambda cents: cents / 100)
AMOUNTS = (
    CENTS
    | st.floats(min_value=-1e6, max_value=1e6, allow_nan=False)
    | st.integers(-(10**6), 10**6)
    | st.integers(-(10**400), 10**400)  # beyond float range: compared exactly, never an OverflowError
)
# How far the stated total is from the sum: right at the tolerance, just inside, just outside, or anywhere.
OFFSETS = st.sampled_from([0.0, 0.01, -0.01, 0.009999999999, 0.010000000001, 0.0100000000000001, 0.02]) | AMOUNTS


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.tuples(AMOUNTS, AMOUNTS, st.integers(1, 5)), min_size=1, max_size=60),
    AMOUNTS,
    OFFSETS,
    OFFSETS,
)
def test_the_order_rules_decide_in_floats_exactly_as_in_decimal(
    lines: list[tuple[float, float, int]], fee: float, gross_offset: float, tax_offset: float
) -> None:
    """The rules add floats when they can, and fall back to Decimal near the tolerance: the verdicts, expected
    values and messages are those of the all-Decimal reading of the same body, whatever the amounts."""
    items = [
        {
            "grossPaidPrice": paid,
            "taxAmount": tax,
            "quantity": quantity,
            "grossPaidPricePerUnit": per_unit(paid, quantity),
        }
        for paid, tax, quantity in lines
    ]
    gross = sum(exact(paid) for paid, _, _ in lines) + exact(fee)
    tax = sum(exact(tax) for _, tax, _ in lines)
    body = {
        "items": items,
        "freightFee": {"value": fee, "tax": 0},
        "totalGrossPrice": json_number(gross + exact(gross_offset)),
        "totalTax": json_number(tax + exact(tax_offset)),
        "paymentMethods": [{"value": json_number(gross)}],
    }
    in_floats = verdicts(body)
    in_decimals = verdicts(_as_decimals(body))
    with exact_only():
        assert in_floats == in_decimals == verdicts(_as_decimals(body))


def verdicts(body: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    return [(p.path, p.rule, p.message, p.severity) for p in validate_order(body, strict=True)]


@contextlib.contextmanager
def exact_only() -> Iterator[None]:
    """The rules with no float shortcut: no float verdict, and an unbounded rounding error for the line products,
    leave every comparison to Decimal."""
    with (
        mock.patch.object(_validation._Checker, "_float_verdict", lambda *_: None),
        mock.patch.object(_validation, "_FLOAT_ERROR", math.inf),
    ):
        yield


# Prices in cents up to a million, some with digits beyond a float's: a float sum lands a rounding error away.
LONG_DECIMALS = st.builds(
    lambda cents, tail: Decimal(cents) / 100 + Decimal(tail) * Decimal("1E-20"),
    st.integers(-(10**8), 10**8),
    st.sampled_from([0, 0, 1, 99]),
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(LONG_DECIMALS, LONG_DECIMALS, st.integers(1, 5)), min_size=1, max_size=30),
    st.sampled_from(["0", "0.01", "-0.01", "0.01000000000000000001", "0.00999999999999999999", "1E-20"]),
)
def test_decimal_amounts_beyond_a_floats_digits_get_the_exact_verdict(
    lines: list[tuple[Decimal, Decimal, int]], offset: str
) -> None:
    """A file's amounts, read as Decimal with more digits than a float holds, are compared in floats first (each
    as its nearest float): the verdicts are still those of the exact comparison, at the tolerance's very edge."""
    items = [
        {"grossPaidPrice": paid, "taxAmount": tax, "quantity": quantity, "grossPaidPricePerUnit": paid / quantity}
        for paid, tax, quantity in lines
    ]
    gross = sum((paid for paid, _, _ in lines), Decimal(0))
    body = {
        "items": items,
        "totalGrossPrice": gross + Decimal(offset),
        "totalTax": sum((tax for _, tax, _ in lines), Decimal(0)) - Decimal(offset),
        "paymentMethods": [{"value": gross}],
    }
    broken = {"total-gross-price", "total-tax", "payments"} if abs(Decimal(offset)) > Decimal("0.01") else set()
    found = verdicts(body)
    assert {rule for _, rule, _, _ in found} == broken
    with exact_only():
        assert found == verdicts(body)


def _not_dicts(value: Any) -> Any:
    """The same JSON with every object as a read-only Mapping that is not a dict: read only by the general path."""
    if isinstance(value, dict):
        return MappingProxyType({key: _not_dicts(item) for key, item in value.items()})
    if isinstance(value, list):
        return [_not_dicts(item) for item in value]
    return value


def _read(cls: type[Any], payload: Any) -> tuple[str, Any]:
    try:
        model = cls.from_dict(payload)
    except RequestValidationError as error:
        return "refused", [(p.path, p.message) for p in error.errors]
    return "read", repr(model.to_dict())  # repr tells 2 from 2.0 and a str from an enum member


def _closed(schema: Any) -> Any:
    """A schema whose objects with declared properties take no others: bodies a plain wire dict can be."""
    if isinstance(schema, list):
        return [_closed(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    closed = {key: _closed(value) for key, value in schema.items()}
    if isinstance(schema.get("properties"), dict):
        closed["additionalProperties"] = False
    return closed


def _schema_of(name: str) -> dict[str, Any]:
    schemas = _closed(spec_document()["components"]["schemas"])
    return {"$ref": f"#/components/schemas/{name}", "components": {"schemas": schemas}}


REQUEST_MODELS = ["Order", "Receipt", "ApiStore", "PointTransactionToAccount", "CartApiModel"]


def _slots(value: Any) -> list[tuple[Any, Any]]:
    """Every (container, key or index) of a JSON value, outermost first."""
    found: list[tuple[Any, Any]] = []
    if isinstance(value, dict):
        for key, item in value.items():
            found += [(value, key), *_slots(item)]
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += [(value, index), *_slots(item)]
    return found


# Amounts as a file's reader gives them (Decimal) are among the leaves: the straight-line reader takes finite ones.
DECIMALS = [Decimal("596.00"), Decimal("-1E+3"), Decimal("NaN"), Decimal("-Infinity"), Decimal("sNaN")]
LEAVES: st.SearchStrategy[Any] = st.sampled_from(
    [None, True, False, 0, -1, 2**70, 1.5, float("nan"), float("inf"), "", "x", "PURCHASE", [], {}, *DECIMALS]
)


@pytest.mark.parametrize("name", REQUEST_MODELS)
@settings(max_examples=80, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_the_straight_line_reading_is_the_general_one(name: str, data: st.DataObject) -> None:
    """`_from_wire` (generated, for plain wire dicts) builds exactly what the general path builds, or leaves the
    input to it: same models, same wire values, same refusals; on a schema-valid body, and on one with any one of
    its values (at any depth) replaced by another JSON value."""
    cls = getattr(models, name)
    payload = data.draw(from_schema(_schema_of(name)))
    slots = _slots(payload)
    replace: bool = data.draw(st.booleans())
    if slots and replace:
        container, key = data.draw(st.sampled_from(slots))
        container[key] = data.draw(LEAVES | JSON)
    assert _read(cls, payload) == _read(cls, _not_dicts(payload))


@pytest.mark.parametrize("amount", DECIMALS, ids=str)
def test_the_straight_line_reader_takes_a_files_decimal_amounts_and_only_finite_ones(amount: Decimal) -> None:
    # A file's amounts are Decimals: the one-pass reader must take them (the general path costs twice as much), and
    # must leave a NaN or an infinity to the general path, which refuses it.
    payload = _order_files._decode(json.dumps(load(EXAMPLES / "valid" / "order_confirmation.json")))
    payload["items"][0]["grossPaidPrice"] = amount
    if amount.is_finite():
        assert models.Order._from_wire(payload) is not None
    else:
        assert models.Order._from_wire(payload) is None
        with pytest.raises(RequestValidationError):
            models.Order.from_dict(payload)
