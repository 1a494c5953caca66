"""Smoke test of an installed wheel, run from outside the project: import, build an order, send it to a server.

Run with the interpreter of a fresh virtualenv that has only the wheel installed.
"""

from __future__ import annotations

import json
import sys
import threading
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import voyado_engage
from voyado_engage import VoyadoEngage
from voyado_engage.models import Order

received: list[dict[str, object]] = []


class Handler(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", "0"))
        received.append(json.loads(self.rfile.read(length)))
        self.send_response(202)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        return


def main() -> int:
    location = Path(voyado_engage.__file__).resolve()
    if "site-packages" not in location.parts:
        print(f"voyado_engage was imported from {location}, not from the installed wheel")
        return 1
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    order = Order(
        contact={"matchKey": "jane.doe@example.com", "matchKeyType": "Email"},
        order_number="SMOKE-1",
        order_status="Confirmed",
        payment_status="Paid",
        created_date="2024-05-02T14:03:11+02:00",
        store_id="ECOM-SE",
        currency="SEK",
        total_gross_price=Decimal("149.00"),
        total_tax=Decimal("29.80"),
        items=[
            {
                "type": "PURCHASE",
                "sku": "CAP-01",
                "description": "Cap",
                "quantity": 1,
                "grossPaidPrice": Decimal("149.00"),
                "taxAmount": Decimal("29.80"),
            }
        ],
    )
    url = f"http://127.0.0.1:{server.server_address[1]}"
    with VoyadoEngage(api_key="smoke-key", base_url=url, user_agent="Smoke/1.0") as sdk:
        result = sdk.orders.register(request_body=order)
    server.shutdown()
    if str(result.status_code) != "Accepted" or [r.get("orderNumber") for r in received] != ["SMOKE-1"]:
        print(f"unexpected outcome: {result!r}, received {received!r}")
        return 1
    print(f"voyado-engage-sdk {voyado_engage.__version__} from {location.parent}: order sent, {result.status_code}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
