# Generated from generator/runtime/_base_client.py by `make generate`; do not edit.
"""The request loop every generated operation calls: build, validate, send, retry safely, map errors, parse.

A generated operation module is a declaration: an `Operation` (method, path, retry policy, body schema), a
function that turns its arguments into request parts, and a parser for its success body. This module does the
rest, once, for the sync and the async client alike.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from http import HTTPStatus
from typing import TYPE_CHECKING, Any, ClassVar, Generic, NamedTuple, Self, TypedDict, TypeVar

import httpx

from ._config import ClientConfig, resolve_config
from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    DeliveryUnknownError,
    Problem,
    RequestValidationError,
    VoyadoError,
    status_error,
)
from ._lazy import LazyModule
from ._logging import configure_from_env, logger
from ._retry import Outcome, RetryDecision, RetryPolicy, decide

if TYPE_CHECKING:
    from . import _json, _validation
else:  # loaded on the first request, so that `import voyado_engage` stays cheap
    _json = LazyModule(f"{__package__}._json")
    _validation = LazyModule(f"{__package__}._validation")

T = TypeVar("T")
DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_RETRIES = 2
MAX_RESPONSE_BYTES = 10 * 1024 * 1024  # far above any Voyado answer; a hostile server cannot exhaust memory


class Operation(NamedTuple):
    """What the API description says about one operation, as far as sending it is concerned."""

    operation_id: str
    method: str
    path: str
    retry_policy: RetryPolicy
    body_schema: str | None = None


class CallOptions(TypedDict, total=False):
    """Per-call settings every operation method accepts as keyword arguments."""

    timeout: float | httpx.Timeout | None
    """Seconds (or an `httpx.Timeout`) for this call instead of the client's."""
    max_retries: int
    """Retries for this call instead of the client's; the operation's retry policy still applies."""
    extra_headers: Mapping[str, str]
    """Headers added to this request."""
    validate: bool
    """Check the request body before sending (default True); problems raise `RequestValidationError`."""


class APIResponse(NamedTuple, Generic[T]):
    """A successful response: status, headers, raw body and the parsed result."""

    status_code: int
    headers: httpx.Headers
    content: bytes
    parsed: T
    attempts: int


RequestParts = Mapping[str, Any]
Parser = Callable[[httpx.Response], T]


class BaseClient:
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
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
    ) -> None:
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
        if max_retries < 0:
            raise ValueError("max_retries must be 0 or more")
        self.timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        self.max_retries = max_retries

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
            "apikey": self._config.api_key.reveal(),
            "User-Agent": self._config.user_agent,
            "Content-Type": "application/json",
            "Accept": "application/json",
        }

    def _build_request(
        self, http: httpx.Client | httpx.AsyncClient, operation: Operation, parts: RequestParts, options: CallOptions
    ) -> httpx.Request:
        """Validate the body (before any I/O) and build the request; raises `RequestValidationError`."""
        body = parts.get("json")
        content: bytes | None = None
        if body is not None:
            if options.get("validate", True) and operation.body_schema:
                _validation.check_body(operation.body_schema, body)
            try:
                content = _json.dumps(body)
            except TypeError as exc:  # orjson: non-str keys, lone surrogates, nesting beyond its limit
                raise RequestValidationError([Problem("", f"cannot be encoded as JSON: {exc}")]) from None
        headers = self._default_headers()
        headers.update(parts.get("headers") or {})
        headers.update(options.get("extra_headers") or {})
        timeout = options.get("timeout", self.timeout)
        return http.build_request(
            parts["method"].upper(),
            parts["url"],
            params=parts.get("params"),
            content=content,
            headers=headers,
            timeout=timeout if timeout is not None else httpx.Timeout(None),
        )

    def _max_retries(self, options: CallOptions) -> int:
        return options.get("max_retries", self.max_retries)


