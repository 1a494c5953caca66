# Generated from generator/runtime/_logging.py by `make generate`; do not edit.
"""The `voyado_engage` logger. `VOYADO_LOG=debug|info` turns it on; it never logs the key or customer data.

A library logs, an application decides where logs go: the logger has a `NullHandler`, so nothing reaches stderr
through Python's last-resort handler unless the application (or `VOYADO_LOG`) configures it. Requests and retry
decisions are logged at INFO, reasons not to retry at DEBUG.

Each attempt of a call is one INFO line, named by the method the caller called, with the route (never the values in
it), the status or the failure, the duration, the attempt and the call's id; a retry decision is on the same line:

    point_accounts.add_transactions: POST /api/v2/point-accounts/transactions -> 503 in 41 ms (attempt 1, call
    3f2a9c1b7d0e); retrying in 0.52 s: 503 Service Unavailable

httpx logs every request's full URL at INFO (`HTTP Request: GET https://.../contacts/id?email=...`): path values
and query strings that are customer data. A filter on the `httpx` logger drops that line for the SDK's own requests
when the SDK's logger is on at INFO (its line says the same), and otherwise rewrites it to the route template
(`https://acme.voyado.com/api/v2/contacts/id`), so an application that turns on httpx's logging alone sees which
operation ran and its status, never the values. Other requests of the same process are left alone.
"""

from __future__ import annotations

import logging
import os
from contextvars import ContextVar

logger = logging.getLogger("voyado_engage")
logger.addHandler(logging.NullHandler())

# The route template of the SDK request being sent in this thread or task (None outside SDK calls).
current_route: ContextVar[str | None] = ContextVar("voyado_engage_route", default=None)
_HTTPX_REQUEST_LINE = 'HTTP Request: %s %s "%s %d %s"'


class _RouteOnly(logging.Filter):
    """Replaces the URL in httpx's request line with the route template, for requests the SDK sends."""

    def filter(self, record: logging.LogRecord) -> bool:
        route = current_route.get()
        if route is not None and record.msg == _HTTPX_REQUEST_LINE and isinstance(record.args, tuple):
            if logger.isEnabledFor(logging.INFO):
                return False  # the SDK's own line says the same, named by the method called: one line a request
            record.args = (record.args[0], route, *record.args[2:])
        return True


_httpx_logger = logging.getLogger("httpx")
if not any(isinstance(existing, _RouteOnly) for existing in _httpx_logger.filters):
    _httpx_logger.addFilter(_RouteOnly())


def configure_from_env() -> None:
    """Attach a stderr handler at the level named by `VOYADO_LOG`, once; leave logging alone when it is unset."""
    level = os.environ.get("VOYADO_LOG", "").strip().upper()
    if level not in ("DEBUG", "INFO") or any(getattr(h, "_voyado", False) for h in logger.handlers):
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._voyado = True  # type: ignore[attr-defined]
    logger.addHandler(handler)
    logger.setLevel(level)
