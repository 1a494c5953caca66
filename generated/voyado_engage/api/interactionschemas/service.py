# Generated from generator/templates/service.py.jinja by `make generate`; do not edit.
"""Interactionschemas operations, reached as `VoyadoEngage.interactionschemas`."""

from collections.abc import Mapping
from functools import cached_property
from typing import Any, Unpack

from ..._base_client import APIResponse, AsyncAPIClient, SyncAPIClient
from ..._options import CallOptions
from ...models.interaction_schema_create_interaction_schema_body import InteractionSchemaCreateInteractionSchemaBody
from ...models.interaction_schema_model import InteractionSchemaModel
from ...models.interaction_schema_response import InteractionSchemaResponse
from ...models.interaction_schema_without_json_model import InteractionSchemaWithoutJsonModel
from . import (
    interaction_schema_create_interaction_schema,
    interaction_schema_delete_interaction_schema,
    interaction_schema_get_interaction_schema,
    interaction_schema_get_interaction_schemas,
)


class InteractionschemasServiceWithRawResponse:
    """The interactionschemas operations, returning the full `APIResponse` (status, headers, body, parsed result)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def interaction_schema_get_interaction_schemas(
        self,
        **options: Unpack[CallOptions],
    ) -> APIResponse[list[InteractionSchemaWithoutJsonModel]]:
        """Get interaction schemas

        GET /api/v2/interactionschemas

        Retries: idempotent.

        Every interaction schema of the tenant.
        """
        return interaction_schema_get_interaction_schemas.sync_detailed(self._client, options=options)

    def interaction_schema_create_interaction_schema(
        self,
        *,
        request_body: InteractionSchemaCreateInteractionSchemaBody | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> APIResponse[InteractionSchemaResponse]:
        """Create interaction schema

        POST /api/v2/interactionschemas

        Retries: not processed only.

        Creates an interaction schema: the JSON schema that interactions of its kind must follow.
        """
        return interaction_schema_create_interaction_schema.sync_detailed(
            self._client, body=request_body, options=options
        )

    def interaction_schema_get_interaction_schema(
        self,
        interaction_schema_id: str,
        **options: Unpack[CallOptions],
    ) -> APIResponse[InteractionSchemaModel]:
        """Get interaction schema

        GET /api/v2/interactionschemas/{interaction_schema_id}

        Retries: idempotent.

        One interaction schema.

        Args:
            interaction_schema_id: The interaction schema's id.
        """
        return interaction_schema_get_interaction_schema.sync_detailed(
            self._client, interaction_schema_id, options=options
        )

    def interaction_schema_delete_interaction_schema(
        self,
        interaction_schema_id: str,
        **options: Unpack[CallOptions],
    ) -> APIResponse[None]:
        """Delete interaction schema

        DELETE /api/v2/interactionschemas/{interaction_schema_id}

        Retries: idempotent.

        Deletes an interaction schema.

        Args:
            interaction_schema_id: The interaction schema's id.
        """
        return interaction_schema_delete_interaction_schema.sync_detailed(
            self._client, interaction_schema_id, options=options
        )


class InteractionschemasService:
    """Interactionschemas operations. Reach it as `client.interactionschemas`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> InteractionschemasServiceWithRawResponse:
        """The same operations, returning the full response instead of the parsed result."""
        return InteractionschemasServiceWithRawResponse(self._client)

    def interaction_schema_get_interaction_schemas(
        self,
        **options: Unpack[CallOptions],
    ) -> list[InteractionSchemaWithoutJsonModel]:
        """Get interaction schemas

        GET /api/v2/interactionschemas

        Retries: idempotent.

        Every interaction schema of the tenant.
        """
        return interaction_schema_get_interaction_schemas.sync(self._client, options=options)

    def interaction_schema_create_interaction_schema(
        self,
        *,
        request_body: InteractionSchemaCreateInteractionSchemaBody | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> InteractionSchemaResponse:
        """Create interaction schema

        POST /api/v2/interactionschemas

        Retries: not processed only.

        Creates an interaction schema: the JSON schema that interactions of its kind must follow.
        """
        return interaction_schema_create_interaction_schema.sync(self._client, body=request_body, options=options)

    def interaction_schema_get_interaction_schema(
        self,
        interaction_schema_id: str,
        **options: Unpack[CallOptions],
    ) -> InteractionSchemaModel:
        """Get interaction schema

        GET /api/v2/interactionschemas/{interaction_schema_id}

        Retries: idempotent.

        One interaction schema.

        Args:
            interaction_schema_id: The interaction schema's id.
        """
        return interaction_schema_get_interaction_schema.sync(self._client, interaction_schema_id, options=options)

    def interaction_schema_delete_interaction_schema(
        self,
        interaction_schema_id: str,
        **options: Unpack[CallOptions],
    ) -> None:
        """Delete interaction schema

        DELETE /api/v2/interactionschemas/{interaction_schema_id}

        Retries: idempotent.

        Deletes an interaction schema.

        Args:
            interaction_schema_id: The interaction schema's id.
        """
        return interaction_schema_delete_interaction_schema.sync(self._client, interaction_schema_id, options=options)


class AsyncInteractionschemasServiceWithRawResponse:
    """The interactionschemas operations, returning the full `APIResponse` (status, headers, body, parsed result)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def interaction_schema_get_interaction_schemas(
        self,
        **options: Unpack[CallOptions],
    ) -> APIResponse[list[InteractionSchemaWithoutJsonModel]]:
        """Get interaction schemas

        GET /api/v2/interactionschemas

        Retries: idempotent.

        Every interaction schema of the tenant.
        """
        return await interaction_schema_get_interaction_schemas.asyncio_detailed(self._client, options=options)

    async def interaction_schema_create_interaction_schema(
        self,
        *,
        request_body: InteractionSchemaCreateInteractionSchemaBody | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> APIResponse[InteractionSchemaResponse]:
        """Create interaction schema

        POST /api/v2/interactionschemas

        Retries: not processed only.

        Creates an interaction schema: the JSON schema that interactions of its kind must follow.
        """
        return await interaction_schema_create_interaction_schema.asyncio_detailed(
            self._client, body=request_body, options=options
        )

    async def interaction_schema_get_interaction_schema(
        self,
        interaction_schema_id: str,
        **options: Unpack[CallOptions],
    ) -> APIResponse[InteractionSchemaModel]:
        """Get interaction schema

        GET /api/v2/interactionschemas/{interaction_schema_id}

        Retries: idempotent.

        One interaction schema.

        Args:
            interaction_schema_id: The interaction schema's id.
        """
        return await interaction_schema_get_interaction_schema.asyncio_detailed(
            self._client, interaction_schema_id, options=options
        )

    async def interaction_schema_delete_interaction_schema(
        self,
        interaction_schema_id: str,
        **options: Unpack[CallOptions],
    ) -> APIResponse[None]:
        """Delete interaction schema

        DELETE /api/v2/interactionschemas/{interaction_schema_id}

        Retries: idempotent.

        Deletes an interaction schema.

        Args:
            interaction_schema_id: The interaction schema's id.
        """
        return await interaction_schema_delete_interaction_schema.asyncio_detailed(
            self._client, interaction_schema_id, options=options
        )


class AsyncInteractionschemasService:
    """Interactionschemas operations (async). Reach it as `client.interactionschemas`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncInteractionschemasServiceWithRawResponse:
        """The same operations, returning the full response instead of the parsed result."""
        return AsyncInteractionschemasServiceWithRawResponse(self._client)

    async def interaction_schema_get_interaction_schemas(
        self,
        **options: Unpack[CallOptions],
    ) -> list[InteractionSchemaWithoutJsonModel]:
        """Get interaction schemas

        GET /api/v2/interactionschemas

        Retries: idempotent.

        Every interaction schema of the tenant.
        """
        return await interaction_schema_get_interaction_schemas.asyncio(self._client, options=options)

    async def interaction_schema_create_interaction_schema(
        self,
        *,
        request_body: InteractionSchemaCreateInteractionSchemaBody | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> InteractionSchemaResponse:
        """Create interaction schema

        POST /api/v2/interactionschemas

        Retries: not processed only.

        Creates an interaction schema: the JSON schema that interactions of its kind must follow.
        """
        return await interaction_schema_create_interaction_schema.asyncio(
            self._client, body=request_body, options=options
        )

    async def interaction_schema_get_interaction_schema(
        self,
        interaction_schema_id: str,
        **options: Unpack[CallOptions],
    ) -> InteractionSchemaModel:
        """Get interaction schema

        GET /api/v2/interactionschemas/{interaction_schema_id}

        Retries: idempotent.

        One interaction schema.

        Args:
            interaction_schema_id: The interaction schema's id.
        """
        return await interaction_schema_get_interaction_schema.asyncio(
            self._client, interaction_schema_id, options=options
        )

    async def interaction_schema_delete_interaction_schema(
        self,
        interaction_schema_id: str,
        **options: Unpack[CallOptions],
    ) -> None:
        """Delete interaction schema

        DELETE /api/v2/interactionschemas/{interaction_schema_id}

        Retries: idempotent.

        Deletes an interaction schema.

        Args:
            interaction_schema_id: The interaction schema's id.
        """
        return await interaction_schema_delete_interaction_schema.asyncio(
            self._client, interaction_schema_id, options=options
        )
