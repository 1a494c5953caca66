# Generated from generator/runtime/_base_client.py by `make generate`; do not edit.
"""The request loop every generated operation calls: build, validate, send, retry safely, map errors, parse.

A generated operation module is a declaration: a function that turns its arguments into request parts, and an
`Operation` (method, path, retry policy, the body's rules, the parser of its success body). This module does the
rest, once, for the sync and the async client alike.
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import math
import os
import time
from collections.abc import Callable, Coroutine, Iterator, Mapping
from http import HTTPStatus
from typing import TYPE_CHECKING, Any, ClassVar, Generic, NamedTuple, Self, TypedDict, TypeVar, Unpack, cast

import httpx

from ._config import ClientConfig, resolve_config
from ._deadline import Deadline
from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    ConfigurationError,
    DeliveryUnknownError,
    Problem,
    RequestValidationError,
    VoyadoError,
    redact,
    status_error,
)
from ._lazy import LazyModule
from ._logging import configure_from_env, current_route, logger
from ._options import (
    CallOptions,
    header_problems,
    option_problems,
    retries_problems,
    strict_responses,
    timeout_problems,
)
from ._paths import expand
from ._raw_response import raw_response_wanted
from ._retry import Outcome, RetryDecision, RetryPolicy, decide
from ._text import printable

if TYPE_CHECKING:
    import threading
    from asyncio import Task

    from . import _connections, _environment, _json
else:  # loaded on the first request (or client), so that `import voyado_engage` stays cheap
    _json = LazyModule(f"{__package__}._json")
    _connections = LazyModule(f"{__package__}._connections")
    _environment = LazyModule(f"{__package__}._environment")
    threading = LazyModule("threading")

T = TypeVar("T")
DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_RETRIES = 2
MAX_RESPONSE_BYTES = 10 * 1024 * 1024  # far above any Voyado answer; a hostile server cannot exhaust memory


class Operation(NamedTuple, Generic[T]):
    """What the API description says about one operation: how to send it and how to read its success body."""

    operation_id: str
    method: str
    path: str
    retry_policy: RetryPolicy
    parse: Callable[[httpx.Response], T]
    check_body: Callable[[Any], None] | None = None
    """Voyado's rules for the body beyond its schema (the order rules), run before sending unless `validate=False`."""
    idempotency_header: str | None = None
    """A header Voyado deduplicates by: filled with a fresh key per call (unless given), the same on each retry."""
    name: str = ""
    """The method the caller called (`point_accounts.add_transactions`): what log lines name the call by."""


class APIResponse(NamedTuple, Generic[T]):
    """A successful response: status, headers, raw body and the parsed result."""

    status_code: int
    headers: httpx.Headers
    content: bytes
    parsed: T
    attempts: int
    call_id: str = ""
    """The id of the call that got this answer: its log lines and errors carry it too."""


RequestParts = Mapping[str, Any]
Parser = Callable[[httpx.Response], T]


class ClientSettings(TypedDict, total=False):
    """The settings of a client, as `with_options(**changes)` takes them (the constructor documents each)."""

    api_key: str | None
    access_token: str | None
    base_url: str | None
    tenant: str | None
    user_agent: str | None
    timeout: float | httpx.Timeout | None
    max_retries: int
    default_headers: Mapping[str, str] | None
    strict_response_validation: bool


HttpT = TypeVar("HttpT", httpx.Client, httpx.AsyncClient)


