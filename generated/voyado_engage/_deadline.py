# Generated from generator/runtime/_deadline.py by `make generate`; do not edit.
"""Every call has one deadline: `timeout` bounds the whole call, retries, waits and body reads included.

httpx applies a timeout to each socket operation, so a server that drips one byte just under the read timeout holds
a call forever. The deadline closes that gap three ways:

- each attempt's httpx timeouts are cut to the time left, and no retry waits past the deadline;
- in the sync client, the socket operations of the SDK's requests are cut to the time left as they happen, by
  wrapping the network backend of httpx's connection pool (`_connections`; found on the default transport, and
  for another transport the deadline is still checked between body chunks);
- in the async client, each attempt runs under `asyncio.timeout`.
"""

from __future__ import annotations

import contextvars
import math
import time

import httpx

# The deadline of the SDK call running in this thread or task, read by `_connections` in each socket operation.
current: contextvars.ContextVar[float | None] = contextvars.ContextVar("voyado_engage_deadline", default=None)


class Deadline:
    """The moment (on the monotonic clock) by which a call must be over; None means no limit."""

    __slots__ = ("at", "timeout")

    def __init__(self, timeout: httpx.Timeout) -> None:
        self.timeout = timeout
        phases = [t for t in (timeout.connect, timeout.read, timeout.write, timeout.pool) if t is not None]
        # A number is the whole call's limit; an httpx.Timeout keeps its phases, and the call ends by the longest.
        self.at = time.monotonic() + max(phases) if phases else None

    def remaining(self) -> float:
        return math.inf if self.at is None else self.at - time.monotonic()

    def allows(self, delay: float) -> bool:
        """Whether waiting `delay` seconds still leaves time for an attempt."""
        return delay < self.remaining()

    def backstop(self) -> float | None:
        """Seconds for `asyncio.timeout` around an attempt: a little past the per-operation timeouts, so that a
        connect timeout is still reported as one (nothing was sent), or None without a deadline."""
        left = self.remaining()
        return None if left == math.inf else max(left, 0.0) + 0.05

    def request_timeouts(self) -> dict[str, float | None]:
        """httpx's per-operation timeouts for the next attempt, none longer than the time left."""
        left = self.remaining()
        if left == math.inf:
            return self.timeout.as_dict()
        left = max(left, 0.001)
        return {phase: left if t is None else min(t, left) for phase, t in self.timeout.as_dict().items()}

    def enter(self) -> contextvars.Token[float | None]:
        """Make this the deadline of the socket operations that follow, in this thread or task."""
        return current.set(self.at)

    @staticmethod
    def leave(token: contextvars.Token[float | None]) -> None:
        current.reset(token)
