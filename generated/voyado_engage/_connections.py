# Generated from generator/runtime/_connections.py by `make generate`; do not edit.
"""What the SDK adds to httpx's connection pools, so that one answer always belongs to one request.

A kept-alive HTTP/1.1 connection is a byte stream shared by the requests sent on it in turn: whatever a server (or
a proxy) leaves on it after an answer's end becomes the start of the next answer. So the SDK wraps the network
backend of each httpcore pool it uses (its own, and a caller's `http_client` on httpx's default transport) and:

- records, per attempt, whether any byte of the request was written: an attempt that failed before writing is
  reported as not sent (`APIConnectionError`), never as possibly delivered;
- refuses an answer that was read from bytes received before its request was written (`UnmatchedAnswer`): it
  cannot be the answer to that request;
- ends a connection after an answer whose end the server's framing does not settle (a 1xx/204/304 status or a
  HEAD request, both `Content-Length` and `Transfer-Encoding`, several lengths, an HTTP version other than 1.1 or
  2) or after which bytes are left over, deciding before the connection goes back to its pool;
- never reuses a connection in a process other than the one that opened it (after `fork`: multiprocessing,
  gunicorn `--preload`, Celery prefork), where two processes would read each other's answers;
- in the sync client, cuts each socket operation of an SDK call to the time left before the call's deadline.

Loaded when a client is built (httpx loads httpcore then too), so that `import voyado_engage` does not pay for it.
Requests made outside an SDK call see no deadline and no bookkeeping, so a caller's own use of a pool is unaffected.
"""

from __future__ import annotations

import contextvars
import os
import socket
import ssl
import time
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import Any, NamedTuple, cast

import httpcore
import httpx

from ._deadline import current as current_deadline

NO_BODY_STATUSES = frozenset({204, 304})
_FRAMING_HEADERS = frozenset({b"content-length", b"transfer-encoding"})
"""Statuses whose answer has no body whatever its headers say: the status, not the server, decides where it ends."""


class Wire:
    """What one attempt did on the wire: whether any byte of its request was written."""

    __slots__ = ("written",)

    def __init__(self) -> None:
        self.written = False


_wire: contextvars.ContextVar[Wire | None] = contextvars.ContextVar("voyado_engage_wire", default=None)


def watch(wire: Wire) -> contextvars.Token[Wire | None]:
    """Make `wire` the record of the socket writes that follow, in this thread or task."""
    return _wire.set(wire)


def unwatch(token: contextvars.Token[Wire | None]) -> None:
    _wire.reset(token)


class UnmatchedAnswer(Exception):
    """An answer on a reused connection was read from bytes that arrived before its request was written."""


def _clamp(timeout: float | None, expired: type[Exception]) -> float | None:
    at = current_deadline.get()
    if at is None:
        return timeout
    left = at - time.monotonic()
    if left <= 0:
        raise expired("the call's deadline has passed")
    return left if timeout is None else min(timeout, left)


class _StreamState:
    """Bookkeeping shared by the sync and async stream wrappers: the owning process and the reads since a write."""

    def __init__(self, *, http1: bool) -> None:
        self.pid = os.getpid()
        # HTTP/2 frames its answers itself, and one task may write another's frames: no bookkeeping there.
        self.http1 = http1
        self.reads_since_write = 0
        self.first_read: bytes | None = None  # the first bytes read after the latest write began
        self.discard = False  # set when the connection may hold bytes of no request's answer

    def foreign(self) -> bool:
        return os.getpid() != self.pid

    def before_write(self) -> None:
        wire = _wire.get()
        if wire is not None and self.http1:
            wire.written = True
        self.reads_since_write = 0
        self.first_read = None

    def after_read(self, data: bytes) -> None:
        if self.reads_since_write == 0:
            self.first_read = data[:16]
        self.reads_since_write += 1

    def answer_starts_after_write(self) -> bool:
        """Whether the answer whose head was just parsed began in bytes read after its request was written.

        httpcore reads an answer only after writing the whole request, so the answer's first byte must come from a
        read after that write, at the start of a status line (blank lines before it are allowed by HTTP). Bytes
        held over from before the write would have been parsed first: the answer would belong to someone else.
        """
        if not self.http1:
            return True
        if self.reads_since_write == 0 or self.first_read is None:
            return False
        start = self.first_read.lstrip(b"\r\n")
        return start.startswith(b"HTTP/") or b"HTTP/".startswith(start)

    def readable(self, inner: Any) -> bool:
        # httpcore asks, under its pool's lock, before reusing an idle connection: True makes it close the
        # connection instead. So marking `discard` before a response is released is enough, and leaves no window.
        return self.discard or self.foreign() or bool(inner.get_extra_info("is_readable"))


