# Generated from generator/runtime/_exceptions.py by `make generate`; do not edit.
"""Every error the SDK raises, in one place.

    VoyadoError
    ├── ConfigurationError          the client cannot be built from its settings; raised by the constructor
    │                                                          --- before a byte could have left:
    ├── RequestValidationError      the request (a value, a header, an option, the event loop) is wrong; not sent
    ├── APIConnectionError          nothing reached Voyado (refused, DNS, connect timeout); safe to send again
    │                                                          --- after the request may have arrived:
    ├── DeliveryUnknownError        the request may have reached Voyado, but no usable answer came
    │   └── APITimeoutError         ... because the call's deadline passed before the answer was read
    ├── APIResponseValidationError  Voyado answered 2xx with a body the SDK cannot read (the request was accepted)
    ├── PaginationError             a page iterator's pages make no progress, or are more than it may fetch
    └── APIStatusError              Voyado answered with a non-2xx status
        ├── BadRequestError             400
        ├── AuthenticationError         401
        ├── PermissionDeniedError       403
        ├── NotFoundError               404
        ├── ConflictError               409
        ├── UnprocessableEntityError    422
        ├── RateLimitError              429
        └── InternalServerError         >= 500

No message, repr, attribute, pickle or `__cause__`/`__context__` chain of these errors carries the API key: the
request they keep has its `apikey` header redacted, and no lower-level exception is chained to them. Every error
round-trips through `pickle` with its attributes (so it can cross a process pool).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, NamedTuple

import httpx

from ._error_body import ErrorDetails, read_error_body
from ._text import printable

__all__ = [
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "DeliveryUnknownError",
    "InternalServerError",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "Problem",
    "RateLimitError",
    "RequestValidationError",
    "UnprocessableEntityError",
    "VoyadoError",
]


class Problem(NamedTuple):
    """One thing wrong with a request, at a JSON path such as `items[1].taxAmount`."""

    path: str
    message: str
    rule: str = "schema"
    expected: Any = None
    actual: Any = None
    severity: str = "error"

    def __str__(self) -> str:
        return f"{self.path or '(root)'}: {self.message}"

    def under(self, prefix: str) -> Problem:
        """The same problem, seen from a parent object whose field `prefix` holds this one."""
        if not prefix:
            return self
        path = prefix + self.path if self.path.startswith("[") or not self.path else f"{prefix}.{self.path}"
        return Problem(path, self.message, self.rule, self.expected, self.actual, self.severity)


class VoyadoError(Exception):
    """Base class of every error the SDK raises. An error that ended a call carries the call's id (`call_id`, as
    on its log lines); one raised before any request (a refused body) has none."""

    call_id: str | None = None

    def __reduce__(self) -> tuple[Any, ...]:
        # The default rebuilds an exception by calling its class with `args`, which only fits `__init__(message)`;
        # this restores the message and every attribute whatever the constructor takes.
        return _rebuild, (type(self), self.args, self.__dict__)


_REDACTED = "<redacted>"
_SHORTEST_REDACTED = 8  # a shorter "key" (a test's) would blank out ordinary words


def redact(error: VoyadoError, secret: str) -> VoyadoError:
    """`error` with `secret` (the API key) taken out of its message and the text it read from the server (a
    server that echoes the request back must not put the key on a screen or in a log)."""
    if len(secret) >= _SHORTEST_REDACTED:
        error.args = tuple(_without(arg, secret) for arg in error.args)
        for name, value in vars(error).items():
            if isinstance(value, str | list | dict):
                setattr(error, name, _without(value, secret))
    return error


def _without(value: Any, secret: str) -> Any:
    """`value` with `secret` replaced in every string, lists and dicts changed in place (they are the error's own,
    read from the answer), without recursion: an answer may nest a thousand levels deep."""
    if isinstance(value, str):
        return value.replace(secret, _REDACTED)
    stack = [value]
    while stack:
        container = stack.pop()
        pairs = list(container.items()) if isinstance(container, dict) else list(enumerate(container))
        if isinstance(container, dict):
            container.clear()
        for key, item in pairs:
            if isinstance(item, str):
                item = item.replace(secret, _REDACTED)
            elif isinstance(item, list | dict):
                stack.append(item)
            container[key.replace(secret, _REDACTED) if isinstance(key, str) else key] = item
    return value


def _rebuild(cls: type[VoyadoError], args: tuple[Any, ...], state: dict[str, Any]) -> VoyadoError:
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class ConfigurationError(VoyadoError, ValueError):
    """The client cannot be built from the settings given (no key, a malformed base URL or tenant, a bad timeout).

    When a setting is missing, `missing` says what (`an API key`) and `variable` the environment variable that
    gives it, so a program without the constructor's arguments (the command line) can name only what it takes."""

    def __init__(self, message: str, *, missing: str | None = None, variable: str | None = None) -> None:
        super().__init__(message)
        self.missing = missing
        self.variable = variable