class BaseClient(Generic[HttpT]):
    """Settings and request building shared by `SyncAPIClient` and `AsyncAPIClient`."""

    default_base_url: ClassVar[str] = ""
    sdk_version: ClassVar[str] = "0"

    def __init__(
        self,
        *,
        api_key: str | None = None,
        access_token: str | None = None,
        base_url: str | None = None,
        tenant: str | None = None,
        user_agent: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        strict_response_validation: bool = False,
        http_client: HttpT | None = None,
    ) -> None:
        """A client with one connection pool. Settings not passed come from `VOYADO_*` environment variables.

        Args:
            api_key: The Engage API key (sent as the `apikey` header); default `VOYADO_API_KEY`.
            access_token: Another name for `api_key`, as Voyado's documentation calls it.
            base_url: `https://<tenant>.voyado.com` or an `Environment`; default `VOYADO_BASE_URL`, else production.
                HTTPS only (plain HTTP for loopback hosts); no credentials, query or fragment.
            tenant: Fills `{tenant}` in an `Environment` URL: one DNS label; default `VOYADO_TENANT`.
            user_agent: Your product token (`AcmeShop/2.1`), sent before the SDK's own; default `VOYADO_USER_AGENT`.
            timeout: Seconds for a whole call, retries and waits included (default 30); an `httpx.Timeout` keeps its
                phases and ends the call by the longest; None means no limit.
            max_retries: Retries per call (default 2); each operation's retry policy decides whether it may retry.
            default_headers: Headers added to every request (per-call `extra_headers` win).
            strict_response_validation: True to refuse responses carrying enum values the spec does not list
                (by default they are kept, since Voyado adds values over time).
            http_client: Your own `httpx` client, used as given, except that the SDK's requests never follow
                redirects or run its auth flows, and carry their own URL, headers and timeouts. Closing the SDK
                client leaves it open.
        """
        configure_from_env()
        self._config: ClientConfig = resolve_config(
            api_key=api_key,
            access_token=access_token,
            base_url=base_url,
            tenant=tenant,
            user_agent=user_agent,
            default_base_url=self.default_base_url,
            version=self.sdk_version,
        )
        problems = timeout_problems(timeout) + retries_problems(max_retries)
        problems += header_problems(default_headers or {}, "default_headers")
        if problems:
            raise ConfigurationError("; ".join(str(problem) for problem in problems))
        if not isinstance(strict_response_validation, bool):
            raise ConfigurationError("strict_response_validation must be True or False")
        self.timeout: httpx.Timeout = _as_timeout(timeout)
        self.max_retries: int = max_retries
        self.default_headers: dict[str, str] = dict(default_headers or {})
        # False (the default): a response may carry enum values the spec does not list (Voyado adds them over
        # time); they are kept. True: such a response is an APIResponseValidationError.
        self.strict_response_validation: bool = strict_response_validation
        self._settings = ClientSettings(  # the key is not kept here: only in its Secret, which no repr shows
            base_url=self._config.base_url,
            user_agent=user_agent,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            strict_response_validation=strict_response_validation,
        )
        self._owns_http = http_client is None
        self._http: HttpT = http_client if http_client is not None else self._own_http_client()
        # Before any connection exists, so that every connection of the pool is one the SDK keeps track of
        # (`_connections`); not for a caller's transport that is not httpx's own.
        guard = _connections.guard_pools(self._http)
        self._guarded: bool = guard.wrapped
        self._sees_writes: bool = guard.sees_writes

    def _own_http_client(self) -> HttpT:
        """The SDK's own pool, with the certificates and proxy `_environment` allows (never `trust_env`)."""
        settings = _environment.pool_settings(self._config.base_url)
        try:
            return self._new_http_client(**settings.client_arguments())
        except (ImportError, ValueError, TypeError, httpx.InvalidURL) as exc:  # a proxy URL httpx refuses
            what = "needs the socksio package" if isinstance(exc, ImportError) else "is not a usable proxy URL"
            raise ConfigurationError(f"{settings.proxy_variable or 'the proxy'} {what}") from None

    def _new_http_client(self, **settings: Any) -> HttpT:
        raise NotImplementedError

    def with_options(self, **changes: Unpack[ClientSettings]) -> Self:
        """A client with some settings changed, sharing this one's connection pool (closing it leaves the pool)."""
        settings: dict[str, Any] = {**self._settings, **changes}
        settings["api_key"] = changes.get("api_key") or changes.get("access_token") or self._config.api_key.reveal()
        settings.pop("access_token", None)
        if "tenant" in changes:
            settings["base_url"] = changes.get("base_url")
        copy = type(self)(**settings, http_client=self._http)
        copy.__dict__.update({name: value for name, value in self.__dict__.items() if name in self._SHARED})
        return copy

    _SHARED: ClassVar[frozenset[str]] = frozenset({"_loop"})  # a shared pool belongs to one event loop

    @property
    def base_url(self) -> str:
        return self._config.base_url

    @property
    def user_agent(self) -> str:
        return self._config.user_agent

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, user_agent={self.user_agent!r})"

    def _default_headers(self) -> dict[str, str]:
        return {
            **self.default_headers,
            "apikey": self._config.api_key.reveal(),
            "User-Agent": self._config.user_agent,
            "Content-Type": "application/json",
            "Accept": "application/json",
        }

    def _build_request(
        self,
        http: httpx.Client | httpx.AsyncClient,
        operation: Operation[Any],
        parts: RequestParts,
        options: CallOptions,
    ) -> httpx.Request:
        """Check everything the caller gave (before any I/O) and build the request; raises `RequestValidationError`.

        Options, header values and path parameters are checked together and reported together; the body is
        checked against its schema and Voyado's rules, then encoded.
        """
        problems = option_problems(options)
        problems += header_problems(parts.get("headers") or {}, "headers", framing_allowed=True)
        if http.is_closed:
            problems.append(Problem("", "the client is closed; create a new one"))
        if problems:
            raise RequestValidationError(problems)
        path = expand(operation.path, parts["path_params"]) if "path_params" in parts else operation.path
        url = self.base_url + path  # absolute: a caller's http_client keeps its own base_url
        body = parts.get("json")
        content: bytes | None = None
        if body is not None:
            if options.get("validate", True) and operation.check_body is not None:
                operation.check_body(body)
            content = _encode(body)
        headers = self._default_headers()
        headers.update(parts.get("headers") or {})
        headers.update(options.get("extra_headers") or {})
        if operation.idempotency_header and operation.idempotency_header.lower() not in map(str.lower, headers):
            # Built once per call, so every retry of this call carries the same key and Voyado applies it once.
            headers[operation.idempotency_header] = _new_idempotency_key()
        try:
            params = parts.get("params")
            if params or http.params or http.cookies:
                return http.build_request(operation.method, url, params=params, content=content, headers=headers)
            # What build_request builds when there is nothing to merge but headers, without parsing the URL again.
            merged = httpx.Headers(http.headers)
            merged.update(headers)
            timeout = {"timeout": http.timeout.as_dict()}
            return httpx.Request(operation.method, _parsed(url), content=content, headers=merged, extensions=timeout)
        except (httpx.InvalidURL, UnicodeError, TypeError, ValueError) as exc:  # e.g. a lone surrogate in a query
            reason = printable(str(exc))[:200]
        raise RequestValidationError([Problem("", f"cannot be sent: {reason}")])  # raised here: no chained cause

    def _start(self, operation: Operation[Any], parts: RequestParts, options: CallOptions) -> _Attempts:
        """A call's request, checked and built before any I/O, with its deadline, retry budget and reading mode."""
        request = self._build_request(self._http, operation, parts, options)
        deadline = Deadline(_as_timeout(options["timeout"]) if "timeout" in options else self.timeout)
        max_retries = options.get("max_retries", self.max_retries)
        return _Attempts(
            operation,
            request,
            max_retries,
            deadline,
            strict=self.strict_response_validation,
            sees_writes=self._sees_writes,
        )


