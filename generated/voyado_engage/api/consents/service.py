# Generated from generator/render/templates/service.py.jinja by `make generate`; do not edit.
"""Consents operations, reached as `VoyadoEngage.consents`."""

import builtins
from functools import cached_property
from typing import Final, Unpack

from ..._base_client import AsyncAPIClient, SyncAPIClient
from ..._options import CallOptions
from ..._raw_response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ...models.api_consent_definition import ApiConsentDefinition
from . import consents_get_consents


class ConsentsServiceWithRawResponse:
    """The consents operations, returning the full `APIResponse` (status, headers, body, parsed result)."""

    def __init__(self, service: "ConsentsService") -> None:
        self.list: Final = to_raw_response_wrapper(service.list)
        self.consents_get_consents: Final = self.list


class ConsentsService:
    """Consents operations. Reach it as `client.consents`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ConsentsServiceWithRawResponse:
        """The same operations, returning the full response instead of the parsed result."""
        return ConsentsServiceWithRawResponse(self)

    def list(
        self,
        **options: Unpack[CallOptions],
    ) -> builtins.list[ApiConsentDefinition]:
        """Get consents

        GET /api/v2/consents

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        Every consent definition, with its texts per language (condition, display and link texts) in its
        metadata.
        """
        return self._client.call(consents_get_consents.OPERATION, consents_get_consents._get_kwargs(), options)

    # The published SDK's names (operationIds in snake case), so code written from its docs runs unchanged.
    consents_get_consents = list


class AsyncConsentsServiceWithRawResponse:
    """The consents operations, returning the full `APIResponse` (status, headers, body, parsed result)."""

    def __init__(self, service: "AsyncConsentsService") -> None:
        self.list: Final = async_to_raw_response_wrapper(service.list)
        self.consents_get_consents: Final = self.list


class AsyncConsentsService:
    """Consents operations (async). Reach it as `client.consents`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncConsentsServiceWithRawResponse:
        """The same operations, returning the full response instead of the parsed result."""
        return AsyncConsentsServiceWithRawResponse(self)

    async def list(
        self,
        **options: Unpack[CallOptions],
    ) -> builtins.list[ApiConsentDefinition]:
        """Get consents

        GET /api/v2/consents

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        Every consent definition, with its texts per language (condition, display and link texts) in its
        metadata.
        """
        return await self._client.call(consents_get_consents.OPERATION, consents_get_consents._get_kwargs(), options)

    # The published SDK's names (operationIds in snake case), so code written from its docs runs unchanged.
    consents_get_consents = list
