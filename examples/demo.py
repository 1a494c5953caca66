"""`make demo`: start the local mock Voyado, run `send_order.py` against it, stop the mock."""

from __future__ import annotations

import os

from examples import send_order
from examples.mock_voyado import prism_mock


def main() -> None:
    with prism_mock() as url:
        print(f"mock Voyado (Prism) listening on {url}")
        os.environ.update(VOYADO_BASE_URL=url, VOYADO_API_KEY="demo-key-not-secret")
        send_order.main()
    print("mock stopped")


if __name__ == "__main__":
    main()
