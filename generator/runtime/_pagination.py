"""Walk `offset`/`count` pages lazily: fetch a page only when its items are wanted, stop at the end.

A server that ignores `offset` and sends no total would make a naive walk endless, so the walk stops with
`PaginationError` when a page repeats one it already sent, or after `MAX_PAGES` pages.
"""

from __future__ import annotations

import hashlib
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any

from ._exceptions import PaginationError, Problem, RequestValidationError
from .types import Unset

DEFAULT_PAGE_SIZE = 100
MAX_PAGES = 10_000


def _page_items(page: Any) -> tuple[list[Any], int | None]:
    items = page.items if not isinstance(page.items, Unset) else []
    total = page.total_count if not isinstance(page.total_count, Unset) else None
    return list(items), total


class _Walk:
    """Where a walk stands, and the checks that keep it finite; shared by the sync and async iterators."""

    def __init__(self, offset: int, page_size: int) -> None:
        if isinstance(page_size, bool) or not isinstance(page_size, int) or not 1 <= page_size <= 100_000:
            problem = Problem("page_size", f"expected an integer from 1 to 100000, got {page_size!r}")
            raise RequestValidationError([problem])
        self.offset = offset
        self.page_size = page_size
        self.pages = 0
        self.seen: set[bytes] = set()

    def take(self, page: Any) -> tuple[list[Any], bool]:
        """The page's items, and whether another page may follow; raises PaginationError on no progress."""
        items, total = _page_items(page)
        self.pages += 1
        if items:
            digest = hashlib.blake2b(repr(items).encode("utf-8", "backslashreplace"), digest_size=16).digest()
            if digest in self.seen:
                raise PaginationError(
                    f"page {self.pages} (offset {self.offset}) repeats an earlier page: the server ignores `offset`"
                )
            self.seen.add(digest)
        self.offset += len(items)
        more = len(items) == self.page_size and (total is None or self.offset < total)
        if more and self.pages >= MAX_PAGES:
            raise PaginationError(f"more than {MAX_PAGES} pages: stopped (fetch in larger pages, or by offset)")
        return items, more


def iterate_pages(
    fetch: Callable[[int, int], Any], *, offset: int = 0, page_size: int = DEFAULT_PAGE_SIZE
) -> Iterator[Any]:
    """Yield every item of every page; `fetch(offset, count)` returns one page (with `items` and `total_count`)."""
    walk = _Walk(offset, page_size)
    more = True
    while more:
        items, more = walk.take(fetch(walk.offset, walk.page_size))
        yield from items


async def aiterate_pages(
    fetch: Callable[[int, int], Awaitable[Any]], *, offset: int = 0, page_size: int = DEFAULT_PAGE_SIZE
) -> AsyncIterator[Any]:
    """The asyncio twin of `iterate_pages`."""
    walk = _Walk(offset, page_size)
    more = True
    while more:
        items, more = walk.take(await fetch(walk.offset, walk.page_size))
        for item in items:
            yield item