class _GuardedStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream, *, http1: bool) -> None:
        self._inner = inner
        self.state = _StreamState(http1=http1)

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        data = self._inner.read(max_bytes, _clamp(timeout, httpcore.ReadTimeout))
        self.state.after_read(data)
        return data

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        timeout = _clamp(timeout, httpcore.WriteTimeout)  # first: a deadline already past writes nothing
        self.state.before_write()
        self._inner.write(buffer, timeout)

    def close(self) -> None:
        if self.state.foreign():
            _close_descriptor_only(self._inner)
        else:
            self._inner.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        stream = self._inner.start_tls(ssl_context, server_hostname, _clamp(timeout, httpcore.ConnectTimeout))
        return _GuardedStream(stream, http1=self.state.http1)

    def get_extra_info(self, info: str) -> Any:
        if info == "is_readable":
            return self.state.readable(self._inner)
        return self._inner.get_extra_info(info)


class _AsyncGuardedStream(httpcore.AsyncNetworkStream):
    # No deadline here: the async client bounds each attempt with asyncio.timeout.
    def __init__(self, inner: httpcore.AsyncNetworkStream, *, http1: bool) -> None:
        self._inner = inner
        self.state = _StreamState(http1=http1)

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        data = await self._inner.read(max_bytes, timeout)
        self.state.after_read(data)
        return data

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self.state.before_write()
        await self._inner.write(buffer, timeout)

    async def aclose(self) -> None:
        if self.state.foreign():
            _close_descriptor_only(self._inner)  # a TLS goodbye would end the other process's session too
        else:
            await self._inner.aclose()

    async def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.AsyncNetworkStream:
        stream = await self._inner.start_tls(ssl_context, server_hostname, timeout)
        return _AsyncGuardedStream(stream, http1=self.state.http1)

    def get_extra_info(self, info: str) -> Any:
        if info == "is_readable":
            return self.state.readable(self._inner)
        return self._inner.get_extra_info(info)


def _close_descriptor_only(inner: httpcore.NetworkStream | httpcore.AsyncNetworkStream) -> None:
    """Close this process's descriptor of a socket inherited through fork, sending nothing on it."""
    sock = inner.get_extra_info("socket")
    if isinstance(sock, socket.socket):
        socket.socket.close(sock)  # the plain close, also for an SSLSocket: no TLS close_notify


class _GuardedBackend(httpcore.NetworkBackend):
    def __init__(self, inner: httpcore.NetworkBackend, *, http1: bool) -> None:
        self._inner = inner
        self._http1 = http1

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        timeout = _clamp(timeout, httpcore.ConnectTimeout)
        stream = self._inner.connect_tcp(host, port, timeout, local_address, socket_options)
        return _GuardedStream(stream, http1=self._http1)

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        timeout = _clamp(timeout, httpcore.ConnectTimeout)
        stream = self._inner.connect_unix_socket(path, timeout, socket_options)
        return _GuardedStream(stream, http1=self._http1)

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class _AsyncGuardedBackend(httpcore.AsyncNetworkBackend):
    def __init__(self, inner: httpcore.AsyncNetworkBackend, *, http1: bool) -> None:
        self._inner = inner
        self._http1 = http1

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        stream = await self._inner.connect_tcp(host, port, timeout, local_address, socket_options)
        return _AsyncGuardedStream(stream, http1=self._http1)

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.AsyncNetworkStream:
        stream = await self._inner.connect_unix_socket(path, timeout, socket_options)
        return _AsyncGuardedStream(stream, http1=self._http1)

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


_GUARDS = (_GuardedBackend, _AsyncGuardedBackend)


class PoolGuard(NamedTuple):
    """What the SDK can rely on in a client's main pool."""

    wrapped: bool  # its sockets are the SDK's wrappers: deadlines inside reads (sync), fork and leftover checks
    sees_writes: bool  # and each attempt's writes are its own (HTTP/1.1 only): "nothing written" can be trusted


def guard_pools(client: httpx.Client | httpx.AsyncClient) -> PoolGuard:
    """Wrap the network backend of each httpcore pool of `client` (its transport and its mounts).

    A transport that is not httpx's own (a caller's `MockTransport`, say) is left alone. A pool that may speak
    HTTP/2 multiplexes requests on one connection, where one task may write another's frames: its writes are not
    attributed to attempts.
    """
    main = PoolGuard(wrapped=False, sees_writes=False)
    for transport in [client._transport, *client._mounts.values()]:
        pool = getattr(transport, "_pool", None)
        backend = getattr(pool, "_network_backend", None)
        http1 = not getattr(pool, "_http2", False)
        if isinstance(backend, _GUARDS):
            guarded = True
        elif isinstance(pool, httpcore.ConnectionPool) and isinstance(backend, httpcore.NetworkBackend):
            pool._network_backend = _GuardedBackend(backend, http1=http1)
            guarded = True
        elif isinstance(pool, httpcore.AsyncConnectionPool) and isinstance(backend, httpcore.AsyncNetworkBackend):
            pool._network_backend = _AsyncGuardedBackend(backend, http1=http1)
            guarded = True
        else:
            guarded = False
        if transport is client._transport:
            main = PoolGuard(wrapped=guarded, sees_writes=guarded and http1)
    return main


