# Generated from generator/render/templates/service.py.jinja by `make generate`; do not edit.
"""Bisnode operations, reached as `VoyadoEngage.bisnode`."""

from functools import cached_property
from typing import Final, Unpack

from ..._base_client import AsyncAPIClient, SyncAPIClient
from ..._options import CallOptions
from ..._raw_response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ...models.enrichment_variable_group import EnrichmentVariableGroup
from . import bisnode_v_get_enrichments


class BisnodeServiceWithRawResponse:
    """The bisnode operations, returning the full `APIResponse` (status, headers, body, parsed result)."""

    def __init__(self, service: "BisnodeService") -> None:
        self.get_enrichments: Final = to_raw_response_wrapper(service.get_enrichments)
        self.bisnode_v_get_enrichments: Final = self.get_enrichments


class BisnodeService:
    """Bisnode operations. Reach it as `client.bisnode`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> BisnodeServiceWithRawResponse:
        """The same operations, returning the full response instead of the parsed result."""
        return BisnodeServiceWithRawResponse(self)

    def get_enrichments(
        self,
        contact_id: str,
        **options: Unpack[CallOptions],
    ) -> list[EnrichmentVariableGroup]:
        """Get enrichments

        GET /api/v2/bisnode/{contact_id}/enrichments

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        The enrichment variables (grouped) that Bisnode has supplied for a contact.

        Args:
            contact_id: The contact's id in Voyado (a GUID).
        """
        return self._client.call(
            bisnode_v_get_enrichments.OPERATION, bisnode_v_get_enrichments._get_kwargs(contact_id), options
        )

    # The published SDK's names (operationIds in snake case), so code written from its docs runs unchanged.
    bisnode_v_get_enrichments = get_enrichments


class AsyncBisnodeServiceWithRawResponse:
    """The bisnode operations, returning the full `APIResponse` (status, headers, body, parsed result)."""

    def __init__(self, service: "AsyncBisnodeService") -> None:
        self.get_enrichments: Final = async_to_raw_response_wrapper(service.get_enrichments)
        self.bisnode_v_get_enrichments: Final = self.get_enrichments


class AsyncBisnodeService:
    """Bisnode operations (async). Reach it as `client.bisnode`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncBisnodeServiceWithRawResponse:
        """The same operations, returning the full response instead of the parsed result."""
        return AsyncBisnodeServiceWithRawResponse(self)

    async def get_enrichments(
        self,
        contact_id: str,
        **options: Unpack[CallOptions],
    ) -> list[EnrichmentVariableGroup]:
        """Get enrichments

        GET /api/v2/bisnode/{contact_id}/enrichments

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        The enrichment variables (grouped) that Bisnode has supplied for a contact.

        Args:
            contact_id: The contact's id in Voyado (a GUID).
        """
        return await self._client.call(
            bisnode_v_get_enrichments.OPERATION, bisnode_v_get_enrichments._get_kwargs(contact_id), options
        )

    # The published SDK's names (operationIds in snake case), so code written from its docs runs unchanged.
    bisnode_v_get_enrichments = get_enrichments
