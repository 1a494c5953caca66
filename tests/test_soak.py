"""Soak: 10,000 orders through AsyncVoyadoEngage at concurrency 64 against a local server.

Every order must arrive exactly once, and file descriptors and live objects must come back to where they were.
"""

from __future__ import annotations

import asyncio
import copy
import gc
import json
import os
from collections import Counter
from typing import Any

from tests.conftest import API_KEY, EXAMPLES, load
from tests.fault_server import Action, fault_server
from voyado_engage import AsyncVoyadoEngage
from voyado_engage.models import Order

ORDERS = 10_000
CONCURRENCY = 64


def open_descriptors() -> int:
    return len(os.listdir("/proc/self/fd"))


def resident_bytes() -> int:
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


async def send_all(url: str, payloads: list[dict[str, Any]]) -> None:
    queue: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
    for payload in payloads:
        queue.put_nowait(payload)
    async with AsyncVoyadoEngage(api_key=API_KEY, base_url=url, max_retries=0) as sdk:

        async def worker() -> None:
            while not queue.empty():
                payload = queue.get_nowait()
                await sdk.orders.orders_register_order(request_body=Order.from_dict(payload))

        await asyncio.gather(*(worker() for _ in range(CONCURRENCY)))


def run_once(count: int, offset: int) -> Counter[str]:
    template = load(EXAMPLES / "valid" / "order_confirmation.json")
    payloads = []
    for number in range(offset, offset + count):
        payload = copy.deepcopy(template)
        payload["orderNumber"] = f"S-{number:05d}"
        payloads.append(payload)
    with fault_server(Action(202)) as server:
        asyncio.run(send_all(server.url, payloads))
        return Counter(json.loads(request.body)["orderNumber"] for request in server.received)


def test_ten_thousand_orders_each_arrive_exactly_once_and_nothing_leaks() -> None:
    run_once(200, offset=90_000)  # warm up caches, the event loop machinery and the allocator
    gc.collect()
    descriptors, objects, resident = open_descriptors(), len(gc.get_objects()), resident_bytes()

    received = run_once(ORDERS, offset=0)

    assert len(received) == ORDERS and set(received.values()) == {1}
    gc.collect()
    assert open_descriptors() <= descriptors
    assert len(gc.get_objects()) - objects < 2_000
    assert resident_bytes() - resident < 64 * 1024 * 1024
