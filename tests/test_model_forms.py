"""Models leave the SDK easily: `to_json()` (exact amounts, ISO 8601 dates, lossless back) and a repr that shows
what is set."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES
from voyado_engage._model import Model
from voyado_engage.models import Order, OrderItem, Receipt

pytestmark = pytest.mark.quick

BODIES: list[tuple[type[Model], Path]] = [
    *((Order, path) for path in sorted((EXAMPLES / "valid").glob("*.json"))),
    *((Receipt, path) for path in sorted((EXAMPLES / "receipts" / "valid").glob("*.json"))),
    *((Receipt, path) for path in sorted((EXAMPLES / "voyado").glob("*.json"))),
]


@pytest.mark.parametrize(("cls", "path"), BODIES, ids=lambda value: getattr(value, "stem", ""))
def test_to_json_is_plain_json_and_reads_back_to_the_same_model(cls: type[Model], path: Path) -> None:
    model = cls.from_dict(json.loads(path.read_text(encoding="utf-8"), parse_float=Decimal))
    text = model.to_json()
    assert json.loads(text) == json.loads(text, parse_float=float)  # plain JSON, no Decimal needed to read it
    assert cls.from_dict(json.loads(text, parse_float=Decimal)) == model
    assert json.loads(model.to_json(indent=True)) == json.loads(text) and "\n  " in model.to_json(indent=True)


def test_amounts_and_dates_keep_their_text() -> None:
    order = Order.from_dict(
        json.loads((EXAMPLES / "valid" / "order_confirmation.json").read_text(), parse_float=Decimal)
        | {"totalGrossPrice": Decimal("596.00"), "createdDate": "2024-05-02T14:03:11.120+02:00"}
    )
    text = order.to_json()
    assert '"totalGrossPrice":596.00' in text and '"createdDate":"2024-05-02T14:03:11.120+02:00"' in text


def test_a_repr_shows_only_what_is_set() -> None:
    item = OrderItem(type_="PURCHASE", sku="S1", quantity=1, gross_paid_price=Decimal("9.90"), description="Socks")
    shown = repr(item)
    assert shown.startswith("OrderItem(type_=") and "sku='S1'" in shown and "gross_paid_price=Decimal('9.90')" in shown
    assert "UNSET" not in shown and "tax_amount" not in shown and "additional_properties" not in shown
    item["giftWrap"] = True
    assert repr(item).endswith("additional_properties={'giftWrap': True})")
    assert repr(OrderItem.__new__(OrderItem)) == "OrderItem()"  # never raises, even half-built


@pytest.mark.parametrize(
    ("field", "value", "path"),
    [
        ("total_gross_price", float("nan"), "totalGrossPrice"),
        ("order_number", None, "orderNumber"),
        ("items", "not a list", ""),
        ("currency", ["SEK"], "currency"),
    ],
)
def test_a_model_changed_after_it_was_built_is_checked_before_it_is_sent(field: str, value: object, path: str) -> None:
    import httpx  # noqa: PLC0415

    from voyado_engage import RequestValidationError, VoyadoEngage  # noqa: PLC0415

    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(202)

    http = httpx.Client(transport=httpx.MockTransport(answer))
    order = Order.from_dict(json.loads((EXAMPLES / "valid" / "order_confirmation.json").read_text()))
    setattr(order, field, value)
    sdk = VoyadoEngage(api_key="k", base_url="https://tenant.example", http_client=http)
    with sdk, pytest.raises(RequestValidationError) as caught:
        sdk.orders.register(request_body=order)
    assert [problem.path for problem in caught.value.errors] == [path] and sent == []


@pytest.mark.parametrize(("cls", "path"), BODIES, ids=lambda value: getattr(value, "stem", ""))
def test_the_wire_check_agrees_with_the_reader(cls: type[Model], path: Path) -> None:
    """`_check_wire` (what a model's sent form is checked with) passes exactly what `_from_wire` reads as it is."""
    wire = cls.from_dict(json.loads(path.read_text(encoding="utf-8"), parse_float=Decimal)).to_dict()
    assert cls._check_wire(wire) == (cls._from_wire(wire) is not None)  # False with unknown keys: read in full
    for key in wire:
        for wrong in (None, [1], {"x": 1}, float("inf"), "text", True):
            changed = {**wire, key: wrong}
            assert cls._check_wire(changed) == (cls._from_wire(changed) is not None), (key, wrong)


def test_a_model_of_another_type_is_refused_as_a_body() -> None:
    import httpx  # noqa: PLC0415

    from voyado_engage import RequestValidationError, VoyadoEngage  # noqa: PLC0415

    receipt = Receipt.from_dict(json.loads((EXAMPLES / "receipts" / "valid" / "purchase.json").read_text()))
    http = httpx.Client(transport=httpx.MockTransport(lambda request: httpx.Response(202)))
    sdk = VoyadoEngage(api_key="k", base_url="https://tenant.example", http_client=http)
    with sdk, pytest.raises(RequestValidationError):
        sdk.orders.register(request_body=receipt)  # type: ignore[arg-type]