def guard_response(streamed: httpx.Response) -> None:
    """Check that `streamed`'s answer began after its request was written (else `UnmatchedAnswer`), and make its
    release end the connection when the connection may hold bytes of no request's answer.

    The check at release runs before httpcore hands the connection back to its pool, so no other request can take
    the connection in between (httpx's `read()` releases it as soon as the body ends).
    """
    stream = streamed.extensions.get("network_stream")
    if not isinstance(stream, _GuardedStream | _AsyncGuardedStream):
        return
    state = stream.state
    if not state.answer_starts_after_write():
        state.discard = True
        raise UnmatchedAnswer("the answer began before the request was written")
    if isinstance(streamed.stream, httpx.SyncByteStream):
        streamed.stream = _CheckedOnRelease(streamed.stream, streamed, state)
    else:
        streamed.stream = _AsyncCheckedOnRelease(streamed.stream, streamed, state)


class _CheckedOnRelease(httpx.SyncByteStream):
    def __init__(self, inner: httpx.SyncByteStream, streamed: httpx.Response, state: _StreamState) -> None:
        self._inner, self._streamed, self._state = inner, streamed, state

    def __iter__(self) -> Iterator[bytes]:
        return iter(self._inner)

    def close(self) -> None:
        if _ends_connection(self._streamed, self._inner):
            self._state.discard = True
        self._inner.close()


class _AsyncCheckedOnRelease(httpx.AsyncByteStream):
    def __init__(self, inner: httpx.AsyncByteStream, streamed: httpx.Response, state: _StreamState) -> None:
        self._inner, self._streamed, self._state = inner, streamed, state

    def __aiter__(self) -> AsyncIterator[bytes]:
        return aiter(self._inner)

    async def aclose(self) -> None:
        if _ends_connection(self._streamed, self._inner):
            self._state.discard = True
        await self._inner.aclose()


def _ends_connection(streamed: httpx.Response, bound: object) -> bool:
    """Whether the connection that carried `streamed` may hold bytes of no request's answer."""
    version = streamed.http_version
    if version.startswith("HTTP/2"):
        return False  # HTTP/2 frames every answer itself
    if version != "HTTP/1.1":
        return True  # HTTP/1.0 closes anyway; a version h11 takes but no server speaks (HTTP/1.2) is not trusted
    if streamed.status_code < 200 or streamed.status_code in NO_BODY_STATUSES or streamed.request.method == "HEAD":
        return True
    # One pass over the raw header names (httpx's Headers decodes every header on each lookup).
    framing = [name.lower() for name, _ in streamed.headers.raw if name.lower() in _FRAMING_HEADERS]
    if framing.count(b"content-length") > 1 or len(set(framing)) > 1:
        return True
    return _bytes_held_after_answer(bound)


def _bytes_held_after_answer(bound: object) -> bool:
    # Bytes that arrived in the same read as an answer's end wait in h11's buffer, which no public API shows; this
    # path is pinned by tests (a chunked answer followed by stray bytes must not reach the next request). Were it
    # to change, `guard_response` still refuses the answer those bytes would make.
    # httpx's bound stream -> its transport's response stream -> httpcore's pool stream -> the HTTP/1.1 connection.
    try:
        pool_stream = cast(Any, bound)._stream._httpcore_stream
        data, _closed = pool_stream._pool_request.connection._connection._h11_state.trailing_data
    except AttributeError:
        return False
    return bool(data)


async def drop_orphans(client: httpx.AsyncClient) -> None:
    """Close the connections a cancelled request left behind in `client`'s pools, which would otherwise hold a slot
    for good.

    httpcore creates a connection for a request and then waits for it; a cancellation in that wait (or between the
    connect and the request) removes the request but leaves the connection CONNECTING or NEW: never used, never
    idle, never expired. A connection that no queued or active request of its pool holds is such an orphan.
    """
    for transport in [client._transport, *client._mounts.values()]:
        pool = getattr(transport, "_pool", None)
        if not isinstance(pool, httpcore.AsyncConnectionPool):
            continue
        held = {id(request.connection) for request in pool._requests}
        orphans = [
            connection
            for connection in pool.connections
            if id(connection) not in held
            and not (connection.is_idle() or connection.is_available() or connection.is_closed())
        ]
        for connection in orphans:
            pool._connections.remove(connection)
        for connection in orphans:
            await connection.aclose()
