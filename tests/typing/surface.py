"""Typing tests, typeshed style: `make typecheck` runs mypy --strict and pyright (strict) on this file; nothing runs it.

`assert_type` lines pin what the SDK declares. Each line that ends in `# type: ignore[...]` is a mistake a user
could make, and must be rejected: both checkers report an ignore comment that suppresses nothing (mypy's
`warn_unused_ignores`, pyright's `reportUnnecessaryTypeIgnoreComment`), so a mistake that stops being an error fails
the check. A mistake sits on one line, because mypy reports a dict item where pyright reports the whole dict.
"""

from __future__ import annotations

import datetime
from collections.abc import AsyncIterator, Iterator
from decimal import Decimal
from typing import Any, assert_type

import httpx

from voyado_engage import APIResponse, AsyncVoyadoEngage, Environment, VoyadoEngage
from voyado_engage.models import (
    ApiStore,
    ApiStoreParam,
    IApiContact,
    Order,
    OrderContactParam,
    OrderItemParam,
    OrderItemType,
    OrderParam,
    StatusCodeResult,
    TransactionItem,
)

CONTACT: OrderContactParam = {"matchKey": "jane.doe@example.com", "matchKeyType": "Email"}
ITEM: OrderItemParam = {
    "type": "PURCHASE",
    "sku": "CAP-01",
    "description": "Cap",
    "quantity": 1,
    "grossPaidPrice": Decimal("149.00"),
    "taxAmount": Decimal("29.80"),
}
ORDER: OrderParam = {
    "contact": CONTACT,
    "orderNumber": "100045",
    "orderStatus": "Confirmed",
    "paymentStatus": "Paid",
    "createdDate": "2024-05-02T14:03:11+02:00",
    "storeId": "ECOM-SE",
    "currency": "SEK",
    "totalGrossPrice": Decimal("149.00"),
    "totalTax": 29.8,
    "items": [ITEM, {**ITEM, "type": OrderItemType.RETURN, "quantity": -1}],
    "freightFee": {"value": 0, "tax": 0},
    "language": None,  # an optional key may be None: the SDK leaves it out
}


def constructors() -> None:
    sdk = VoyadoEngage(api_key="k", base_url="https://acme.voyado.com", timeout=30.0, max_retries=2)
    assert_type(sdk.timeout, httpx.Timeout)
    assert_type(sdk.max_retries, int)
    assert_type(sdk.with_options(timeout=5, max_retries=0), VoyadoEngage)
    assert_type(AsyncVoyadoEngage(api_key="k", tenant="acme").with_options(timeout=5), AsyncVoyadoEngage)
    VoyadoEngage(access_token="k", base_url=Environment.DEFAULT.value, default_headers={"X-Shop": "1"})
    VoyadoEngage(http_client=httpx.Client(), timeout=httpx.Timeout(5.0))

    VoyadoEngage(api_kye="k")  # type: ignore[call-arg]
    VoyadoEngage(timeout="30")  # type: ignore[arg-type]
    VoyadoEngage(max_retries="2")  # type: ignore[arg-type]
    VoyadoEngage(default_headers={"X-Shop": 1})  # type: ignore[dict-item]
    VoyadoEngage(http_client=httpx.AsyncClient())  # type: ignore[arg-type]
    sdk.with_options(timeoutt=5)  # type: ignore[call-arg]
    sdk.with_options(max_retries="2")  # type: ignore[arg-type]