def _classify(exc: httpx.TransportError, request: httpx.Request) -> tuple[Outcome, VoyadoError]:
    """Whether a transport failure left the request undelivered or of unknown fate, and the error to raise."""
    where = f"{request.method} {request.url.path}"
    if isinstance(exc, httpx.ConnectTimeout | httpx.ConnectError | httpx.PoolTimeout | httpx.UnsupportedProtocol):
        return Outcome.NOT_CONNECTED, APIConnectionError(f"could not connect for {where}: {exc}", request=request)
    if isinstance(exc, httpx.TimeoutException):
        return Outcome.NO_ANSWER, APITimeoutError(
            f"no answer in time for {where}; it may have been processed", request=request
        )
    return Outcome.NO_ANSWER, DeliveryUnknownError(
        f"connection lost during {where} ({type(exc).__name__}); it may have been processed", request=request
    )


class _Attempts:
    """Bookkeeping of one call's attempts: decisions, logging and the final error or result."""

    def __init__(self, operation: Operation, request: httpx.Request, max_retries: int) -> None:
        self.operation = operation
        self.request = request
        self.max_retries = max_retries
        self.retries_done = 0
        self.started = time.perf_counter()

    @property
    def attempt(self) -> int:
        return self.retries_done + 1

    def after_exception(self, exc: httpx.TransportError) -> tuple[RetryDecision, VoyadoError]:
        outcome, error = _classify(exc, self.request)
        decision = decide(
            self.operation.retry_policy, outcome, retries_done=self.retries_done, max_retries=self.max_retries
        )
        self._log(f"failed: {type(exc).__name__}", decision)
        return decision, error

    def after_response(self, response: httpx.Response) -> RetryDecision:
        decision = decide(
            self.operation.retry_policy,
            Outcome.ANSWERED,
            status=response.status_code,
            retry_after=response.headers.get("retry-after"),
            retries_done=self.retries_done,
            max_retries=self.max_retries,
        )
        self._log(f"-> {response.status_code}", decision)
        return decision

    def fail(self, error: VoyadoError) -> VoyadoError:
        """The final error of this call; the request it keeps no longer carries the key."""
        self.request.headers["apikey"] = "<redacted>"
        return error

    def finish(self, response: httpx.Response, parse: Parser[T], *, truncated: bool) -> APIResponse[T]:
        if not 200 <= response.status_code < 300:
            raise self.fail(status_error(response))
        if truncated:
            error = APIResponseValidationError(
                f"success body larger than {MAX_RESPONSE_BYTES} bytes", response=response
            )
            raise self.fail(error)
        try:
            parsed = parse(response)
        except ValueError as exc:  # JSON errors, and the models' Invalid and RequestValidationError
            error = APIResponseValidationError(f"unreadable success body: {_short(exc)}", response=response)
            raise self.fail(error) from None
        return APIResponse(response.status_code, response.headers, response.content, parsed, self.attempt)

    def _log(self, what: str, decision: RetryDecision) -> None:
        elapsed_ms = (time.perf_counter() - self.started) * 1000
        logger.info(
            "%s %s %s in %.0f ms (attempt %d)",
            self.request.method,
            self.request.url.path,
            what,
            elapsed_ms,
            self.attempt,
        )
        if decision.retry:
            logger.warning("%s: retrying in %.2f s: %s", self.operation.operation_id, decision.delay, decision.reason)
        else:
            logger.debug("%s: not retrying: %s", self.operation.operation_id, decision.reason)


def _short(exc: BaseException) -> str:
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return text[:200]


def _length_fits(streamed: httpx.Response) -> bool:
    """Whether the response declares a length within the cap (h11 then reads exactly that much): the fast path."""
    length = streamed.headers.get("content-length", "")
    return length.isdigit() and int(length) <= MAX_RESPONSE_BYTES and "content-encoding" not in streamed.headers


