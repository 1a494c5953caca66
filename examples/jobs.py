"""The common jobs of a shop integration, one function each; `python -m examples.jobs` runs them all against the
fake Voyado (`voyado_engage.testing`), and the tests run each one (tests/test_examples.py).

Each takes a client, so the same code runs against Voyado: `VoyadoEngage()` reads `VOYADO_API_KEY`,
`VOYADO_BASE_URL` (or `VOYADO_TENANT`) and `VOYADO_USER_AGENT`.
"""

from __future__ import annotations

import asyncio
from decimal import Decimal

from voyado_engage import AsyncVoyadoEngage, ConflictError, Delivery, NotFoundError, VoyadoEngage
from voyado_engage.models import ContactFields, OrderItemParam, OrderParam, PointTransactionToAccountParam


# --8<-- [start:lookup]
def look_up_or_create_contact(sdk: VoyadoEngage, email: str, first_name: str) -> str:
    """The contact's id: looked up by e-mail first, as Voyado asks, and created only when there is none."""
    try:
        return sdk.contacts.get_id(email=email)
    except NotFoundError:
        contact = ContactFields(email=email, first_name=first_name, preferences={"acceptsEmail": True})
        created = sdk.contacts.create(request_body=contact, source="e-com", store_external_id="ECOM-SE")
        assert isinstance(created.id, str), "Voyado answers a new contact with its id"
        return created.id
    except ConflictError as several:  # more than one contact has this e-mail: take the first, or ask a person
        return several.matching_contact_ids[0]


# --8<-- [end:lookup]


# --8<-- [start:order]
def order(number: str, status: str, item_type: str = "PURCHASE", quantity: int = 1) -> OrderParam:
    """An order as a plain dict with the wire keys (the type checker checks each); amounts as Decimal."""
    price = Decimal("199.00") * abs(quantity)
    line: OrderItemParam = {
        "type": item_type,  # type: ignore[typeddict-item]  # PURCHASE or RETURN, given by the caller
        "sku": "TS-001-M",
        "description": "T-shirt, M",
        "quantity": quantity,
        "grossPaidPrice": price,
        "taxAmount": price / 5,
        "taxPercent": 25,
    }
    return {
        "contact": {"matchKey": "jane.doe@example.com", "matchKeyType": "Email"},
        "orderNumber": number,
        "orderStatus": status,
        "paymentStatus": "Paid",
        "language": "sv-SE",
        "createdDate": "2024-05-02T14:03:11+02:00",
        "storeId": "ECOM-SE",
        "currency": "SEK",
        "totalGrossPrice": price,
        "items": [line],
    }


# --8<-- [end:order]


# --8<-- [start:order_then_return]
def register_order_then_return(sdk: VoyadoEngage, number: str) -> None:
    """The confirmation e-mail, then the return's: two steps of one order, each sent once (Voyado does not check
    duplicates, so an order is never sent again after an error that leaves its delivery unknown)."""
    sdk.orders.register(request_body=order(number, "Confirmed"))
    sdk.orders.register(request_body=order(number, "Returned", item_type="RETURN"))


# --8<-- [end:order_then_return]


# --8<-- [start:points]
def add_points_safely(sdk: VoyadoEngage, contact_id: str, reason: str) -> None:
    """Points added once even when the call is resent: the `Idempotency-Key` names the business event, so a
    second run (after a crash, say) repeats the key and Voyado applies it once."""
    rows: list[PointTransactionToAccountParam] = [
        {"contactId": contact_id, "amount": 100, "definitionId": 1, "source": "webshop", "description": reason}
    ]
    sdk.point_accounts.add_transactions(request_body=rows, idempotency_key=f"{contact_id}:{reason}")


# --8<-- [end:points]


# --8<-- [start:paging]
def total_spent(sdk: VoyadoEngage, contact_id: str) -> Decimal:
    """The sum of a contact's purchases, page by page: the iterator fetches 100 at a time as it goes."""
    return sum(
        (
            Decimal(str(item.local_net_price_sum))
            for item in sdk.contacts.list_transactions_iter(contact_id)
            if item.local_net_price_sum
        ),
        Decimal(0),
    )


# --8<-- [end:paging]


# --8<-- [start:backlog]
async def send_backlog(sdk: AsyncVoyadoEngage, numbers: list[str]) -> dict[str, Delivery]:
    """Many orders at Voyado's pace, several in flight; each order's outcome as it completes."""
    outcomes = {}
    async with sdk.orders.register_many(order(number, "Confirmed") for number in numbers) as sending:
        async for outcome in sending:
            outcomes[str(outcome.item["orderNumber"])] = outcome.delivery
    return outcomes


# --8<-- [end:backlog]


def main() -> None:
    from voyado_engage.testing import FakeVoyado  # noqa: PLC0415 - only this demonstration runs on the fake

    fake = FakeVoyado()
    with fake.client() as sdk:
        contact_id = look_up_or_create_contact(sdk, "jane.doe@example.com", "Jane")
        print(f"contact {contact_id}; looked up again: {look_up_or_create_contact(sdk, 'jane.doe@example.com', 'J')}")
        register_order_then_return(sdk, "100045")
        print(f"orders sent: {[each['orderStatus'] for each in fake.orders]}")
        add_points_safely(sdk, contact_id, "welcome")
        add_points_safely(sdk, contact_id, "welcome")  # resent: applied once
        print(f"points: {[account['balance'] for account in fake.point_accounts.values()]}")

    async def backlog() -> dict[str, Delivery]:
        async with fake.async_client() as sdk:
            return await send_backlog(sdk, ["A-1", "A-2", "A-3"])

    print(f"backlog: {asyncio.run(backlog())}")


if __name__ == "__main__":
    main()
