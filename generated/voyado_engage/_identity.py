# Generated from generator/app/_identity.py by `make generate`; do not edit.
"""What makes two orders the same order: what Voyado receives, not how a file happens to spell it.

The journal recognises an order sent before by this identity, so a re-export that writes `596.0` for `596.00`, a
`Z` time for `+02:00`, keys in another order (or, read through the model, another casing) or enum values in other
letter case is the same order, and a re-run does not send it again. Two orders are the same when they carry:

- the same fields, by the spec's wire names (a field set to null counts as absent, since null is not sent);
- the same text in every string field, and the same members of every enum;
- numbers of equal value, whatever their notation (596, 596.0, 596.00 and 5.96E+2 are one value);
- date-times at the same instant (2024-05-02T14:03:11+02:00 is 2024-05-02T12:03:11Z);
- fields the spec does not know, and free-form values (`extraData`), compared by the same rules, keys as given
  (a null there is sent, so it counts).

Every value is tagged with its kind, so a string "596" is never the same as the number 596.
"""

from __future__ import annotations

import datetime
import hashlib
import json
from decimal import Decimal
from enum import Enum
from typing import Any

from voyado_engage._model import Model
from voyado_engage.types import Unset


def order_identity(order: Model) -> str:
    """The SHA-256 (hex) of the order's identity: equal for orders Voyado would receive as the same."""
    encoded = json.dumps(_identity(order), sort_keys=True, ensure_ascii=True, separators=(",", ":"))
    return hashlib.sha256(encoded.encode("ascii")).hexdigest()


def text_identity(text: str) -> str:
    """The SHA-256 (hex) of a text already made of identities (a batch: what it asks, and its records' identities)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def number_identity(value: int | float | Decimal) -> str:
    """A number by its value alone: digits without trailing zeros and a power of ten ("n:596e0", "n:6e2").

    Exact, and independent of any decimal context the caller has set (no rounding, no `normalize()`).
    """
    exact = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    if not exact.is_finite():
        return f"n:{exact}"
    sign, digits, exponent = exact.as_tuple()
    assert isinstance(exponent, int)
    text = "".join(map(str, digits)).lstrip("0")
    if not text:
        return "n:0"
    stripped = text.rstrip("0")
    exponent += len(text) - len(stripped)
    return f"n:{'-' if sign else ''}{stripped}e{exponent}"


def _identity(value: Any) -> Any:
    if isinstance(value, Model):
        fields = {field.wire: getattr(value, field.python) for field in value._fields}
        fields.update(value.additional_properties)
        return {
            key: _identity(item) for key, item in fields.items() if item is not None and not isinstance(item, Unset)
        }
    if isinstance(value, Enum):
        return f"s:{value.value}" if isinstance(value.value, str) else _identity(value.value)
    if isinstance(value, bool):
        return f"b:{value}"
    if isinstance(value, int | float | Decimal):
        return number_identity(value)
    if isinstance(value, datetime.datetime):
        instant = value.astimezone(datetime.UTC) if value.utcoffset() is not None else value
        return f"t:{instant.isoformat()}"
    if isinstance(value, str):
        return f"s:{value}"
    if isinstance(value, dict):  # free-form: a null here is sent, so it counts
        return {str(key): _identity(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_identity(item) for item in value]
    if value is None:
        return "z"
    return f"?:{type(value).__name__}:{value}"
