"""JSON on the wire: `Decimal` amounts are written exactly as given, never through float."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import orjson


def _default(value: Any) -> Any:
    if isinstance(value, Decimal):
        # A Fragment is copied into the output verbatim, so 0.1 stays 0.1 and 596.00 stays 596.00.
        return orjson.Fragment(str(value))
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


def dumps(value: Any, *, canonical: bool = False) -> bytes:
    """Encode a JSON-ready value (the output of a model's `to_dict`) to bytes; `canonical` sorts the keys."""
    return orjson.dumps(value, default=_default, option=orjson.OPT_SORT_KEYS if canonical else None)


def loads(data: bytes | str) -> Any:
    """Decode JSON text; raises `orjson.JSONDecodeError` (a `ValueError`) on malformed input."""
    return orjson.loads(data)
