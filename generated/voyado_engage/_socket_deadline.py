# Generated from generator/runtime/_socket_deadline.py by `make generate`; do not edit.
"""The call deadline inside each socket operation of the sync client: wrappers around httpcore's network backend.

Loaded when a sync client is built (httpx loads httpcore then too), so that `import voyado_engage` does not pay
for httpcore. Requests made outside an SDK call see no deadline, so a caller's own use of the same pool is unaffected.
"""

from __future__ import annotations

import ssl
import time
from collections.abc import Iterable
from typing import Any

import httpcore
import httpx

from ._deadline import current


def _clamp(timeout: float | None, expired: type[Exception]) -> float | None:
    at = current.get()
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