@functools.lru_cache(maxsize=1024)
def _parsed(url: str) -> httpx.URL:
    # httpx.URL is immutable, so one parse serves every request to the same URL (an order's is always the same).
    return httpx.URL(url)


def _new_call_id() -> str:
    """A short random id of one call (12 hex digits: unique enough to find a call's lines in a day's logs)."""
    return os.urandom(6).hex()


def _new_idempotency_key() -> str:
    import uuid  # noqa: PLC0415 - only operations with an idempotency key need it

    return str(uuid.uuid4())


def _encode(body: Any) -> bytes:
    try:
        return _json.dumps(body)
    except TypeError as exc:  # orjson: non-str keys, lone surrogates, integers beyond 64 bits, deep nesting
        reason = str(exc)
    raise RequestValidationError([Problem("", f"cannot be encoded as JSON: {reason}")])


def _as_timeout(timeout: float | httpx.Timeout | None) -> httpx.Timeout:
    return timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)


def _classify(
    exc: Exception, operation: Operation[Any], request: httpx.Request, *, written: bool | None
) -> tuple[Outcome, VoyadoError]:
    """Whether a failure left the request undelivered or of unknown fate, and the error to raise.

    Only failures that provably happen before a byte is written count as undelivered: no connection, no
    connection from the pool, or (where the SDK watches the pool's sockets, `written` is not None) no byte of the
    request written. Everything else (including exceptions from below httpx) may follow a delivery.
    """
    where = f"{operation.method} {operation.path}"  # the route, not the values in it (they may be customer data)
    # A ProxyError is a refused CONNECT: the tunnel never opened, so none of the request went through it.
    not_connected = httpx.ConnectTimeout | httpx.ConnectError | httpx.PoolTimeout | httpx.UnsupportedProtocol
    if isinstance(exc, not_connected | httpx.ProxyError):
        reason = printable(str(exc))[:200]
        return Outcome.NOT_CONNECTED, APIConnectionError(f"could not connect for {where}: {reason}", request=request)
    if written is False:
        reason = printable(_short(exc))
        return Outcome.NOT_CONNECTED, APIConnectionError(
            f"{where} was not sent: {type(exc).__name__}: {reason}", request=request
        )
    if isinstance(exc, _connections.UnmatchedAnswer):
        return Outcome.NO_ANSWER, DeliveryUnknownError(
            f"the answer to {where} was read from bytes sent before the request (a server or proxy left them on a "
            "kept-alive connection); it may have been processed",
            request=request,
        )
    if isinstance(exc, httpx.TimeoutException | TimeoutError):
        return Outcome.NO_ANSWER, APITimeoutError(
            f"no answer before the deadline for {where}; it may have been processed", request=request
        )
    return Outcome.NO_ANSWER, DeliveryUnknownError(
        f"connection lost during {where} ({type(exc).__name__}); it may have been processed", request=request
    )