class _CappedBody:
    """A response body read up to MAX_RESPONSE_BYTES; the rest is not read."""

    def __init__(self) -> None:
        self.chunks: list[bytes] = []
        self.size = 0
        self.truncated = False

    def add(self, chunk: bytes) -> bool:
        """Keep the chunk (or what fits of it); False once the cap is reached."""
        room = MAX_RESPONSE_BYTES - self.size
        if len(chunk) > room:
            self.chunks.append(chunk[:room])
            self.size, self.truncated = MAX_RESPONSE_BYTES, True
            return False
        self.chunks.append(chunk)
        self.size += len(chunk)
        return True

    def response(self, streamed: httpx.Response) -> httpx.Response:
        """A fully read response; the body is already decoded, so the copy drops Content-Encoding."""
        headers = [(k, v) for k, v in streamed.headers.multi_items() if k.lower() != "content-encoding"]
        return httpx.Response(
            streamed.status_code, headers=headers, content=b"".join(self.chunks), request=streamed.request
        )


class SyncAPIClient(BaseClient):
    """A blocking client holding one connection pool; use it as a context manager or call `close()`."""

    def __init__(self, *, http_client: httpx.Client | None = None, **settings: Any) -> None:
        super().__init__(**settings)
        self._http = http_client or httpx.Client(base_url=self.base_url, timeout=self.timeout)
        if http_client is not None:
            self._http.base_url = httpx.URL(self.base_url)

    def request(
        self, operation: Operation, parts: RequestParts, parse: Parser[T], options: CallOptions | None = None
    ) -> APIResponse[T]:
        options = options or {}
        request = self._build_request(self._http, operation, parts, options)
        attempts = _Attempts(operation, request, self._max_retries(options))
        while True:
            try:
                streamed = self._http.send(request, stream=True)
                try:
                    if _length_fits(streamed):
                        streamed.read()
                        response, truncated = streamed, False
                    else:
                        body = _CappedBody()
                        for chunk in streamed.iter_bytes():
                            if not body.add(chunk):
                                break
                        response, truncated = body.response(streamed), body.truncated
                finally:
                    streamed.close()
            except httpx.TransportError as exc:
                decision, error = attempts.after_exception(exc)
                if not decision.retry:
                    raise attempts.fail(error) from None
            else:
                decision = attempts.after_response(response)
                if not decision.retry:
                    return attempts.finish(response, parse, truncated=truncated)
            time.sleep(decision.delay)
            attempts.retries_done += 1

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncAPIClient(BaseClient):
    """The asyncio twin of `SyncAPIClient`: the same settings, behaviour and errors."""

    def __init__(self, *, http_client: httpx.AsyncClient | None = None, **settings: Any) -> None:
        # asyncio is imported here, not at the top: sync users should not pay for loading it.
        import asyncio  # noqa: PLC0415

        self._sleep = asyncio.sleep
        super().__init__(**settings)
        self._http = http_client or httpx.AsyncClient(base_url=self.base_url, timeout=self.timeout)
        if http_client is not None:
            self._http.base_url = httpx.URL(self.base_url)

    async def request(
        self, operation: Operation, parts: RequestParts, parse: Parser[T], options: CallOptions | None = None
    ) -> APIResponse[T]:
        options = options or {}
        request = self._build_request(self._http, operation, parts, options)
        attempts = _Attempts(operation, request, self._max_retries(options))
        while True:
            try:
                streamed = await self._http.send(request, stream=True)
                try:
                    if _length_fits(streamed):
                        await streamed.aread()
                        response, truncated = streamed, False
                    else:
                        body = _CappedBody()
                        async for chunk in streamed.aiter_bytes():
                            if not body.add(chunk):
                                break
                        response, truncated = body.response(streamed), body.truncated
                finally:
                    await streamed.aclose()
            except httpx.TransportError as exc:
                decision, error = attempts.after_exception(exc)
                if not decision.retry:
                    raise attempts.fail(error) from None
            else:
                decision = attempts.after_response(response)
                if not decision.retry:
                    return attempts.finish(response, parse, truncated=truncated)
            await self._sleep(decision.delay)
            attempts.retries_done += 1

    async def close(self) -> None:
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
