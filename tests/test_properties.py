"""Property tests: orders generated from the spec's own Order schema, and arbitrary JSON thrown at the models."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

from tests.conftest import spec_document
from voyado_engage import RequestValidationError
from voyado_engage.models import Order


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
