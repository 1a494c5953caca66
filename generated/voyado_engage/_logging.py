# Generated from generator/runtime/_logging.py by `make generate`; do not edit.
"""The `voyado_engage` logger. `VOYADO_LOG=debug|info` turns it on; it never logs the key or customer data.

A library logs, an application decides where logs go: the logger has a `NullHandler`, so nothing reaches stderr
through Python's last-resort handler unless the application (or `VOYADO_LOG`) configures it. Requests and retry
decisions are logged at INFO, reasons not to retry at DEBUG.
"""

from __future__ import annotations

import logging
import os

logger = logging.getLogger("voyado_engage")
logger.addHandler(logging.NullHandler())


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
