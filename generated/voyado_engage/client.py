# Generated from generator/templates/client.py.jinja by `make generate`; do not edit.
"""The clients users hold: `VoyadoEngage` and `AsyncVoyadoEngage`, one service attribute per tag of the spec."""

from enum import StrEnum
from functools import cached_property

from ._base_client import AsyncAPIClient, SyncAPIClient
from .api.orders.service import AsyncOrdersService, OrdersService

__version__ = "0.1.0"


class Environment(StrEnum):
    """Base URLs from the spec's servers; `{tenant}` is filled from `tenant=` or `VOYADO_TENANT`."""

    PRODUCTION = "https://{tenant}.voyado.com"
    STAGING = "https://{tenant}.staging.voyado.com"
    DEFAULT = "https://{tenant}.voyado.com"


class VoyadoEngage(SyncAPIClient):
    """The Voyado Engage client: holds the settings and one connection pool.

    Settings not passed come from `VOYADO_API_KEY`, `VOYADO_BASE_URL`, `VOYADO_TENANT` and `VOYADO_USER_AGENT`.
    `access_token` is accepted as another name for `api_key`.
    """

    default_base_url = Environment.DEFAULT.value
    sdk_version = __version__

    @cached_property
    def orders(self) -> OrdersService:
        return OrdersService(self)


class AsyncVoyadoEngage(AsyncAPIClient):
    """The Voyado Engage client for asyncio: holds the settings and one connection pool.

    Settings not passed come from `VOYADO_API_KEY`, `VOYADO_BASE_URL`, `VOYADO_TENANT` and `VOYADO_USER_AGENT`.
    `access_token` is accepted as another name for `api_key`.
    """

    default_base_url = Environment.DEFAULT.value
    sdk_version = __version__

    @cached_property
    def orders(self) -> AsyncOrdersService:
        return AsyncOrdersService(self)
