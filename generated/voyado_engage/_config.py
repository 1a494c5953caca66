# Generated from generator/runtime/_config.py by `make generate`; do not edit.
"""Client settings: from arguments first, then `VOYADO_*` environment variables; checked once, at construction.

The key and the User-Agent must be valid header values, a tenant one DNS label, and the base URL a plain
`http(s)://host[:port][/path]`: no credentials, query, fragment, whitespace or control characters, and a host that
every URL parser reads the same way. So the key can only ever go to the host the settings name.
"""

from __future__ import annotations

import os
import re
from typing import Any, NamedTuple
from urllib.parse import urlsplit

import httpx

from ._exceptions import ConfigurationError
from ._options import header_value_problem

SDK_PRODUCT = "voyado-engage-sdk"
_DNS_LABEL = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?")
_DEFAULT_PORTS = {"http": 80, "https": 443}
_URL_UNSAFE = re.compile(r"[\x00-\x20\x7f-\x9f\\]")  # controls, whitespace and backslashes


class Secret:
    """Holds the API key so that no repr, log line or traceback shows it."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('**********')"

    __str__ = __repr__

    def __reduce__(self) -> Any:
        raise TypeError("an API key is not pickled: pass it to the client in the process that uses it")


class ClientConfig(NamedTuple):
    api_key: Secret
    base_url: str
    user_agent: str

    def __repr__(self) -> str:
        return f"ClientConfig(base_url={self.base_url!r}, user_agent={self.user_agent!r}, api_key=<redacted>)"


def resolve_config(
    *,
    api_key: str | None,
    access_token: str | None,
    base_url: str | None,
    tenant: str | None,
    user_agent: str | None,
    default_base_url: str,
    version: str,
) -> ClientConfig:
    key = api_key or access_token or os.environ.get("VOYADO_API_KEY")
    if not key:
        raise ConfigurationError(
            "no API key: pass api_key=... or set VOYADO_API_KEY", missing="an API key", variable="VOYADO_API_KEY"
        )
    why = header_value_problem(key)
    if why:  # the message never quotes the key
        raise ConfigurationError(f"the API key {why}")
    url = base_url or os.environ.get("VOYADO_BASE_URL") or default_base_url
    if not isinstance(url, str):
        raise ConfigurationError(f"base_url must be a string, got {type(url).__name__}")
    tenant = tenant or os.environ.get("VOYADO_TENANT")
    if "{tenant}" in url:
        if not tenant:
            raise ConfigurationError(
                f"the base URL {url} needs a tenant: pass tenant=... or set VOYADO_TENANT, or give a full base_url",
                missing=f"a tenant for the base URL {url} (or a full VOYADO_BASE_URL)",
                variable="VOYADO_TENANT",
            )
        if not isinstance(tenant, str) or _DNS_LABEL.fullmatch(tenant) is None:
            raise ConfigurationError(
                f"tenant {tenant!r} is not one DNS label (letters, digits and inner hyphens, at most 63)"
            )
        url = url.replace("{tenant}", tenant)
    check_base_url(url)
    product = user_agent or os.environ.get("VOYADO_USER_AGENT")
    if product is not None:
        why = header_value_problem(product)
        if why:
            raise ConfigurationError(f"user_agent {product!r} {why}")
    sdk_token = f"{SDK_PRODUCT}/{version}"
    return ClientConfig(Secret(key), url.rstrip("/"), f"{product} {sdk_token}" if product else sdk_token)


def check_base_url(url: str) -> None:
    """A plain `http(s)://host[:port][/path]` that every parser reads alike; HTTPS except for loopback hosts."""
    if "@" in url.partition("://")[2].partition("/")[0]:  # checked first: no later message may show a password
        raise ConfigurationError("the base URL may not carry a user name or password (the API key authenticates)")
    if _URL_UNSAFE.search(url):
        raise ConfigurationError(f"base URL {url!r} contains whitespace, a control character or a backslash")
    if "{" in url or "}" in url:
        raise ConfigurationError(f"base URL {url!r} still has a template variable in it")
    try:
        parts = urlsplit(url)
        port = parts.port or _DEFAULT_PORTS.get(parts.scheme)
    except ValueError:
        raise ConfigurationError(f"base URL {url!r} has an invalid host or port") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigurationError(f"base URL {url!r} is not an http(s) URL with a host")
    if "%" in parts.netloc:  # a percent-encoded host is read differently by resolvers, proxies and parsers
        raise ConfigurationError(f"base URL {url!r} has a percent-encoded host")
    if "?" in url or "#" in url:
        raise ConfigurationError(f"base URL {url!r} may not have a query or a fragment")
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, ValueError, TypeError) as exc:
        raise ConfigurationError(f"base URL {url!r} is not a valid URL: {exc}") from None
    if (
        parsed.raw_host.decode("ascii", "replace").lower() != _ascii_host(parts.hostname)
        or (parsed.port or _DEFAULT_PORTS.get(parsed.scheme)) != port
    ):
        raise ConfigurationError(f"base URL {url!r} is read as different hosts by different URL parsers")
    if parts.scheme == "http" and not _is_loopback(parts.hostname):
        raise ConfigurationError(f"base URL {url!r} must use https (plain http is allowed for loopback hosts only)")


def _ascii_host(host: str) -> str:
    try:
        return host.encode("idna").decode("ascii").lower()
    except UnicodeError:
        return host


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    import ipaddress  # noqa: PLC0415 - once per client, and only for an http:// URL

    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
