"""What a caller may set (timeouts, retries, headers, per-call options), checked before any network I/O.

Each check returns `Problem`s rather than raising, so the constructor can raise `ConfigurationError` and a call
`RequestValidationError`, both listing every problem at once.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from contextvars import ContextVar
from typing import Any, TypedDict

import httpx

from ._exceptions import Problem


class CallOptions(TypedDict, total=False):
    """Per-call settings every operation method accepts as keyword arguments."""

    timeout: float | httpx.Timeout | None
    """Seconds for this whole call (retries and waits included) instead of the client's; see the README."""
    max_retries: int
    """Retries for this call instead of the client's; the operation's retry policy still applies."""
    extra_headers: Mapping[str, str]
    """Headers added to this request."""
    validate: bool
    """Check the body against Voyado's business rules (the order and receipt rules) before sending (default True).
    False skips those rules only: the body is still checked against the API description, as it is converted to be
    sent; problems raise `RequestValidationError`."""


CALL_OPTIONS = frozenset(CallOptions.__annotations__)

# The client's `strict_response_validation`, in force while a response is read (the models consult it).
strict_responses: ContextVar[bool] = ContextVar("voyado_engage_strict_responses", default=False)
_TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_HEADER_VALUE = re.compile(r"(?:[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?)?")  # visible ASCII, inner spaces only
# Headers that frame the message or pick its destination: the SDK and httpx set them, a caller may not.
_FRAMING_HEADERS = frozenset(
    {"host", "content-length", "transfer-encoding", "connection", "upgrade", "te", "trailer", "expect", "keep-alive"}
)


def timeout_problems(value: Any, path: str = "timeout") -> list[Problem]:
    if value is None:
        return []
    if isinstance(value, httpx.Timeout):
        phases = {"connect": value.connect, "read": value.read, "write": value.write, "pool": value.pool}
        return [p for phase, seconds in phases.items() for p in timeout_problems(seconds, f"{path}.{phase}")]
    if isinstance(value, bool) or not isinstance(value, int | float):
        return [Problem(path, f"expected seconds as a number, an httpx.Timeout or None, got {type(value).__name__}")]
    if not math.isfinite(value) or value <= 0:
        return [Problem(path, f"expected a finite number of seconds above 0, got {value!r}")]
    return []


def retries_problems(value: Any, path: str = "max_retries") -> list[Problem]:
    if isinstance(value, bool) or not isinstance(value, int):
        return [Problem(path, f"expected an integer, got {type(value).__name__}")]
    if not 0 <= value <= 100:
        return [Problem(path, f"expected 0 to 100, got {value}")]
    return []


def header_value_problem(value: Any) -> str | None:
    """Why `value` cannot be sent as an HTTP header value (never quoting it: it may be a secret), or None."""
    if not isinstance(value, str):
        return f"expected a string, got {type(value).__name__}"
    if _HEADER_VALUE.fullmatch(value) is None:
        return "must be printable ASCII without control characters or leading or trailing spaces"
    return None


def header_problems(headers: Any, path: str, *, framing_allowed: bool = False) -> list[Problem]:
    if not isinstance(headers, Mapping):
        return [Problem(path, f"expected a mapping of header names to values, got {type(headers).__name__}")]
    problems = []
    for name, value in headers.items():
        where = f"{path}[{name!r}]"
        if not isinstance(name, str) or _TOKEN.fullmatch(name) is None:
            problems.append(Problem(where, "is not a valid HTTP header name"))
        elif not framing_allowed and name.lower() in _FRAMING_HEADERS:
            problems.append(Problem(where, "is set by the SDK and may not be given"))
        why = header_value_problem(value)
        if why:
            problems.append(Problem(where, why))
    return problems


def option_problems(options: Mapping[str, Any]) -> list[Problem]:
    """Every problem with a call's options: unknown names (with a suggestion) and values of the wrong type."""
    problems = []
    for name, value in options.items():
        if name not in CALL_OPTIONS:
            import difflib  # noqa: PLC0415 - only for a misspelled option

            close = difflib.get_close_matches(str(name), CALL_OPTIONS, n=1)
            hint = f"; did you mean {close[0]!r}?" if close else f"; the options are {', '.join(sorted(CALL_OPTIONS))}"
            problems.append(Problem(str(name), f"is not a call option{hint}"))
        elif name == "timeout":
            problems += timeout_problems(value)
        elif name == "max_retries":
            problems += retries_problems(value)
        elif name == "extra_headers":
            problems += header_problems(value, "extra_headers")
        elif name == "validate" and not isinstance(value, bool):
            problems.append(Problem("validate", f"expected True or False, got {type(value).__name__}"))
    return problems
