"""Every call has one deadline: `timeout` bounds the whole call, retries, waits and body reads included.

httpx applies a timeout to each socket operation, so a server that drips one byte just under the read timeout holds
a call forever. The deadline closes that gap three ways:

- each attempt's httpx timeouts are cut to the time left, and no retry waits past the deadline;
- in the sync client, the socket operations of the SDK's requests are cut to the time left as they happen, by
  wrapping the network backend of httpx's connection pool (found on the default transport; for another transport
  the deadline is still checked between body chunks);
- in the async client, each attempt runs under `asyncio.timeout`.
"""

from __future__ import annotations

import contextvars
import math
import ssl
import time
from collections.abc import Iterable
from typing import Any

import httpcore
import httpx

_current: contextvars.ContextVar[float | None] = contextvars.ContextVar("voyado_engage_deadline", default=None)


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
        return _current.set(self.at)

    @staticmethod
    def leave(token: contextvars.Token[float | None]) -> None:
        _current.reset(token)


def _clamp(timeout: float | None, expired: type[Exception]) -> float | None:
    at = _current.get()
    if at is None:
        return timeout
    left = at - time.monotonic()
    if left <= 0:
        raise expired("the call's deadline has passed")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _clamp(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _clamp(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        stream = self._inner.start_tls(ssl_context, server_hostname, _clamp(timeout, httpcore.ConnectTimeout))
        return _DeadlineStream(stream)

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _DeadlineBackend(httpcore.NetworkBackend):
    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self._inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        timeout = _clamp(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._inner.connect_tcp(host, port, timeout, local_address, socket_options))

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        timeout = _clamp(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._inner.connect_unix_socket(path, timeout, socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def enforce_in_socket_operations(client: httpx.Client) -> bool:
    """Wrap the network backend of `client`'s connection pools; False when its transport has none to wrap.

    Requests made outside an SDK call see no deadline, so a caller's own use of the same client is unaffected.
    """
    transports = [client._transport, *client._mounts.values()]
    wrapped = False
    for transport in transports:
        pool = getattr(transport, "_pool", None)
        backend = getattr(pool, "_network_backend", None)
        if isinstance(backend, _DeadlineBackend):
            wrapped = True
        elif isinstance(pool, httpcore.ConnectionPool) and isinstance(backend, httpcore.NetworkBackend):
            pool._network_backend = _DeadlineBackend(backend)
            wrapped = True
        elif transport is client._transport:
            return False
    return wrapped
