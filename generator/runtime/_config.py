"""Client settings: from arguments first, then `VOYADO_*` environment variables; checked once, at construction."""

from __future__ import annotations

import os
from typing import NamedTuple
from urllib.parse import urlsplit

from ._exceptions import VoyadoError

SDK_PRODUCT = "voyado-engage-sdk"


class ConfigurationError(VoyadoError, ValueError):
    """The client cannot be built from the settings given (no key, a base URL without a tenant, plain HTTP)."""


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
        raise ConfigurationError("no API key: pass api_key=... or set VOYADO_API_KEY")
    url = base_url or os.environ.get("VOYADO_BASE_URL") or default_base_url
    tenant = tenant or os.environ.get("VOYADO_TENANT")
    if "{tenant}" in url:
        if not tenant:
            raise ConfigurationError(
                f"the base URL {url} needs a tenant: pass tenant=... or set VOYADO_TENANT, or give a full base_url"
            )
        url = url.replace("{tenant}", tenant)
    check_base_url(url)
    product = user_agent or os.environ.get("VOYADO_USER_AGENT")
    sdk_token = f"{SDK_PRODUCT}/{version}"
    return ClientConfig(Secret(key), url.rstrip("/"), f"{product} {sdk_token}" if product else sdk_token)


def check_base_url(url: str) -> None:
    """HTTPS only, except for loopback hosts (local mocks and tests)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigurationError(f"base URL {url!r} is not an http(s) URL with a host")
    if "{" in url:
        raise ConfigurationError(f"base URL {url!r} still has a template variable in it")
    if parts.scheme == "http" and not _is_loopback(parts.hostname):
        raise ConfigurationError(f"base URL {url!r} must use https (plain http is allowed for loopback hosts only)")


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    import ipaddress  # noqa: PLC0415 - once per client, and only for an http:// URL

    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
