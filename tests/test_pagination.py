"""Page iterators: pages are fetched only as items are consumed, and iteration stops at the end."""

from __future__ import annotations

import asyncio
import itertools
from typing import Any

import httpx
import pytest

from tests.conftest import API_KEY
from voyado_engage import AsyncVoyadoEngage, VoyadoEngage

pytestmark = pytest.mark.quick

TOTAL = 250


class Pages:
    """A MockTransport handler serving `TOTAL` transactions by offset and count, recording each request."""

    def __init__(self, *, report_total: bool = True) -> None:
        self.report_total = report_total
        self.requests: list[tuple[int, int]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        offset, count = int(request.url.params["offset"]), int(request.url.params["count"])
        self.requests.append((offset, count))
        items = [{"id": f"t{n}", "transactionNumber": str(n)} for n in range(offset, min(offset + count, TOTAL))]
        page: dict[str, Any] = {"items": items, "offset": offset, "count": len(items)}
        if self.report_total:
            page["totalCount"] = TOTAL
        return httpx.Response(200, json=page)


def sync_client(pages: Pages) -> VoyadoEngage:
    http = httpx.Client(transport=httpx.MockTransport(pages))
    return VoyadoEngage(api_key=API_KEY, base_url="https://acme.voyado.com", http_client=http)


@pytest.mark.parametrize("report_total", [True, False], ids=["with-total", "without-total"])
def test_every_item_once_in_order(report_total: bool) -> None:
    pages = Pages(report_total=report_total)
    with sync_client(pages) as sdk:
        items = list(sdk.contacts.transactions_get_transactions_by_contact_id_iter("c1", page_size=100))
    assert [item.id for item in items] == [f"t{n}" for n in range(TOTAL)]
    assert pages.requests == [(0, 100), (100, 100), (200, 100)]  # the short last page ends it either way


def test_pages_are_fetched_lazily() -> None:
    pages = Pages()
    with sync_client(pages) as sdk:
        first = list(itertools.islice(sdk.contacts.transactions_get_transactions_by_contact_id_iter("c1"), 5))
    assert len(first) == 5 and pages.requests == [(0, 100)]


def test_an_exact_multiple_stops_on_the_total_without_an_empty_page() -> None:
    pages = Pages()
    with sync_client(pages) as sdk:
        items = list(sdk.contacts.transactions_get_transactions_by_contact_id_iter("c1", page_size=50))
    assert len(items) == TOTAL and pages.requests[-1] == (200, 50) and len(pages.requests) == 5


def test_async_iterator() -> None:
    pages = Pages()

    async def collect() -> list[str]:
        http = httpx.AsyncClient(transport=httpx.MockTransport(pages))
        async with AsyncVoyadoEngage(api_key=API_KEY, base_url="https://acme.voyado.com", http_client=http) as sdk:
            iterator = sdk.contacts.transactions_get_transactions_by_contact_id_iter("c1", page_size=120)
            return [str(item.id) async for item in iterator]

    ids = asyncio.run(collect())
    assert ids == [f"t{n}" for n in range(TOTAL)]
    assert pages.requests == [(0, 120), (120, 120), (240, 120)]
