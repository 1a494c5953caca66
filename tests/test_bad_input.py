"""A corpus of malformed orders: each one ends in a clear SDK error, and none produces a request."""

from __future__ import annotations

import copy
import math
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import httpx
import pytest

from tests.conftest import API_KEY, EXAMPLES, load
from voyado_engage import RequestValidationError, VoyadoEngage
from voyado_engage.models import Order

pytestmark = pytest.mark.quick

VALID = load(EXAMPLES / "valid" / "order_confirmation.json")
HUGE = "x" * (10 * 1024 * 1024)
Mutation = Callable[[dict[str, Any]], None]


def setter(path: str, value: Any) -> Mutation:
    """Set a dotted path (`items.0.sku`) to a value."""

    def mutate(order: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target: Any = order
        for part in parents:
            target = target[int(part)] if isinstance(target, list) else target[part]
        if isinstance(target, list):
            target[int(last)] = value
        else:
            target[last] = value

    return mutate


def deleter(path: str) -> Mutation:
    def mutate(order: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target: Any = order
        for part in parents:
            target = target[int(part)] if isinstance(target, list) else target[part]
        del target[last]

    return mutate


def nested(depth: int) -> dict[str, Any]:
    root: dict[str, Any] = {}
    node = root
    for _ in range(depth):
        node["next"] = {}
        node = node["next"]
    return root


REQUIRED = [
    "contact",
    "orderNumber",
    "orderStatus",
    "paymentStatus",
    "createdDate",
    "storeId",
    "currency",
    "totalGrossPrice",
    "items",
    "contact.matchKey",
    "contact.matchKeyType",
    "items.0.type",
    "items.0.sku",
    "items.0.quantity",
    "items.0.grossPaidPrice",
    "items.0.description",
    "items.1.discounts.0.value",
    "paymentMethods.0.type",
    "paymentMethods.0.value",
    "freightFee.value",
]

WRONG: dict[str, tuple[str, Any]] = {
    "order-number-float": ("orderNumber", 100045.5),
    "order-status-null": ("orderStatus", None),
    "payment-status-list": ("paymentStatus", ["Paid"]),
    "created-date-number": ("createdDate", 20240502),
    "created-date-no-offset": ("createdDate", "2024-05-02T14:03:11"),
    "created-date-date-only": ("createdDate", "2024-05-02"),
    "created-date-us-style": ("createdDate", "05/02/2024 2:03 PM"),
    "created-date-month-13": ("createdDate", "2024-13-02T14:03:11+02:00"),
    "created-date-huge": ("createdDate", HUGE),
    "store-id-object": ("storeId", {"id": "ECOM-SE"}),
    "currency-bool": ("currency", True),
    "total-comma-string": ("totalGrossPrice", "596,00"),
    "total-bool": ("totalGrossPrice", True),
    "total-nan": ("totalGrossPrice", math.nan),
    "total-infinity": ("totalGrossPrice", math.inf),
    "total-minus-infinity": ("totalGrossPrice", -math.inf),
    "total-1e400": ("totalGrossPrice", float("1e400")),
    "total-decimal-nan": ("totalGrossPrice", Decimal("NaN")),
    "total-decimal-infinity": ("totalGrossPrice", Decimal("Infinity")),
    "total-huge-string": ("totalGrossPrice", HUGE),
    "tax-list": ("totalTax", [119.2]),
    "items-object": ("items", {"sku": "TS-001-M"}),
    "items-string": ("items", "TS-001-M"),
    "items-of-numbers": ("items", [1, 2]),
    "items-of-lists": ("items", [[]]),
    "item-null": ("items.0", None),
    "contact-list": ("contact", []),
    "contact-string": ("contact", "jane.doe@example.com"),
    "match-key-type-wrong": ("contact.matchKeyType", "Phone"),
    "match-key-type-empty": ("contact.matchKeyType", ""),
    "match-key-type-huge": ("contact.matchKeyType", HUGE),
    "item-type-gift": ("items.0.type", "GIFT"),
    "item-type-padded": ("items.0.type", "PURCHASE "),
    "item-quantity-string": ("items.0.quantity", "two"),
    "discount-positive": ("items.1.discounts.0.value", 50.0),
    "discount-below-int32": ("items.1.discounts.0.value", -3e9),
    "discounts-object": ("items.1.discounts", {"value": -50}),
    "discounted-int": ("items.1.discounted", 1),
    "freight-fee-number": ("freightFee", 49.0),
    "freight-fee-list": ("freightFee", [49.0]),
    "tax-details-object": ("taxDetails", {"value": 119.2}),
    "payment-null-entry": ("paymentMethods", [None]),
    "any-return-items-string": ("anyReturnItems", "yes"),
    "extra-data-list": ("extraData", ["campaign"]),
    "extra-data-string": ("extraData", "campaign"),
    "extra-data-too-deep": ("extraData", nested(200)),
    "unknown-field-too-deep": ("fulfilment", nested(200)),
    "exchange-rate-string": ("exchangeRateToGroupCurrency", "1,0"),
}

BUSINESS: dict[str, Mutation] = {
    "gross-total-off": setter("totalGrossPrice", 600.0),
    "tax-total-off": setter("totalTax", 100.0),
    "fee-not-counted": setter("freightFee.value", 0.0),
    "float-trap": setter("totalGrossPrice", 596.02),
}

CORPUS: dict[str, Mutation] = {
    **{f"missing-{path}": deleter(path) for path in REQUIRED},
    **{name: setter(path, value) for name, (path, value) in WRONG.items()},
    **BUSINESS,
}


def test_the_corpus_is_large_enough() -> None:
    assert len(CORPUS) >= 50


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_malformed_order_gives_a_clear_error_and_sends_nothing(name: str) -> None:
    payload = copy.deepcopy(VALID)
    CORPUS[name](payload)
    requests: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return httpx.Response(202)

    http = httpx.Client(transport=httpx.MockTransport(answer))
    with pytest.raises(RequestValidationError) as caught:
        order = Order.from_dict(payload)
        with VoyadoEngage(api_key=API_KEY, base_url="https://acme.voyado.com", http_client=http) as sdk:
            sdk.orders.orders_register_order(request_body=order)
    assert requests == []
    message = str(caught.value)
    assert caught.value.errors and len(message) < 2000, message[:300]
    assert all(problem.message for problem in caught.value.errors)
