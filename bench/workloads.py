"""Orders of a given size whose totals add up, in wire form (what a shop system would have as JSON)."""

from __future__ import annotations

from typing import Any


def order(items: int, number: int = 1) -> dict[str, Any]:
    lines = []
    for index in range(items):
        lines.append(
            {
                "type": "PURCHASE",
                "sku": f"SKU-{index:04d}",
                "description": f"Article {index}",
                "quantity": 2,
                "grossPaidPrice": 398.0,
                "grossPaidPricePerUnit": 199.0,
                "taxAmount": 79.6,
                "taxPercent": 25,
                "originalPrice": 398.0,
                "originalPricePerUnit": 199.0,
                "imageUrl": f"https://cdn.example.com/{index}.jpg",
            }
        )
    gross = round(398.0 * items + 49.0, 2)
    tax = round(79.6 * items + 9.8, 2)
    return {
        "contact": {"matchKey": "jane.doe@example.com", "matchKeyType": "Email"},
        "orderNumber": f"B-{number:06d}",
        "orderStatus": "Confirmed",
        "paymentStatus": "Paid",
        "language": "sv-SE",
        "createdDate": "2024-05-02T14:03:11+02:00",
        "storeId": "ECOM-SE",
        "currency": "SEK",
        "totalGrossPrice": gross,
        "totalTax": tax,
        "paymentMethods": [{"type": "card", "description": "Visa", "value": gross}],
        "items": lines,
        "freightFee": {"value": 49.0, "tax": 9.8, "taxPercent": 25},
    }
