"""Route and host confinement: no value a caller passes changes which route is hit or which host gets the key.

Every operation with path parameters is tried with a table of hostile segments (dot segments in every encoding and
look-alike, separators, empties, controls) through its public method, against a real server on 127.0.0.1 that must
receive nothing; a property test checks that any accepted value arrives as exactly one segment of the same route.
"""

from __future__ import annotations

import datetime
import enum
import inspect
import types
import typing
from collections.abc import Iterator
from typing import Any, cast
from urllib.parse import unquote

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import API_KEY, endpoint_modules
from tests.fault_server import Action, FaultServer, fault_server
from voyado_engage import (
    APIStatusError,
    AsyncVoyadoEngage,
    ConfigurationError,
    DeliveryUnknownError,
    Environment,
    RequestValidationError,
    VoyadoEngage,
)
from voyado_engage.models import OrderParam
from voyado_engage.types import Unset

HOSTILE_SEGMENTS = [
    "",
    " ",
    "\t",
    ".",
    "..",
    "...",
    " .. ",
    "%2e",
    "%2e%2e",
    "%2E%2E",
    ".%2e",
    "%2e.",
    "%252e%252e",
    "%25252e%25252e",
    "..%2f",
    "a/b",
    "../x",
    "a\\b",
    "%2f",
    "%5c",
    "%252f",
    "\uff0e\uff0e",  # FULLWIDTH FULL STOP x2: NFKC folds it to ".."
    "\u2025",  # TWO DOT LEADER: NFKC ".."
    "\ufe52",  # SMALL FULL STOP
    "\uff0f",  # FULLWIDTH SOLIDUS: NFKC "/"
    "\uff3c",  # FULLWIDTH REVERSE SOLIDUS
    "x\r\ny",
    "\x00",
    "x\x7f",
    "\ud800",
    "%c0%ae%c0%ae",  # overlong UTF-8 for "..", decoded leniently by some servers
    "%e0%80%ae",
    "%ff",
    "%u002e%u002e",  # IIS's %u encoding
    "%u002F",
    "..;x",  # a Java server drops ";x" from the segment
    ".;",
    None,
]


def routed_modules() -> list[types.ModuleType]:
    return [module for module in endpoint_modules() if "{" in module.OPERATION.path]


def _sample(annotation: Any) -> Any:
    """A plain valid value for a required query or header parameter of this type."""
    options = [a for a in typing.get_args(annotation) if a is not Unset and a is not type(None)] or [annotation]
    kind = options[0]
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return next(iter(kind))
    if kind is bool:
        return True
    if kind is int:
        return 1
    if kind is datetime.datetime:
        return datetime.datetime(2024, 5, 2, tzinfo=datetime.UTC)
    return "x"


def call_arguments(module: types.ModuleType, hostile: Any) -> tuple[list[str], dict[str, Any]] | None:
    """Arguments for the module's public method with `hostile` in its first path parameter; None if it needs a body."""
    signature = inspect.signature(module._get_kwargs, eval_str=True)
    path_names = [name for name in signature.parameters if "{" + name + "}" in module.OPERATION.path]
    arguments: dict[str, Any] = {}
    for name, parameter in signature.parameters.items():
        if name in path_names:
            arguments[name] = hostile if name == path_names[0] else "C1"
        elif parameter.default is inspect.Parameter.empty:
            if name == "request_body":
                return None
            arguments[name] = _sample(parameter.annotation)
    return path_names, arguments


def test_every_generated_operation_hands_its_path_parameters_to_the_runtime() -> None:
    """The template may not format a path itself: every path parameter goes through the runtime's checks."""
    modules = routed_modules()
    assert len(modules) >= 60
    for module in modules:
        source = inspect.getsource(module._get_kwargs)
        assert '"path_params"' in source and ".format(" not in source and "quote(" not in source, module.__name__


@pytest.mark.parametrize("hostile", HOSTILE_SEGMENTS, ids=repr)
def test_no_operation_sends_a_hostile_path_segment(hostile: Any) -> None:
    modules = routed_modules()
    tried = 0
    with fault_server(Action(200, b"{}")) as server, VoyadoEngage(api_key=API_KEY, base_url=server.url) as sdk:
        for module in modules:
            prepared = call_arguments(module, hostile)
            if prepared is None:
                continue
            path_names, arguments = prepared
            method = getattr(getattr(sdk, module.__name__.split(".")[2]), module.__name__.split(".")[3])
            with pytest.raises(RequestValidationError) as caught:
                method(**arguments)
            assert caught.value.errors[0].path == path_names[0], module.__name__
            tried += 1
        assert server.received == []
    assert tried >= 45


