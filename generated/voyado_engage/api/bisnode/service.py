# Generated from generator/templates/service.py.jinja by `make generate`; do not edit.
"""Bisnode operations, reached as `VoyadoEngage.bisnode`."""

from functools import cached_property
from typing import Unpack

from ..._base_client import APIResponse, AsyncAPIClient, SyncAPIClient
from ..._options import CallOptions
from ...models.enrichment_variable_group import EnrichmentVariableGroup
from . import bisnode_v_get_enrichments


class BisnodeServiceWithRawResponse:
    """The bisnode operations, returning the full `APIResponse` (status, headers, body, parsed result)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def bisnode_v_get_enrichments(
        self,
        contact_id: str,
        **options: Unpack[CallOptions],
    ) -> APIResponse[list[EnrichmentVariableGroup]]:
        """Get enrichments

        GET /api/v2/bisnode/{contact_id}/enrichments

        Retries: idempotent.

        The enrichment variables (grouped) that Bisnode has supplied for a contact.

        Args:
            contact_id: The contact's id in Voyado (a GUID).
        """
        return bisnode_v_get_enrichments.sync_detailed(self._client, contact_id, options=options)


class BisnodeService:
    """Bisnode operations. Reach it as `client.bisnode`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> BisnodeServiceWithRawResponse:
        """The same operations, returning the full response instead of the parsed result."""
        return BisnodeServiceWithRawResponse(self._client)

    def bisnode_v_get_enrichments(
        self,
        contact_id: str,
        **options: Unpack[CallOptions],
    ) -> list[EnrichmentVariableGroup]:
        """Get enrichments

        GET /api/v2/bisnode/{contact_id}/enrichments

        Retries: idempotent.

        The enrichment variables (grouped) that Bisnode has supplied for a contact.

        Args:
            contact_id: The contact's id in Voyado (a GUID).
        """
        return bisnode_v_get_enrichments.sync(self._client, contact_id, options=options)


class AsyncBisnodeServiceWithRawResponse:
    """The bisnode operations, returning the full `APIResponse` (status, headers, body, parsed result)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def bisnode_v_get_enrichments(
        self,
        contact_id: str,
        **options: Unpack[CallOptions],
    ) -> APIResponse[list[EnrichmentVariableGroup]]:
        """Get enrichments

        GET /api/v2/bisnode/{contact_id}/enrichments

        Retries: idempotent.

        The enrichment variables (grouped) that Bisnode has supplied for a contact.

        Args:
            contact_id: The contact's id in Voyado (a GUID).
        """
        return await bisnode_v_get_enrichments.asyncio_detailed(self._client, contact_id, options=options)


class AsyncBisnodeService:
    """Bisnode operations (async). Reach it as `client.bisnode`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncBisnodeServiceWithRawResponse:
        """The same operations, returning the full response instead of the parsed result."""
        return AsyncBisnodeServiceWithRawResponse(self._client)

    async def bisnode_v_get_enrichments(
        self,
        contact_id: str,
        **options: Unpack[CallOptions],
    ) -> list[EnrichmentVariableGroup]:
        """Get enrichments

        GET /api/v2/bisnode/{contact_id}/enrichments

        Retries: idempotent.

        The enrichment variables (grouped) that Bisnode has supplied for a contact.

        Args:
            contact_id: The contact's id in Voyado (a GUID).
        """
        return await bisnode_v_get_enrichments.asyncio(self._client, contact_id, options=options)
