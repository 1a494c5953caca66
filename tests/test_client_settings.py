"""The constructor and `with_options`: every setting an explicit, typed keyword; copies share the pool."""

from __future__ import annotations

import inspect
import pickle
from typing import Any, get_type_hints

import httpx
import pytest

from tests.conftest import API_KEY
from tests.fault_server import Action, fault_server
from voyado_engage import AsyncVoyadoEngage, ConfigurationError, VoyadoEngage
from voyado_engage._base_client import ClientSettings


@pytest.mark.parametrize("client_class", [VoyadoEngage, AsyncVoyadoEngage])
def test_every_setting_is_an_explicit_documented_keyword(client_class: type[Any]) -> None:
    parameters = inspect.signature(client_class).parameters
    assert set(parameters) == set(ClientSettings.__annotations__) | {"http_client"}
    assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in parameters.values())
    doc = inspect.getdoc(client_class.__init__) or ""
    assert all(f"{name}:" in doc for name in parameters), "every setting is described in the docstring"
    assert get_type_hints(client_class.__init__)["timeout"] == float | httpx.Timeout | None


def test_a_misspelled_setting_is_refused() -> None:
    with pytest.raises(TypeError, match="api_kye"):
        VoyadoEngage(api_kye=API_KEY, base_url="https://acme.voyado.com")  # type: ignore[call-arg]


def test_with_options_changes_settings_and_shares_the_pool() -> None:
    with fault_server(Action(200, b"[]", (("Content-Type", "application/json"),))) as server:
        sdk = VoyadoEngage(api_key=API_KEY, base_url=server.url, user_agent="Shop/1.0", max_retries=2)
        quick = sdk.with_options(timeout=5.0, max_retries=0, default_headers={"X-Team": "web"})
        assert quick._http is sdk._http and quick.max_retries == 0 and sdk.max_retries == 2
        assert quick.timeout == httpx.Timeout(5.0) and quick.user_agent == sdk.user_agent
        quick.stores.stores_v_get_stores()
        quick.close()  # leaves the shared pool open
        sdk.stores.stores_v_get_stores()
        sdk.close()
        assert [r.headers.get("x-team") for r in server.received] == ["web", None]
        assert all(r.headers["apikey"] == API_KEY for r in server.received)
    other = sdk.with_options(api_key="another-key-123")
    assert other._default_headers()["apikey"] == "another-key-123"


def test_no_copy_of_the_key_sits_in_the_client() -> None:
    sdk = VoyadoEngage(api_key=API_KEY, base_url="https://acme.voyado.com").with_options(max_retries=1)
    for text in (repr(sdk), repr(vars(sdk)), repr(sdk._settings)):
        assert API_KEY not in text


def test_a_callers_http_client_is_used_as_given() -> None:
    seen: list[httpx.URL] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request.url)
        return httpx.Response(200, json=[])

    http = httpx.Client(base_url="https://example.invalid/base", transport=httpx.MockTransport(answer))
    with VoyadoEngage(api_key=API_KEY, base_url="https://acme.voyado.com", http_client=http) as sdk:
        sdk.stores.stores_v_get_stores()
    assert http.base_url == httpx.URL("https://example.invalid/base/")  # not overwritten
    assert str(seen[0]).startswith("https://acme.voyado.com/api/v2/stores")
    assert not http.is_closed  # the caller's to close
    http.close()


@pytest.mark.parametrize("headers", [{"X-Bad": "a\r\nb"}, {"Host": "evil.com"}, {"bad name": "v"}, ["x"]], ids=repr)
def test_bad_default_headers_are_refused_at_construction(headers: Any) -> None:
    with pytest.raises(ConfigurationError, match="default_headers"):
        VoyadoEngage(api_key=API_KEY, base_url="https://acme.voyado.com", default_headers=headers)


def test_the_settings_typed_dict_is_picklable_without_the_key() -> None:
    sdk = VoyadoEngage(api_key=API_KEY, base_url="https://acme.voyado.com")
    assert API_KEY.encode() not in pickle.dumps(sdk._settings)