class _Attempts:
    """Bookkeeping of one call's attempts: the deadline, decisions, logging and the final error or result."""

    def __init__(
        self,
        operation: Operation[Any],
        request: httpx.Request,
        max_retries: int,
        deadline: Deadline,
        *,
        strict: bool,
        sees_writes: bool,
    ) -> None:
        self.operation = operation
        self.request = request
        self.max_retries = max_retries
        self.deadline = deadline
        self.retries_done = 0
        self.strict = strict  # strict_response_validation: enum values the spec does not list are refused
        self.started = time.perf_counter()
        # One id for the call's attempts, on each log line, the error and the raw response (Voyado documents no
        # request id header of its own to correlate with).
        self.call_id = _new_call_id()
        self.last: _Body | _ReadWhole | VoyadoError | None = None  # what the latest attempt came to
        self.sees_writes = sees_writes  # whether the pool's sockets tell which attempts wrote their request
        self.wire = _connections.Wire()

    @property
    def attempt(self) -> int:
        return self.retries_done + 1

    def prepare(self) -> None:
        """Give the next attempt the time left, and a fresh record of what it writes."""
        self.request.extensions["timeout"] = self.deadline.request_timeouts()
        self.wire = _connections.Wire()

    def after_exception(self, exc: Exception) -> RetryDecision:
        written = self.wire.written if self.sees_writes else None
        outcome, self.last = _classify(exc, self.operation, self.request, written=written)
        decision = self._decide(outcome)
        self._log(f"failed: {type(exc).__name__}", decision)
        return decision

    def after_response(self, read: _Body | _ReadWhole) -> RetryDecision:
        self.last = read
        response = read.response
        decision = self._decide(Outcome.ANSWERED, response.status_code, response.headers.get("retry-after"))
        self._log(f"-> {response.status_code}", decision)
        return decision

    def _decide(self, outcome: Outcome, status: int | None = None, retry_after: str | None = None) -> RetryDecision:
        decision = decide(
            self.operation.retry_policy,
            outcome,
            status=status,
            retry_after=retry_after,
            retries_done=self.retries_done,
            max_retries=self.max_retries,
        )
        if decision.retry and not self.deadline.allows(decision.delay):
            return RetryDecision(False, f"{decision.reason}; no time left for another attempt before the deadline")
        return decision

    def fail(self, error: VoyadoError) -> VoyadoError:
        """The final error of this call: the request it keeps no longer carries the key, nor does any text it read
        from the server."""
        key = self.request.headers.get("apikey", "")
        self.request.headers["apikey"] = "<redacted>"
        redacted = redact(error, key)
        redacted.call_id = self.call_id
        return redacted

    def conclude(self, parse: Parser[T]) -> APIResponse[T]:
        """The call's result, or its error, raised here (outside any except block: it chains nothing that saw the
        key)."""
        if isinstance(self.last, VoyadoError):
            raise self.fail(self.last)
        assert self.last is not None, "conclude() follows an attempt"
        read = self.last
        response = read.response
        if not 200 <= response.status_code < 300:
            raise self.fail(status_error(response))
        if read.problem:
            raise self.fail(APIResponseValidationError(f"the success body {read.problem}", response=response))
        token = strict_responses.set(self.strict)
        try:
            parsed = parse(response)
        except RequestValidationError as exc:  # the models' problems, each at its JSON path
            problems = exc.errors
        except Exception as exc:  # malformed JSON, and whatever else a hostile body provokes
            problems = [Problem("", printable(_short(exc)))]
        else:
            return APIResponse(
                response.status_code, response.headers, response.content, parsed, self.attempt, self.call_id
            )
        finally:
            strict_responses.reset(token)
        raise self.fail(APIResponseValidationError.listing(problems, response=response))

    def _log(self, what: str, decision: RetryDecision) -> None:
        """One line per attempt, named by the method the caller called; a retry decision on the same line."""
        elapsed_ms = (time.perf_counter() - self.started) * 1000
        then = f"; retrying in {decision.delay:.2f} s: {decision.reason}" if decision.retry else ""
        logger.info(
            "%s: %s %s %s in %.0f ms (attempt %d, call %s)%s",
            self.operation.name or self.operation.operation_id,
            self.operation.method,
            self.operation.path,  # the route, not the values in it (they may be customer data)
            what,
            elapsed_ms,
            self.attempt,
            self.call_id,
            then,
        )
        if not decision.retry:
            logger.debug("%s: not retrying: %s", self.operation.name or self.operation.operation_id, decision.reason)


