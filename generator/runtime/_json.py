"""JSON on the wire: numbers written exactly as their value, never through float, and read back exactly.

What reaches the wire is the checked value itself, never what a subclass's `__str__` says: a `Decimal` subclass is
written by `Decimal`'s own text (so no method can slip a second key into the body), and a number JSON does not have
(NaN, Infinity) is refused rather than written as `NaN` or `null`.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from typing import Any

import orjson

# A run of 19 digits may be an integer beyond 64 bits, which orjson would read as a float (a 30-digit id would come
# back as another number); such a text is read again by the standard library, whose integers are exact.
_LONG_DIGITS = re.compile(rb"\d{19}")


def _default(value: Any) -> Any:
    if isinstance(value, Decimal):
        if not Decimal.is_finite(value):
            raise TypeError(f"{Decimal.__str__(value)} is not a JSON number")
        # A Fragment is copied into the output verbatim, so 0.1 stays 0.1 and 596.00 stays 596.00.
        return orjson.Fragment(Decimal.__str__(value))
    if isinstance(value, float):  # a float subclass (orjson takes exact floats only): its value, not its methods
        number = float.__float__(value)
        if number - number != 0:
            raise TypeError(f"{number!r} is not a JSON number")
        return number
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


def dumps(value: Any, *, canonical: bool = False, indent: bool = False) -> bytes:
    """Encode a JSON-ready value (the output of a model's `to_dict`) to bytes; `canonical` sorts the keys, `indent`
    indents by two spaces.

    Raises TypeError for what JSON cannot hold exactly: NaN or Infinity, integers beyond 64 bits, lone surrogates.
    """
    option = (orjson.OPT_SORT_KEYS if canonical else 0) | (orjson.OPT_INDENT_2 if indent else 0)
    return orjson.dumps(value, default=_default, option=option or None)


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def loads(data: bytes | str) -> Any:
    """Decode JSON text, integers exactly; raises a `ValueError` on malformed input (or an integer of more digits
    than Python converts)."""
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
    if not _LONG_DIGITS.search(raw):
        return orjson.loads(raw)
    try:
        return json.loads(raw, parse_constant=_refuse_constant)
    except RecursionError:  # deeper than the standard library parses (orjson takes up to 1024 levels)
        raise ValueError("JSON nested too deeply to read its long integers exactly") from None