@pytest.mark.parametrize("hostile", HOSTILE_SEGMENTS, ids=repr)
def test_operations_with_a_body_refuse_a_hostile_segment_before_reading_the_body(hostile: Any) -> None:
    """The 16 operations that need a body: their declarations reach the same check through the request loop."""
    with fault_server(Action(200, b"{}")) as server, VoyadoEngage(api_key=API_KEY, base_url=server.url) as sdk:
        for module in routed_modules():
            if call_arguments(module, hostile) is not None:
                continue
            names = [
                n for n in inspect.signature(module._get_kwargs).parameters if "{" + n + "}" in module.OPERATION.path
            ]
            parts = {
                "path_params": {name: hostile if i == 0 else "C1" for i, name in enumerate(names)},
                "json": {},
            }
            with pytest.raises(RequestValidationError):
                sdk.request(module.OPERATION, parts)
        assert server.received == []


def test_the_contact_is_not_deleted_through_a_dot_segment() -> None:
    """The reported instance: removing achievement ".." would have been DELETE /api/v2/contacts/C1."""
    with fault_server(Action(200)) as server, VoyadoEngage(api_key=API_KEY, base_url=server.url) as sdk:
        for value in ("..", "%2e%2e", "\uff0e\uff0e", ""):
            with pytest.raises(RequestValidationError, match="achievement_id"):
                sdk.achievements.achievements_remove_achievement(contact_id="C1", achievement_id=value)
        assert server.received == []


def test_async_calls_refuse_the_same_segments() -> None:
    async def run(server: FaultServer) -> None:
        async with AsyncVoyadoEngage(api_key=API_KEY, base_url=server.url) as sdk:
            for value in ("..", "a/b", "%2f"):
                with pytest.raises(RequestValidationError):
                    await sdk.achievements.achievements_remove_achievement(contact_id="C1", achievement_id=value)

    import asyncio  # noqa: PLC0415

    with fault_server(Action(200)) as server:
        asyncio.run(run(server))
        assert server.received == []


@pytest.fixture(scope="module")
def echo_server() -> Iterator[FaultServer]:
    with fault_server(Action(200)) as server:
        yield server


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    value=st.one_of(
        st.text(),
        st.text(alphabet=".%2eEfF5c/\\ \uff0e\u2025", max_size=12),
        st.integers(),
    )
)
def test_an_accepted_value_is_exactly_one_segment_of_the_same_route(value: Any, echo_server: FaultServer) -> None:
    before = len(echo_server.received)
    with VoyadoEngage(api_key=API_KEY, base_url=echo_server.url, max_retries=0) as sdk:
        try:
            sdk.achievements.achievements_remove_achievement(contact_id="C1", achievement_id=value)
        except RequestValidationError:
            assert len(echo_server.received) == before  # refused: nothing left
            return
    request = echo_server.received[-1]
    assert len(echo_server.received) == before + 1
    prefix = "/api/v2/contacts/C1/achievements/"
    assert request.method == "DELETE" and request.path.startswith(prefix)
    segment = request.path[len(prefix) :]
    assert "/" not in segment and "?" not in segment and "#" not in segment
    assert unquote(segment) == str(value)
    for reading in (unquote(segment), unquote(unquote(segment))):  # as a server, and a proxy after it, read it
        assert reading.strip().strip(".") and "/" not in reading and "\\" not in reading


# --- the host -------------------------------------------------------------------------------------------------------

HOSTILE_TENANTS = [
    "evil.com/x",
    "evil.com",
    "evil.com#",
    "evil.com?",
    "acme.evil.com",
    "a@evil.com",
    "acme:443@evil.com",
    "-acme",
    "acme-",
    "a" * 64,
    "acme\n",
    "acme ",
    " acme",
    "ac me",
    "acme\\evil.com",
    "\uff41cme",  # fullwidth a
    "acm\u0435",  # Cyrillic e
    "%61cme",
    "acme%2eevil.com",
    "[::1]",
]


@pytest.mark.parametrize("tenant", HOSTILE_TENANTS, ids=repr)
@pytest.mark.parametrize("source", ["argument", "environment"])
def test_a_tenant_is_one_dns_label(tenant: str, source: str, monkeypatch: pytest.MonkeyPatch) -> None:
    settings_: dict[str, Any] = {"api_key": API_KEY, "base_url": Environment.PRODUCTION}
    if source == "argument":
        settings_["tenant"] = tenant
    else:
        monkeypatch.setenv("VOYADO_TENANT", tenant)
    with pytest.raises(ConfigurationError, match="tenant") as caught:
        VoyadoEngage(**settings_)
    assert API_KEY not in str(caught.value)


@settings(max_examples=300, deadline=None)
@given(st.text(min_size=1, max_size=70))
def test_any_accepted_tenant_only_names_a_voyado_host(tenant: str) -> None:
    try:
        sdk = VoyadoEngage(api_key=API_KEY, base_url=Environment.PRODUCTION, tenant=tenant)
    except ConfigurationError:
        return
    assert httpx.URL(sdk.base_url).host == f"{tenant.lower()}.voyado.com"