def _short(exc: BaseException) -> str:
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return text[:200]


class _Body:
    """A response read up to MAX_RESPONSE_BYTES before the deadline, and what was wrong with its body, if anything.

    The body is already decoded, so the response it holds drops Content-Encoding; a body that cannot be decoded
    (a corrupt gzip stream) leaves the status and headers, an empty body and the problem.
    """

    def __init__(self, streamed: httpx.Response, deadline: Deadline) -> None:
        self.streamed = streamed
        self.deadline = deadline
        self.chunks: list[bytes] = []
        self.size = 0
        self.problem: str | None = None

    def add(self, chunk: bytes) -> bool:
        """Keep the chunk (or what fits of it); False once the cap is reached."""
        room = MAX_RESPONSE_BYTES - self.size
        if len(chunk) > room:
            self.chunks.append(chunk[:room])
            self.size = MAX_RESPONSE_BYTES
            self.problem = f"larger than {MAX_RESPONSE_BYTES} bytes"
            return False
        self.chunks.append(chunk)
        self.size += len(chunk)
        if self.deadline.remaining() <= 0:
            raise httpx.ReadTimeout("the call's deadline passed while the body was read")
        return True

    @contextlib.contextmanager
    def decoding(self) -> Iterator[None]:
        """Around the read: a body that cannot be decoded (a corrupt gzip stream) leaves no body and the problem."""
        try:
            yield
        except httpx.DecodingError as exc:
            self.chunks, self.size = [], 0
            encoding = printable(self.streamed.headers.get("content-encoding", ""))[:40]
            self.problem = f"could not be decoded (Content-Encoding {encoding!r}): {type(exc).__name__}"

    @property
    def response(self) -> httpx.Response:
        streamed = self.streamed
        headers = [(k, v) for k, v in streamed.headers.multi_items() if k.lower() != "content-encoding"]
        return httpx.Response(
            streamed.status_code, headers=headers, content=b"".join(self.chunks), request=streamed.request
        )


class _ReadWhole(NamedTuple):
    """A body read in one piece: its declared length fits the cap and the deadline is enforced in each read."""

    response: httpx.Response
    problem: None = None


def _length_fits(streamed: httpx.Response) -> bool:
    """Whether the response declares a length within the cap (h11 then reads exactly that much): the fast path."""
    length = streamed.headers.get("content-length", "")
    return length.isdigit() and int(length) <= MAX_RESPONSE_BYTES and "content-encoding" not in streamed.headers


