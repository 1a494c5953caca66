"""Send an order confirmation through `VoyadoEngage`, then show an invalid order caught before sending.

Run it against any Voyado: `VOYADO_BASE_URL`, `VOYADO_API_KEY` and `VOYADO_USER_AGENT` configure the client.
`make demo` runs it against a local mock.
"""

from __future__ import annotations

from decimal import Decimal

from voyado_engage import RequestValidationError, VoyadoEngage
from voyado_engage.models import Order


def order_confirmation(total_gross_price: Decimal = Decimal("596.00")) -> Order:
    return Order(
        contact={"match_key": "jane.doe@example.com", "match_key_type": "Email"},
        order_number="100045",
        order_status="Confirmed",
        payment_status="Paid",
        language="sv-SE",
        created_date="2024-05-02T14:03:11+02:00",
        store_id="ECOM-SE",
        currency="SEK",
        total_gross_price=total_gross_price,
        total_tax=Decimal("119.20"),
        items=[
            {
                "type_": "PURCHASE",
                "sku": "TS-001-M",
                "description": "T-shirt, M",
                "quantity": 2,
                "gross_paid_price": Decimal("398.00"),
                "gross_paid_price_per_unit": Decimal("199.00"),
                "tax_amount": Decimal("79.60"),
                "tax_percent": 25,
            },
            {
                "type_": "PURCHASE",
                "sku": "CAP-01",
                "description": "Cap",
                "quantity": 1,
                "gross_paid_price": Decimal("149.00"),
                "gross_paid_price_per_unit": Decimal("149.00"),
                "tax_amount": Decimal("29.80"),
                "tax_percent": 25,
            },
        ],
        freight_fee={"value": Decimal("49.00"), "tax": Decimal("9.80"), "tax_percent": 25},
    )


def main() -> None:
    with VoyadoEngage(user_agent="VoyadoEngageSdkExample/1.0") as sdk:
        print(f"client: {sdk!r}")
        response = sdk.orders.with_raw_response.register(request_body=order_confirmation())
        print(f"sent order 100045: HTTP {response.status_code}, result {response.parsed.to_dict()}")

        try:
            sdk.orders.register(request_body=order_confirmation(total_gross_price=Decimal("600.00")))
        except RequestValidationError as error:
            print(f"invalid order caught before sending: {error}")
        else:
            raise SystemExit("the invalid order was not caught")


if __name__ == "__main__":
    main()