def dict_bodies(sdk: VoyadoEngage) -> None:
    assert_type(sdk.orders.register(request_body=ORDER), StatusCodeResult)
    assert_type(sdk.orders.register(request_body={**ORDER, "items": [ITEM]}), StatusCodeResult)

    sdk.orders.register(request_body={**ORDER, "orderNumber": 1})  # type: ignore[arg-type]
    sdk.orders.register(request_body={**ORDER, "ordernumber": "1"})  # type: ignore[arg-type]
    sdk.orders.register(request_body={**ORDER, "contact": {"matchKye": "x", "matchKeyType": "Email"}})  # type: ignore[arg-type]
    sdk.orders.register(request_body={**ORDER, "contact": {"matchKey": "x", "matchKeyType": "Emial"}})  # type: ignore[arg-type]
    sdk.orders.register(request_body={**ORDER, "items": [{**ITEM, "type": "GIFT"}]})  # type: ignore[arg-type]
    sdk.orders.register(request_body={**ORDER, "items": [{**ITEM, "quantity": "1"}]})  # type: ignore[arg-type]
    sdk.orders.register(request_body={**ORDER, "totalGrossPrice": "149.00"})  # type: ignore[arg-type]
    sdk.orders.register(request_body={**ORDER, "createdDate": datetime.date(2024, 5, 2)})  # type: ignore[arg-type]
    sdk.orders.register(request_body={"orderNumber": "1"})  # type: ignore[arg-type]
    sdk.stores.create(request_body={"name": "Main street", "countryCode": 46})  # type: ignore[arg-type]


def model_bodies(sdk: VoyadoEngage) -> None:
    order = Order(
        contact=CONTACT,
        order_number="100045",
        order_status="Confirmed",
        payment_status="Paid",
        created_date=datetime.datetime(2024, 5, 2, 14, 3, 11, tzinfo=datetime.UTC),
        store_id="ECOM-SE",
        currency="SEK",
        total_gross_price=Decimal("149.00"),
        items=[ITEM],
    )
    assert_type(sdk.orders.register(request_body=order), StatusCodeResult)
    assert_type(Order.from_dict(ORDER), Order)
    assert_type(order.to_dict(), dict[str, Any])
    store: ApiStoreParam = {"name": "Main street", "externalId": "STORE12", "countryCode": "SE"}
    assert_type(sdk.stores.create(request_body=ApiStore.from_dict(store)), ApiStore)

    Order(
        contact=CONTACT,
        order_number=1,  # type: ignore[arg-type]
        order_status="Confirmed",
        payment_status="Paid",
        created_date=datetime.datetime(2024, 5, 2, 14, 3, 11),
        store_id="ECOM-SE",
        currency="SEK",
        total_gross_price=Decimal("149.00"),
        items=[{**ITEM, "sku": None}],  # type: ignore[list-item]
    )
    Order.from_dict(order)  # type: ignore[arg-type]


def methods_and_results(sdk: VoyadoEngage) -> None:
    assert_type(sdk.contacts.get_by_id("c1"), IApiContact)
    assert_type(sdk.contacts.list_transactions_iter("c1", page_size=100), Iterator[TransactionItem])
    assert_type(sdk.stores.list(), list[ApiStore])
    assert_type(sdk.orders.with_raw_response.register(request_body=ORDER), APIResponse[StatusCodeResult])
    assert_type(sdk.orders.register(request_body=ORDER, timeout=5, max_retries=0), StatusCodeResult)

    sdk.orders.registr(request_body=ORDER)  # type: ignore[attr-defined]
    sdk.orders.register(request_body=ORDER, timeoutt=5)  # type: ignore[call-arg]
    sdk.orders.register(ORDER)  # type: ignore[call-arg]
    sdk.contacts.get_by_id(contact_id=1)  # type: ignore[arg-type]


def published_names(sdk: VoyadoEngage) -> None:
    """The names of Voyado's published SDK are the same methods, typed the same."""
    assert_type(sdk.orders.orders_register_order(request_body=ORDER), StatusCodeResult)
    assert_type(sdk.contacts.contacts_v_get_contact_by_id("c1"), IApiContact)
    assert_type(sdk.orders.with_raw_response.orders_register_order(request_body=ORDER), APIResponse[StatusCodeResult])
    sdk.orders.orders_register_order(request_body={**ORDER, "orderNumber": 1})  # type: ignore[arg-type]


async def asynchronous(sdk: AsyncVoyadoEngage) -> None:
    assert_type(await sdk.orders.register(request_body=ORDER), StatusCodeResult)
    assert_type(sdk.contacts.list_transactions_iter("c1"), AsyncIterator[TransactionItem])
    await sdk.orders.register(request_body={**ORDER, "currency": None})  # type: ignore[arg-type]
