# Generated from generator/runtime/_paths.py by `make generate`; do not edit.
"""Route confinement: a path parameter fills exactly one path segment and can never change which route is hit.

Percent-encoding alone is not enough: httpx removes `.` and `..` segments and empty values collapse the path, and a
server or proxy may decode `%2E`, `%2F` or `%5C` (or IIS's `%u002e`), drop `;params` from a segment, or fold
look-alikes such as U+FF0E or U+FF0F under NFKC, before it routes. So a value is refused, before any I/O, when it
or any of those readings of it is empty, only dots, or holds a path separator or a control character; everything
else is sent percent-encoded.
"""

from __future__ import annotations

import enum
import re
import unicodedata
import uuid
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote, unquote, unquote_to_bytes

from ._exceptions import Problem, RequestValidationError

# Values with nothing to decode, fold or cut (no `%`, `;`, separators or non-ASCII) and not only dots.
_PLAIN = re.compile(r"[A-Za-z0-9_\-.@+~!$&'()*,=:]*[A-Za-z0-9_\-@+~!$&'()*,=:][A-Za-z0-9_\-.@+~!$&'()*,=:]*")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_PERCENT_U = re.compile(r"%u([0-9A-Fa-f]{4})")
_MAX_DECODINGS = 3


class _NotText(ValueError):
    pass


def segment_text(value: Any) -> str:
    """The text a path parameter is sent as: the value itself, never what a subclass's `__str__` says.

    Text, an integer (at most 64 bits), a UUID, or an enum member whose value is one of these (sent by its value,
    not its name); anything else (bytes, a bool, a float, an object with its own `__str__`) is refused with
    `_NotText`, since no one reading it could be sure which text it stands for.
    """
    if type(value) is str:
        return value
    if isinstance(value, enum.Enum):
        return segment_text(value.value)
    if isinstance(value, str):
        return str.__str__(value)
    if isinstance(value, int) and not isinstance(value, bool):
        number = int.__int__(value)
        if number.bit_length() > 64:
            raise _NotText(f"is an integer of {number.bit_length()} bits; Voyado's ids have at most 64")
        return int.__repr__(number)
    if isinstance(value, uuid.UUID):
        return uuid.UUID.__str__(value)
    raise _NotText(f"must be text, an integer or a UUID, not {type(value).__name__}")


def segment_problem(value: Any) -> str | None:
    """Why `value` may not fill a path segment, or None."""
    if value is None:
        return "is required"
    try:
        text = segment_text(value)
    except _NotText as exc:
        return str(exc)
    if _PLAIN.fullmatch(text):  # the common case (ids, numbers, e-mail addresses): nothing to decode or fold
        return None
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return "contains a lone surrogate, which cannot be sent"
    readings = [text]
    for _ in range(_MAX_DECODINGS):  # what a server that decodes once, or a proxy that decodes again, would see
        try:  # bytes that are not UTF-8 (overlong forms such as %c0%ae) are decoded leniently by some servers
            unquote_to_bytes(readings[-1]).decode("utf-8")
        except UnicodeDecodeError:
            return "holds percent-encoded bytes that are not UTF-8"
        decoded = unquote(readings[-1])
        if decoded == readings[-1]:
            break
        readings.append(decoded)
    else:
        return "is percent-encoded more deeply than a server would decode"
    # IIS decodes %uXXXX; Java servers drop ";params" from a segment (so `..;x` is `..`); NFKC folds look-alikes.
    readings += [_PERCENT_U.sub(lambda m: chr(int(m.group(1), 16)), reading) for reading in readings]
    readings += [reading.split(";", 1)[0] for reading in readings]
    readings += [unicodedata.normalize("NFKC", reading) for reading in readings]
    for reading in readings:
        if not reading.strip():
            return "is empty"
        if not reading.strip().strip("."):
            return "is a dot segment, which would change the route"
        if "/" in reading or "\\" in reading:
            return "contains a path separator, which would change the route"
        if _CONTROL.search(reading):
            return "contains a control character"
    return None


def expand(template: str, values: Mapping[str, Any]) -> str:
    """`template` with each `{name}` replaced by its value, percent-encoded; raises RequestValidationError."""
    problems = [Problem(name, why) for name, value in values.items() if (why := segment_problem(value)) is not None]
    if problems:
        raise RequestValidationError(problems, subject="path parameters")
    return template.format_map({name: quote(segment_text(value), safe="") for name, value in values.items()})
