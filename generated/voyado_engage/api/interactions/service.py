# Generated from generator/render/templates/service.py.jinja by `make generate`; do not edit.
"""Interactions operations, reached as `VoyadoEngage.interactions`."""

from collections.abc import Mapping
from functools import cached_property
from typing import Any, Final, Unpack

from ..._base_client import AsyncAPIClient, SyncAPIClient
from ..._options import CallOptions
from ..._raw_response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ...models.interaction_create_response import InteractionCreateResponse
from ...models.interaction_model import InteractionModel
from ...models.interaction_page import InteractionPage
from ...models.new_interaction import NewInteraction
from ...types import UNSET, Unset
from . import (
    interaction_create_interaction,
    interaction_delete_interaction,
    interaction_get_interaction,
    interaction_get_interactions,
)


class InteractionsServiceWithRawResponse:
    """The interactions operations, returning the full `APIResponse` (status, headers, body, parsed result)."""

    def __init__(self, service: "InteractionsService") -> None:
        self.list: Final = to_raw_response_wrapper(service.list)
        self.create: Final = to_raw_response_wrapper(service.create)
        self.get: Final = to_raw_response_wrapper(service.get)
        self.delete: Final = to_raw_response_wrapper(service.delete)
        self.interaction_get_interactions: Final = self.list
        self.interaction_create_interaction: Final = self.create
        self.interaction_get_interaction: Final = self.get
        self.interaction_delete_interaction: Final = self.delete


class InteractionsService:
    """Interactions operations. Reach it as `client.interactions`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> InteractionsServiceWithRawResponse:
        """The same operations, returning the full response instead of the parsed result."""
        return InteractionsServiceWithRawResponse(self)

    def list(
        self,
        *,
        contact_id: str,
        schema_id: str,
        continuation: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> InteractionPage:
        """Get interactions

        GET /api/v2/interactions

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        The interactions of one schema for one contact, 50 per page; a continuation token from the answer
        fetches the next page.

        Args:
            contact_id: The contact whose interactions to list.
            schema_id: The interaction schema whose interactions to list.
            continuation: The continuation token of the previous page's answer, for the next page.
        """
        return self._client.call(
            interaction_get_interactions.OPERATION,
            interaction_get_interactions._get_kwargs(
                contact_id=contact_id, schema_id=schema_id, continuation=continuation
            ),
            options,
        )

    def create(
        self,
        *,
        request_body: NewInteraction | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> InteractionCreateResponse:
        """Create interaction

        POST /api/v2/interactions

        Retries: retried only when not delivered (connection failed) or on 429.

        Records an interaction for a contact, shaped by one of the tenant's interaction schemas.
        """
        return self._client.call(
            interaction_create_interaction.OPERATION,
            interaction_create_interaction._get_kwargs(request_body=request_body),
            options,
        )

    def get(
        self,
        interaction_id: str,
        **options: Unpack[CallOptions],
    ) -> InteractionModel:
        """Get interaction

        GET /api/v2/interactions/{interaction_id}

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        One interaction.

        Args:
            interaction_id: The interaction's id.
        """
        return self._client.call(
            interaction_get_interaction.OPERATION, interaction_get_interaction._get_kwargs(interaction_id), options
        )

    def delete(
        self,
        interaction_id: str,
        **options: Unpack[CallOptions],
    ) -> None:
        """Delete interaction

        DELETE /api/v2/interactions/{interaction_id}

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        Deletes one interaction.

        Args:
            interaction_id: The interaction's id.
        """
        return self._client.call(
            interaction_delete_interaction.OPERATION,
            interaction_delete_interaction._get_kwargs(interaction_id),
            options,
        )

    # The published SDK's names (operationIds in snake case), so code written from its docs runs unchanged.
    interaction_get_interactions = list
    interaction_create_interaction = create
    interaction_get_interaction = get
    interaction_delete_interaction = delete


class AsyncInteractionsServiceWithRawResponse:
    """The interactions operations, returning the full `APIResponse` (status, headers, body, parsed result)."""

    def __init__(self, service: "AsyncInteractionsService") -> None:
        self.list: Final = async_to_raw_response_wrapper(service.list)
        self.create: Final = async_to_raw_response_wrapper(service.create)
        self.get: Final = async_to_raw_response_wrapper(service.get)
        self.delete: Final = async_to_raw_response_wrapper(service.delete)
        self.interaction_get_interactions: Final = self.list
        self.interaction_create_interaction: Final = self.create
        self.interaction_get_interaction: Final = self.get
        self.interaction_delete_interaction: Final = self.delete


class AsyncInteractionsService:
    """Interactions operations (async). Reach it as `client.interactions`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncInteractionsServiceWithRawResponse:
        """The same operations, returning the full response instead of the parsed result."""
        return AsyncInteractionsServiceWithRawResponse(self)

    async def list(
        self,
        *,
        contact_id: str,
        schema_id: str,
        continuation: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> InteractionPage:
        """Get interactions

        GET /api/v2/interactions

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        The interactions of one schema for one contact, 50 per page; a continuation token from the answer
        fetches the next page.

        Args:
            contact_id: The contact whose interactions to list.
            schema_id: The interaction schema whose interactions to list.
            continuation: The continuation token of the previous page's answer, for the next page.
        """
        return await self._client.call(
            interaction_get_interactions.OPERATION,
            interaction_get_interactions._get_kwargs(
                contact_id=contact_id, schema_id=schema_id, continuation=continuation
            ),
            options,
        )

    async def create(
        self,
        *,
        request_body: NewInteraction | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> InteractionCreateResponse:
        """Create interaction

        POST /api/v2/interactions

        Retries: retried only when not delivered (connection failed) or on 429.

        Records an interaction for a contact, shaped by one of the tenant's interaction schemas.
        """
        return await self._client.call(
            interaction_create_interaction.OPERATION,
            interaction_create_interaction._get_kwargs(request_body=request_body),
            options,
        )

    async def get(
        self,
        interaction_id: str,
        **options: Unpack[CallOptions],
    ) -> InteractionModel:
        """Get interaction

        GET /api/v2/interactions/{interaction_id}

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        One interaction.

        Args:
            interaction_id: The interaction's id.
        """
        return await self._client.call(
            interaction_get_interaction.OPERATION, interaction_get_interaction._get_kwargs(interaction_id), options
        )

    async def delete(
        self,
        interaction_id: str,
        **options: Unpack[CallOptions],
    ) -> None:
        """Delete interaction

        DELETE /api/v2/interactions/{interaction_id}

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        Deletes one interaction.

        Args:
            interaction_id: The interaction's id.
        """
        return await self._client.call(
            interaction_delete_interaction.OPERATION,
            interaction_delete_interaction._get_kwargs(interaction_id),
            options,
        )

    # The published SDK's names (operationIds in snake case), so code written from its docs runs unchanged.
    interaction_get_interactions = list
    interaction_create_interaction = create
    interaction_get_interaction = get
    interaction_delete_interaction = delete
