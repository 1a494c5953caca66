# Generated from generator/runtime/_pagination.py by `make generate`; do not edit.
"""Walk `offset`/`count` pages lazily: fetch a page only when its items are wanted, stop at the end."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any

from .types import Unset

DEFAULT_PAGE_SIZE = 100


def _page_items(page: Any) -> tuple[list[Any], int | None]:
    items = page.items if not isinstance(page.items, Unset) else []
    total = page.total_count if not isinstance(page.total_count, Unset) else None
    return list(items), total


def _more(offset: int, got: int, page_size: int, total: int | None) -> bool:
    """Whether another page may exist: this one was full and the total (if told) is not reached."""
    return got == page_size and (total is None or offset < total)


def iterate_pages(
    fetch: Callable[[int, int], Any], *, offset: int = 0, page_size: int = DEFAULT_PAGE_SIZE
) -> Iterator[Any]:
    """Yield every item of every page; `fetch(offset, count)` returns one page (with `items` and `total_count`)."""
    if page_size < 1:
        raise ValueError("page_size must be at least 1")
    while True:
        items, total = _page_items(fetch(offset, page_size))
        yield from items
        offset += len(items)
        if not _more(offset, len(items), page_size, total):
            return


async def aiterate_pages(
    fetch: Callable[[int, int], Awaitable[Any]], *, offset: int = 0, page_size: int = DEFAULT_PAGE_SIZE
) -> AsyncIterator[Any]:
    """The asyncio twin of `iterate_pages`."""
    if page_size < 1:
        raise ValueError("page_size must be at least 1")
    while True:
        items, total = _page_items(await fetch(offset, page_size))
        for item in items:
            yield item
        offset += len(items)
        if not _more(offset, len(items), page_size, total):
            return