class RequestValidationError(VoyadoError, ValueError):
    """The request breaks the API description or Voyado's rules; raised before any network I/O."""

    def __init__(self, errors: Iterable[Problem], *, subject: str = "request") -> None:
        self.errors: list[Problem] = list(errors)
        self.subject = subject
        lines = "\n".join(f"  - {problem}" for problem in self.errors)
        count = len(self.errors)
        super().__init__(f"{subject} is invalid ({count} problem{'s' if count != 1 else ''}):\n{lines}")


class APIConnectionError(VoyadoError):
    """The request could not be delivered: nothing reached Voyado, so sending it again is safe."""

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.request = request


class DeliveryUnknownError(VoyadoError):
    """The request may have reached Voyado but no answer came; it is not resent automatically.

    `request_body` is what was sent, so the caller can find out whether it took effect before sending it again.
    """

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.request = request
        self.request_body: bytes = request.content if request is not None else b""


class APITimeoutError(DeliveryUnknownError):
    """No answer came within the timeout after the request was sent."""


class APIResponseValidationError(VoyadoError):
    """Voyado answered with a success status, but the body is not what the API description says.

    The request was accepted. `errors` lists every problem with the body at its JSON path.
    """

    def __init__(self, message: str, *, response: httpx.Response, errors: Iterable[Problem] = ()) -> None:
        first, newline, rest = message.partition("\n")
        head, colon = (first[:-1], ":") if first.endswith(":") else (first, "")
        super().__init__(f"{head} (HTTP {response.status_code}){colon}{newline}{rest}")
        self.response: httpx.Response = response
        self.status_code: int = response.status_code
        self.errors: list[Problem] = list(errors)

    @classmethod
    def listing(cls, problems: Iterable[Problem], *, response: httpx.Response) -> APIResponseValidationError:
        """The error for a success body that does not match its declared type, with every problem and its path."""
        problems = list(problems)
        count = len(problems)
        lines = "".join(f"\n  - {printable(str(problem))[:300]}" for problem in problems[:50])
        more = f"\n  ... and {count - 50} more" if count > 50 else ""
        plural = "s" if count != 1 else ""
        message = f"the success body does not match the API description ({count} problem{plural}):{lines}{more}"
        return cls(message, response=response, errors=problems)


class PaginationError(VoyadoError):
    """A page iterator stopped: the server sent a page it had sent before, or more pages than the iterator's cap."""


class APIStatusError(VoyadoError):
    """Voyado answered with a status other than 2xx; the body is parsed whatever its shape."""

    def __init__(self, response: httpx.Response, details: ErrorDetails) -> None:
        self.response: httpx.Response = response
        self.status_code: int = response.status_code
        self.headers: Mapping[str, str] = response.headers
        self.error_code: str | None = details.error_code
        self.message: str | None = details.message
        self.body: Any = details.body
        reason = details.message or printable(response.reason_phrase)[:100] or "no message"
        code = f" [{details.error_code}]" if details.error_code else ""
        super().__init__(f"HTTP {response.status_code}{code}: {reason}")


class BadRequestError(APIStatusError):
    """400: Voyado rejected the request (for orders: totals, tax or quantities do not add up)."""


class AuthenticationError(APIStatusError):
    """401: the API key is missing or not valid."""


class PermissionDeniedError(APIStatusError):
    """403: the API key may not do this, or the caller's IP is not allowed."""


class NotFoundError(APIStatusError):
    """404: the resource does not exist."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the current state. A contact lookup that matched several contacts answers
    409 with their ids (`matching_contact_ids`); a create whose key exists answers 409 too."""

    #: At most this many matching ids are kept from a body (a hostile body could list millions).
    MAX_MATCHES = 1000

    @property
    def matching_contact_ids(self) -> tuple[str, ...]:
        """The ids of every contact that matched, from the body's `multipleMatchesFound` (in any key casing); empty
        when the body lists none."""
        body = self.body
        if not isinstance(body, dict):
            return ()
        wanted = "multiplematchesfound"
        ids = next((v for k, v in body.items() if isinstance(k, str) and k.isascii() and k.lower() == wanted), None)
        if not isinstance(ids, list):
            return ()
        return tuple(printable(each)[:200] for each in ids[: self.MAX_MATCHES] if isinstance(each, str))


class UnprocessableEntityError(APIStatusError):
    """422: the request is well-formed but Voyado will not process it."""


class RateLimitError(APIStatusError):
    """429: too many requests on this API key; the request was not processed."""


class InternalServerError(APIStatusError):
    """5xx: Voyado failed; whether an unsafe request took effect is unknown."""


STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def error_class(status: int) -> type[APIStatusError]:
    """The most specific error class for a non-2xx status (the docs list the same)."""
    return STATUS_ERRORS.get(status) or (InternalServerError if status >= 500 else APIStatusError)


def status_error(response: httpx.Response) -> APIStatusError:
    """The error for a non-2xx response, with its body read whatever its shape."""
    return error_class(response.status_code)(response, read_error_body(response))