HOSTILE_BASE_URLS = [
    ("https://acme.voyado.com/?x=1", "query"),
    ("https://acme.voyado.com?", "query"),
    ("https://acme.voyado.com/#frag", "fragment"),
    ("https://user:hunter2@acme.voyado.com", "password"),
    ("https://user@acme.voyado.com", "password"),
    ("https://acme.voyado.com\r\nX-Injected: 1", "control"),
    ("https://acme.voyado.com/\n", "control"),
    ("https://acme.voyado.com /", "whitespace"),
    ("https://evil.com\\@acme.voyado.com", "password"),
    ("https://evil.com\\.acme.voyado.com", "backslash"),
    ("https://acme.voyado.com:99999", "port"),
    ("https://acme.voyado.com:-1", "port"),
    ("https://[::1", "port"),
    ("https://acme.voyado.com%00", "percent"),
    ("https://evil.com%2f.acme.voyado.com", "percent"),
    ("ftp://acme.voyado.com", "http"),
    ("//acme.voyado.com", "http"),
    ("acme.voyado.com", "http"),
    ("http://acme.voyado.com", "https"),
    ("https://{tenant}x.voyado.com", "tenant"),
]


@pytest.mark.parametrize(("url", "reason"), HOSTILE_BASE_URLS, ids=[u for u, _ in HOSTILE_BASE_URLS])
def test_a_base_url_that_could_send_the_key_elsewhere_is_refused_at_construction(url: str, reason: str) -> None:
    with pytest.raises(ConfigurationError) as caught:
        VoyadoEngage(api_key=API_KEY, base_url=url)
    message = str(caught.value)
    assert "hunter2" not in message and API_KEY not in message
    assert caught.value.__context__ is None or API_KEY not in repr(caught.value.__context__)


# --- redirects ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_a_redirect_is_never_followed_with_the_key(
    status: int, asynchronous: bool, order_payload: dict[str, Any]
) -> None:
    import asyncio  # noqa: PLC0415

    with fault_server(Action(202)) as elsewhere:
        redirect = Action(status, headers=(("Location", f"{elsewhere.url}/api/v2/orders"),))
        with fault_server(redirect) as server:
            if asynchronous:

                async def send() -> None:
                    http = httpx.AsyncClient(follow_redirects=True)
                    async with AsyncVoyadoEngage(api_key=API_KEY, base_url=server.url, http_client=http) as sdk:
                        await sdk.orders.orders_register_order(request_body=cast("OrderParam", order_payload))

                with pytest.raises(APIStatusError) as caught:
                    asyncio.run(send())
            else:
                http = httpx.Client(follow_redirects=True)
                with (
                    VoyadoEngage(api_key=API_KEY, base_url=server.url, http_client=http) as sdk,
                    pytest.raises(APIStatusError) as caught,
                ):
                    sdk.orders.orders_register_order(request_body=cast("OrderParam", order_payload))
            assert caught.value.status_code == status
            assert len(server.received) == 1
        assert elsewhere.received == []


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_an_auth_flow_on_the_http_client_never_sends_an_order_twice(
    asynchronous: bool, order_payload: dict[str, Any]
) -> None:
    """Digest auth answers a 401 by sending the request again; the SDK's requests run no auth flow."""
    import asyncio  # noqa: PLC0415

    challenge = Action(401, headers=(("WWW-Authenticate", 'Digest realm="x", nonce="abc", qop="auth"'),))
    with fault_server(challenge, Action(202)) as server:
        if asynchronous:

            async def send() -> None:
                http = httpx.AsyncClient(auth=httpx.DigestAuth("user", "pw"))
                async with AsyncVoyadoEngage(api_key=API_KEY, base_url=server.url, http_client=http) as sdk:
                    await sdk.orders.orders_register_order(request_body=cast("OrderParam", order_payload))

            with pytest.raises(APIStatusError):
                asyncio.run(send())
        else:
            http = httpx.Client(auth=httpx.DigestAuth("user", "pw"))
            with (
                VoyadoEngage(api_key=API_KEY, base_url=server.url, http_client=http) as sdk,
                pytest.raises(APIStatusError),
            ):
                sdk.orders.orders_register_order(request_body=cast("OrderParam", order_payload))
        assert len(server.received) == 1


def test_logs_and_errors_name_the_route_not_the_values_in_it(caplog: pytest.LogCaptureFixture) -> None:
    import logging  # noqa: PLC0415

    caplog.set_level(logging.DEBUG, logger="voyado_engage")
    email = "jane.doe@example.com"
    with (
        fault_server(Action(drop=True)) as server,
        VoyadoEngage(api_key=API_KEY, base_url=server.url) as sdk,
        pytest.raises(DeliveryUnknownError) as caught,
    ):
        sdk.contacts.contacts_v_get_contact_by_type_and_key_value_in_url_async("member", email, max_retries=0)
    assert email not in str(caught.value)
    assert caplog.records and all(email not in record.getMessage() for record in caplog.records)
