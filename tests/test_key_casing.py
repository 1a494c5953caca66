"""Keys in any casing, as Voyado's ASP.NET server binds them: read wherever a body is checked, sent in the spec's
casing, refused when one field is given twice; free-form maps keep their keys as given."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from voyado_engage import RequestValidationError, VoyadoEngage, validate_order
from voyado_engage._bulk import in_order_by
from voyado_engage._fields import ListOf, ModelOf
from voyado_engage._identity import order_identity
from voyado_engage._model import Model
from voyado_engage.models import ErrorBody, Order, ProductViewApiModel

pytestmark = pytest.mark.quick

EXAMPLES = Path(__file__).resolve().parent.parent / "openapi" / "examples"
ORDERS = sorted((EXAMPLES / "valid").glob("*.json"))


def order_payload(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def recased(cls: type[Model], data: Any, casing: st.DataObject) -> Any:
    """`data` with each key of a declared property in a casing drawn by `casing` (nested models too); the keys of
    free-form maps are left as they are."""
    if not isinstance(data, dict):
        return data
    fields = {field.wire: field for field in cls._fields}
    result = {}
    for key, value in data.items():
        field = fields.get(key)
        if field is None:
            result[key] = value
            continue
        flips = casing.draw(st.lists(st.booleans(), min_size=len(key), max_size=len(key)))
        new_key = "".join(c.swapcase() if flip else c for c, flip in zip(key, flips, strict=True))
        kind = field.kind.item if isinstance(field.kind, ListOf) else field.kind
        if isinstance(kind, ModelOf):
            nested = getattr(__import__("voyado_engage.models", fromlist=[kind.name]), kind.name)
            value = (
                [recased(nested, v, casing) for v in value]
                if isinstance(value, list)
                else recased(nested, value, casing)
            )
        result[new_key] = value
    return result


@settings(max_examples=40, deadline=None)
@given(path=st.sampled_from(ORDERS), casing=st.data())
def test_an_order_in_any_key_casing_is_the_same_order(path: Path, casing: st.DataObject) -> None:
    original = order_payload(path)
    other = recased(Order, original, casing)
    assert Order.from_dict(other).to_dict() == Order.from_dict(original).to_dict()  # sent in the spec's casing
    assert order_identity(Order.from_dict(other)) == order_identity(Order.from_dict(original))  # the journal's
    assert validate_order(other) == validate_order(original)
    assert in_order_by("orderNumber")(other) == in_order_by("orderNumber")(original) is not None


def test_free_form_keys_are_kept_as_given() -> None:
    payload = order_payload(EXAMPLES / "valid" / "extra_data_and_unknown_fields.json")
    payload.pop("extraData", None)
    payload["ExtraData"] = {"GiftWrap": True, "giftwrap": False}
    wire = Order.from_dict(payload).to_dict()
    assert wire["extraData"] == {"GiftWrap": True, "giftwrap": False}
    assert "ExtraData" not in wire


def recording_client() -> tuple[VoyadoEngage, list[Any]]:
    """A client whose transport records each request body instead of sending it."""
    sent: list[Any] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(json.loads(request.content))
        return httpx.Response(200, json={})

    http = httpx.Client(transport=httpx.MockTransport(answer))
    return VoyadoEngage(api_key="k", base_url="https://tenant.example", http_client=http), sent


@pytest.mark.parametrize(
    ("twice", "given_as"),
    [
        ({"orderNumber": "1", "OrderNumber": "2"}, "OrderNumber"),
        ({"orderNumber": "1", "order_number": "2"}, "order_number"),
    ],
)
def test_one_field_given_twice_is_refused_with_every_other_problem(twice: dict[str, str], given_as: str) -> None:
    payload = order_payload(ORDERS[0])
    del payload["orderNumber"]
    payload["currency"] = ["SEK"]
    sdk, sent = recording_client()
    with sdk, pytest.raises(RequestValidationError) as caught:
        body: Any = {**payload, **twice}
        sdk.orders.register(request_body=body)
    problems = {(problem.path, problem.rule) for problem in caught.value.errors}
    assert (given_as, "duplicate-key") in problems
    assert any(path == "currency" for path, _ in problems)
    assert sent == []


def test_fields_that_differ_only_in_casing_are_each_read_exactly() -> None:
    """An error body declares both `Message` (ASP.NET's) and `message`: each is its own field."""
    body = ErrorBody.from_dict({"Message": "upper", "message": "lower", "ERRORCODE": "E1"})
    assert (body.Message, body.message, body.error_code) == ("upper", "lower", "E1")


def test_a_look_alike_letter_is_not_a_casing() -> None:
    # U+0131 (dotless i) upper-cases to "I" and U+212A (Kelvin sign) lower-cases to "k": neither is an ASCII casing.
    for key in ("\u0131temId", "\u0130temId"):
        with pytest.raises(RequestValidationError, match="itemId"):
            ProductViewApiModel.from_dict({key: "sku-1", "contactId": "c-1"})


def test_the_tracking_tag_body_is_read_and_sent_in_the_spec_casing() -> None:
    """A server-side tag sends product views and carts in PascalCase; both are checked the same way and sent as
    the spec spells them."""
    view: Any = {"ItemId": "sku-1", "ContactId": "c-1", "SessionId": "s"}
    cart: Any = {"CartReference": "cart-1", "ContactId": "c-1", "Items": [{"Sku": "sku-1", "Quantity": 2}]}
    no_contact: Any = {"ItemId": "sku-1"}
    bad_quantity: Any = {"CartReference": "c", "Items": [{"Sku": "s", "QUANTITY": "two"}]}
    sdk, sent = recording_client()
    with sdk:
        sdk.tracking.register_product_view(request_body=view)
        sdk.tracking.register_cart(request_body=cart)
        with pytest.raises(RequestValidationError, match="contactId"):
            sdk.tracking.register_product_view(request_body=no_contact)
        with pytest.raises(RequestValidationError, match="quantity"):
            sdk.tracking.register_cart(request_body=bad_quantity)
    assert sent == [
        {"itemId": "sku-1", "contactId": "c-1", "sessionId": "s"},
        {"cartReference": "cart-1", "contactId": "c-1", "items": [{"sku": "sku-1", "quantity": 2}]},
    ]


def test_a_declared_field_cannot_come_back_as_an_unknown_one() -> None:
    """`additional_properties` (and `model[key] = ...`) may not carry a declared field in any casing: it would reach
    Voyado as that field a second time, unchecked."""
    payload = order_payload(ORDERS[0])
    fields = {field.python: getattr(Order.from_dict(payload), field.python) for field in Order._fields}
    with pytest.raises(RequestValidationError) as caught:
        Order(**fields, additional_properties={"OrderNumber": "2", "Items": []})
    assert {("OrderNumber", "duplicate-key"), ("Items", "duplicate-key")} <= {
        (p.path, p.rule) for p in caught.value.errors
    }
    order = Order.from_dict(payload)
    with pytest.raises(RequestValidationError, match="order_number"):
        order["ORDERNUMBER"] = "2"
    order["giftWrap"] = True
    assert order.to_dict()["giftWrap"] is True and order.to_dict()["orderNumber"] == payload["orderNumber"]


def test_a_bulk_item_keeps_its_order_by_its_python_name_too() -> None:
    payload = order_payload(ORDERS[0])
    number = payload["orderNumber"]
    key = in_order_by("orderNumber", "order_number")
    assert key({"order_number": number}) == key({"ORDERNUMBER": number}) == key(Order.from_dict(payload)) == number
