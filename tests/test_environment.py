"""The SDK's pool and the environment: a proxy only for HTTPS (through CONNECT), never for plain http."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import pytest

from tests.conftest import API_KEY
from tests.fault_server import Action, fault_server, raw_listener
from voyado_engage import APIConnectionError, VoyadoEngage

PROXY_VARIABLES = ("HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy")


@dataclass
class Proxy:
    url: str
    seen: list[bytes] = field(default_factory=list)  # the head of what each client sent


@contextmanager
def refusing_proxy() -> Iterator[Proxy]:
    """A proxy on 127.0.0.1 that records what each client sends first and answers 403."""
    seen: list[bytes] = []

    def refuse(connection: socket.socket) -> None:
        connection.settimeout(2)
        data = b""
        while b"\r\n\r\n" not in data and (chunk := connection.recv(65536)):
            data += chunk
        seen.append(data)
        connection.sendall(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n")

    with raw_listener(refuse) as port:
        yield Proxy(f"http://127.0.0.1:{port}", seen)


@pytest.fixture
def environment(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in (*PROXY_VARIABLES, "NO_PROXY", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


@pytest.mark.parametrize("variable", PROXY_VARIABLES)
def test_a_plain_http_base_url_never_goes_through_a_proxy(variable: str, environment: pytest.MonkeyPatch) -> None:
    with refusing_proxy() as proxy, fault_server(Action(200, b"7")) as server:
        environment.setenv(variable, proxy.url)
        with VoyadoEngage(api_key=API_KEY, base_url=server.url) as sdk:
            assert sdk.contacts.count() == 7
    assert proxy.seen == []
    assert len(server.received) == 1


@pytest.mark.parametrize("variable", ["HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy"])
def test_an_https_base_url_goes_through_the_proxy_in_a_tunnel_it_cannot_read(
    variable: str, environment: pytest.MonkeyPatch
) -> None:
    with refusing_proxy() as proxy:
        environment.setenv(variable, proxy.url)
        sdk = VoyadoEngage(api_key=API_KEY, base_url="https://acme.voyado.com")
        with sdk, pytest.raises(APIConnectionError):  # the tunnel was refused: nothing of the request was sent
            sdk.contacts.count(max_retries=0)
    (head,) = proxy.seen
    assert head.startswith(b"CONNECT acme.voyado.com:443 ")
    assert API_KEY.encode() not in head and b"apikey" not in head.lower()


def test_no_proxy_names_the_hosts_that_go_direct(environment: pytest.MonkeyPatch) -> None:
    from voyado_engage import _environment  # noqa: PLC0415

    environment.setenv("HTTPS_PROXY", "http://proxy.example:3128")
    for no_proxy, direct in [("*", True), ("voyado.com", True), (".voyado.com", True), ("other.com", False)]:
        environment.setenv("NO_PROXY", no_proxy)
        settings = _environment.pool_settings("https://acme.voyado.com")
        assert (settings.proxy is None) is direct, no_proxy
