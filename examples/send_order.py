"""Send an order confirmation through `VoyadoEngage`, then show an invalid order caught before sending.

Run it against any Voyado: `VOYADO_BASE_URL`, `VOYADO_API_KEY` and `VOYADO_USER_AGENT` configure the client.
`make demo` runs it against a local mock.
"""

from __future__ import annotations

from decimal import Decimal

from voyado_engage import RequestValidationError, VoyadoEngage
from voyado_engage.models import OrderParam


def order_confirmation(total_gross_price: Decimal = Decimal("596.00")) -> OrderParam:
    """An order as a plain dict with the wire keys: `OrderParam` makes the type checker check every key."""
    return {
        "contact": {"matchKey": "jane.doe@example.com", "matchKeyType": "Email"},
        "orderNumber": "100045",
        "orderStatus": "Confirmed",
        "paymentStatus": "Paid",
        "language": "sv-SE",
        "createdDate": "2024-05-02T14:03:11+02:00",
        "storeId": "ECOM-SE",
        "currency": "SEK",
        "totalGrossPrice": total_gross_price,
        "totalTax": Decimal("119.20"),
        "items": [
            {
                "type": "PURCHASE",
                "sku": "TS-001-M",
                "description": "T-shirt, M",
                "quantity": 2,
                "grossPaidPrice": Decimal("398.00"),
                "grossPaidPricePerUnit": Decimal("199.00"),
                "taxAmount": Decimal("79.60"),
                "taxPercent": 25,
            },
            {
                "type": "PURCHASE",
                "sku": "CAP-01",
                "description": "Cap",
                "quantity": 1,
                "grossPaidPrice": Decimal("149.00"),
                "grossPaidPricePerUnit": Decimal("149.00"),
                "taxAmount": Decimal("29.80"),
                "taxPercent": 25,
            },
        ],
        "freightFee": {"value": Decimal("49.00"), "tax": Decimal("9.80"), "taxPercent": 25},
    }


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