class SyncAPIClient(BaseClient[httpx.Client]):
    """A blocking client holding one connection pool; use it as a context manager or call `close()`."""

    def _new_http_client(self, **settings: Any) -> httpx.Client:
        return httpx.Client(timeout=self.timeout, **settings)

    def call(self, operation: Operation[T], parts: RequestParts, options: CallOptions | None = None) -> T:
        """What an operation method returns: the parsed result (the full `APIResponse` under `with_raw_response`)."""
        response = self.request(operation, parts, options)
        return cast(T, response) if raw_response_wanted.get() else response.parsed

    def request(
        self, operation: Operation[T], parts: RequestParts, options: CallOptions | None = None
    ) -> APIResponse[T]:
        attempts = self._start(operation, parts, options or {})
        request = attempts.request
        token = attempts.deadline.enter()
        try:
            while True:
                attempts.prepare()
                try:
                    read = self._attempt_within_deadline(request, attempts)
                except Exception as exc:  # httpx's, and anything from below it: classified, never let out
                    decision = attempts.after_exception(exc)
                else:
                    decision = attempts.after_response(read)
                if not decision.retry:
                    return attempts.conclude(operation.parse)
                time.sleep(decision.delay)
                attempts.retries_done += 1
        finally:
            Deadline.leave(token)

    def _attempt_within_deadline(self, request: httpx.Request, attempts: _Attempts) -> _Body | _ReadWhole:
        """One attempt, over by the call's deadline whatever the transport does.

        The SDK's pools bound every socket operation by the deadline (`_connections`). A caller's transport that
        is not httpx's own cannot be reached into, so the attempt runs in a thread of its own and the call stops
        waiting at the deadline (the thread finishes, and closes what it read, when the transport returns).
        """
        left = attempts.deadline.remaining()
        if self._guarded or left == math.inf:
            return self._attempt(request, attempts)
        outcome: list[_Body | _ReadWhole | BaseException] = []
        finished = threading.Event()
        context = contextvars.copy_context()  # the deadline and the wire record go along

        def run() -> None:
            try:
                outcome.append(context.run(self._attempt, request, attempts))
            except BaseException as exc:  # handed to the caller's thread, which classifies it
                outcome.append(exc)
            finally:
                finished.set()

        threading.Thread(target=run, name="voyado-engage-attempt", daemon=True).start()
        if not finished.wait(max(left, 0.0)):
            raise httpx.ReadTimeout("the call's deadline passed while the transport was still busy")
        result = outcome[0]
        if isinstance(result, BaseException):
            raise result
        return result

    def _attempt(self, request: httpx.Request, attempts: _Attempts) -> _Body | _ReadWhole:
        # Never follow a redirect or run an auth flow, whatever the http_client says: a redirect would carry the key
        # and the body elsewhere, and an auth flow (Digest) sends the request again.
        token = _connections.watch(attempts.wire)
        route = current_route.set(self.base_url + attempts.operation.path)
        try:
            streamed = self._http.send(request, stream=True, follow_redirects=False, auth=None)
        finally:
            current_route.reset(route)
            _connections.unwatch(token)
        streamed.next_request = None  # httpx's copy of the request for a redirect, key and all: never followed
        try:
            _connections.guard_response(streamed)
            if self._guarded and _length_fits(streamed):  # the deadline is enforced inside each socket read
                streamed.read()
                return _ReadWhole(streamed)
            body = _Body(streamed, attempts.deadline)
            with body.decoding():
                for chunk in streamed.iter_bytes():
                    if not body.add(chunk):
                        break
            return body
        finally:
            streamed.close()

    def close(self) -> None:
        """Close the connection pool (not a caller's own `http_client`, nor one shared by `with_options`)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncAPIClient(BaseClient[httpx.AsyncClient]):
    """The asyncio twin of `SyncAPIClient`: the same settings, behaviour and errors.

    A client belongs to the event loop of its first request (its connections do); using it from another loop
    raises `RequestValidationError` before anything is sent.
    """

    _loop: Any = None  # the event loop of the first request

    def _new_http_client(self, **settings: Any) -> httpx.AsyncClient:
        return httpx.AsyncClient(timeout=self.timeout, **settings)

    @functools.cached_property
    def _asyncio(self) -> Any:
        # asyncio is imported on first use, not at the top: sync users should not pay for loading it.
        import asyncio  # noqa: PLC0415

        return asyncio

    def _check_loop(self) -> None:
        loop = self._asyncio.get_running_loop()
        if self._loop is None:
            self._loop = loop
        elif loop is not self._loop:
            raise RequestValidationError(
                [Problem("", "this client was first used in another event loop; create one client per event loop")],
                subject="call",
            )

    async def call(self, operation: Operation[T], parts: RequestParts, options: CallOptions | None = None) -> T:
        """What an operation method returns: the parsed result (the full `APIResponse` under `with_raw_response`)."""
        response = await self.request(operation, parts, options)
        return cast(T, response) if raw_response_wanted.get() else response.parsed

    async def request(
        self, operation: Operation[T], parts: RequestParts, options: CallOptions | None = None
    ) -> APIResponse[T]:
        self._check_loop()
        attempts = self._start(operation, parts, options or {})
        request = attempts.request
        while True:
            attempts.prepare()
            try:
                # The backstop for a server that drips bytes just under the per-read timeout; a little later than
                # the per-operation timeouts, so that a connect timeout is still reported as one.
                async with self._asyncio.timeout(attempts.deadline.backstop()):
                    read = await self._cancelled_at_most_once(self._attempt(request, attempts))
            except Exception as exc:  # httpx's, asyncio's TimeoutError, and anything from below: never let out
                decision = attempts.after_exception(exc)
            else:
                decision = attempts.after_response(read)
            if not decision.retry:
                return attempts.conclude(operation.parse)
            await self._asyncio.sleep(decision.delay)
            attempts.retries_done += 1

    async def _cancelled_at_most_once(self, attempt: Coroutine[Any, Any, T]) -> T:
        """Run an attempt as a task of its own, which a cancellation of the call reaches exactly once.

        httpcore gives a connection back with awaits of its own; a second cancellation arriving meanwhile (a caller's
        `wait_for` on top of the SDK's deadline, a TaskGroup, a Ctrl-C) cuts them short and leaves the connection
        taken for good, until every later call waits for the pool. So the caller's cancellations are passed on once,
        and the call waits for the attempt to finish unwinding before it lets the cancellation out.
        """
        asyncio = self._asyncio
        task: Task[T] = asyncio.ensure_future(attempt)  # this context's copy: the wire record goes along
        try:
            result: T = await asyncio.shield(task)
        except asyncio.CancelledError:
            task.cancel()
            while not task.done():
                with contextlib.suppress(Exception, asyncio.CancelledError):
                    await asyncio.shield(task)
            if not task.cancelled():
                task.exception()  # retrieved: the call is cancelled, whatever the attempt came to
            await asyncio.shield(_connections.drop_orphans(self._http))
            raise
        return result

    async def _attempt(self, request: httpx.Request, attempts: _Attempts) -> _Body | _ReadWhole:
        # Never follow a redirect or run an auth flow, whatever the http_client says: a redirect would carry the key
        # and the body elsewhere, and an auth flow (Digest) sends the request again.
        token = _connections.watch(attempts.wire)
        route = current_route.set(self.base_url + attempts.operation.path)
        try:
            streamed = await self._http.send(request, stream=True, follow_redirects=False, auth=None)
        finally:
            current_route.reset(route)
            _connections.unwatch(token)
        streamed.next_request = None  # httpx's copy of the request for a redirect, key and all: never followed
        try:
            _connections.guard_response(streamed)
            if _length_fits(streamed):
                await streamed.aread()
                return _ReadWhole(streamed)
            body = _Body(streamed, attempts.deadline)
            with body.decoding():
                async for chunk in streamed.aiter_bytes():
                    if not body.add(chunk):
                        break
            return body
        finally:
            # Shielded: a cancellation arriving while the response is released would leave its connection and
            # pool slot taken for good.
            await self._asyncio.shield(streamed.aclose())

    async def close(self) -> None:
        """Close the connection pool (not a caller's own `http_client`, nor one shared by `with_options`)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()


def decode_body(response: httpx.Response, *, empty: Callable[[int], Any] | None = None) -> Any:
    """The JSON body of a success response; `empty` supplies the value of an empty body where the spec allows one."""
    if not response.content.strip():
        if empty is None:
            raise ValueError("the body is empty, but the API description promises JSON")
        return empty(response.status_code)
    return _json.loads(response.content)


def empty_object_body(status_code: int) -> dict[str, Any]:
    """What an empty body stands for where the spec declares a free-form object or an ASP.NET `OkResult`."""
    return {}


def status_code_body(status_code: int) -> dict[str, str]:
    """What an empty body stands for where the spec declares a .NET `StatusCodeResult`: 202 -> "Accepted"."""
    try:
        phrase = HTTPStatus(status_code).phrase
    except ValueError:
        return {}
    return {"statusCode": phrase.replace(" ", "").replace("-", "")}
