"""What the SDK's own connection pool takes from the environment: certificates and a proxy, by one rule.

httpx would read `SSL_CERT_FILE`, `SSL_CERT_DIR`, `HTTP(S)_PROXY`, `ALL_PROXY` and `NO_PROXY` itself, raise
`FileNotFoundError` or `ValueError` for an unusable one, and send a plain-http request (with its `apikey` header)
to a proxy in clear. So the SDK reads them here instead, and builds its client with `trust_env=False`:

- `SSL_CERT_FILE` / `SSL_CERT_DIR`: the certificates to trust instead of certifi's, as httpx would use them; one
  that cannot be loaded is a `ConfigurationError` naming the variable.
- A proxy (`HTTPS_PROXY`, `ALL_PROXY`, lower case first, minus hosts in `NO_PROXY`) is used for an `https://` base
  URL only, through a CONNECT tunnel: the proxy relays TLS it cannot read. A plain `http://` base URL (loopback
  hosts only) never goes through a proxy, since the key would travel in clear. An unusable proxy variable is a
  `ConfigurationError` naming the variable, never showing its value (it may hold a password).

A caller's own `http_client` keeps its own settings; none of this applies to it.
"""

from __future__ import annotations

import os
import ssl
from collections.abc import Mapping
from typing import Any, NamedTuple
from urllib.parse import urlsplit

from ._exceptions import ConfigurationError

_PROXY_VARIABLES = ("https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY")
_PROXY_SCHEMES = ("http", "https", "socks5", "socks5h")


class PoolSettings(NamedTuple):
    """Keyword arguments for `httpx.Client`/`AsyncClient` beyond the timeout."""

    verify: ssl.SSLContext | bool
    proxy: str | None
    proxy_variable: str | None  # where the proxy came from, for the error if httpx cannot use it

    def client_arguments(self) -> dict[str, Any]:
        return {"verify": self.verify, "proxy": self.proxy, "trust_env": False}


def pool_settings(base_url: str, environ: Mapping[str, str] = os.environ) -> PoolSettings:
    """The certificates and proxy for a pool reaching `base_url`; raises `ConfigurationError` naming a variable
    that cannot be used."""
    parts = urlsplit(base_url)
    if parts.scheme != "https":
        return PoolSettings(True, None, None)
    variable, proxy = _proxy_for(parts.hostname or "", environ)
    return PoolSettings(_certificates(environ), proxy, variable)


def _certificates(environ: Mapping[str, str]) -> ssl.SSLContext | bool:
    cafile, capath = environ.get("SSL_CERT_FILE") or None, environ.get("SSL_CERT_DIR") or None
    if cafile is None and capath is None:
        return True  # httpx's default: certifi's certificates
    variable, location = ("SSL_CERT_FILE", cafile) if cafile else ("SSL_CERT_DIR", capath)
    if cafile is not None and not os.path.isfile(cafile):  # a FIFO or a device would be read forever
        raise ConfigurationError(f"SSL_CERT_FILE={cafile!r} is not a file of certificates")
    if capath is not None and not cafile and not os.path.isdir(capath):
        raise ConfigurationError(f"SSL_CERT_DIR={capath!r} is not a directory of certificates")
    try:
        return ssl.create_default_context(cafile=cafile, capath=None if cafile else capath)
    except (OSError, ssl.SSLError, ValueError) as exc:
        reason = getattr(exc, "strerror", None) or type(exc).__name__
        raise ConfigurationError(f"{variable}={location!r} cannot be loaded as certificates: {reason}") from None


def _proxy_for(host: str, environ: Mapping[str, str]) -> tuple[str | None, str | None]:
    for variable in _PROXY_VARIABLES:
        value = environ.get(variable)
        if value:
            break
    else:
        return None, None
    if _bypassed(host.lower(), environ.get("no_proxy") or environ.get("NO_PROXY") or ""):
        return None, None
    if "://" not in value:  # as curl and httpx read "proxy.example:3128"
        value = f"http://{value}"
    try:
        parts = urlsplit(value)
        scheme, host_of_proxy, _port = parts.scheme, parts.hostname, parts.port
    except ValueError:  # a port that is not a number, a bracketed host that is not an address
        scheme, host_of_proxy = "", None
    if scheme not in _PROXY_SCHEMES or not host_of_proxy:
        raise ConfigurationError(f"{variable} is not a usable proxy URL (http://, https:// or socks5:// with a host)")
    return variable, value


def _bypassed(host: str, no_proxy: str) -> bool:
    """Whether `NO_PROXY` names `host`: `*`, the host itself, or a domain it is in (`.example.com`, `example.com`)."""
    for entry in no_proxy.split(","):
        name = entry.strip().lower().rsplit(":", 1)[0] if entry.count(":") == 1 else entry.strip().lower()
        if name == "*" or (name and (host == name.lstrip(".") or host.endswith("." + name.lstrip(".")))):
            return True
    return False
