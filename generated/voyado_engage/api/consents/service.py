# Generated from generator/templates/service.py.jinja by `make generate`; do not edit.
"""Consents operations, reached as `VoyadoEngage.consents`."""

from functools import cached_property
from typing import Unpack

from ..._base_client import APIResponse, AsyncAPIClient, SyncAPIClient
from ..._options import CallOptions
from ...models.api_consent_definition import ApiConsentDefinition
from . import consents_get_consents


class ConsentsServiceWithRawResponse:
    """The consents operations, returning the full `APIResponse` (status, headers, body, parsed result)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def consents_get_consents(
        self,
        **options: Unpack[CallOptions],
    ) -> APIResponse[list[ApiConsentDefinition]]:
        """Get consents

        GET /api/v2/consents

        Retries: idempotent.

        Every consent definition, with its texts per language (condition, display and link texts) in its
        metadata.
        """
        return consents_get_consents.sync_detailed(self._client, options=options)


class ConsentsService:
    """Consents operations. Reach it as `client.consents`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ConsentsServiceWithRawResponse:
        """The same operations, returning the full response instead of the parsed result."""
        return ConsentsServiceWithRawResponse(self._client)

    def consents_get_consents(
        self,
        **options: Unpack[CallOptions],
    ) -> list[ApiConsentDefinition]:
        """Get consents

        GET /api/v2/consents

        Retries: idempotent.

        Every consent definition, with its texts per language (condition, display and link texts) in its
        metadata.
        """
        return consents_get_consents.sync(self._client, options=options)


class AsyncConsentsServiceWithRawResponse:
    """The consents operations, returning the full `APIResponse` (status, headers, body, parsed result)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def consents_get_consents(
        self,
        **options: Unpack[CallOptions],
    ) -> APIResponse[list[ApiConsentDefinition]]:
        """Get consents

        GET /api/v2/consents

        Retries: idempotent.

        Every consent definition, with its texts per language (condition, display and link texts) in its
        metadata.
        """
        return await consents_get_consents.asyncio_detailed(self._client, options=options)


class AsyncConsentsService:
    """Consents operations (async). Reach it as `client.consents`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncConsentsServiceWithRawResponse:
        """The same operations, returning the full response instead of the parsed result."""
        return AsyncConsentsServiceWithRawResponse(self._client)

    async def consents_get_consents(
        self,
        **options: Unpack[CallOptions],
    ) -> list[ApiConsentDefinition]:
        """Get consents

        GET /api/v2/consents

        Retries: idempotent.

        Every consent definition, with its texts per language (condition, display and link texts) in its
        metadata.
        """
        return await consents_get_consents.asyncio(self._client, options=options)
