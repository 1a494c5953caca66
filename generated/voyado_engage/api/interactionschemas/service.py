# Generated from generator/render/templates/service.py.jinja by `make generate`; do not edit.
"""Interactionschemas operations, reached as `VoyadoEngage.interactionschemas`."""

import builtins
from collections.abc import Mapping
from functools import cached_property
from typing import Any, Final, Unpack

from ..._base_client import AsyncAPIClient, SyncAPIClient
from ..._options import CallOptions
from ..._raw_response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ...models.interaction_schema_model import InteractionSchemaModel
from ...models.interaction_schema_response import InteractionSchemaResponse
from ...models.interaction_schema_without_json_model import (
    InteractionSchemaWithoutJsonModel,
)
from ...models.new_interaction_schema import NewInteractionSchema
from . import (
    interaction_schema_create_interaction_schema,
    interaction_schema_delete_interaction_schema,
    interaction_schema_get_interaction_schema,
    interaction_schema_get_interaction_schemas,
)


class InteractionschemasServiceWithRawResponse:
    """The interactionschemas operations, returning the full `APIResponse` (status, headers, body, parsed result)."""

    def __init__(self, service: "InteractionschemasService") -> None:
        self.list: Final = to_raw_response_wrapper(service.list)
        self.create: Final = to_raw_response_wrapper(service.create)
        self.get: Final = to_raw_response_wrapper(service.get)
        self.delete: Final = to_raw_response_wrapper(service.delete)
        self.interaction_schema_get_interaction_schemas: Final = self.list
        self.interaction_schema_create_interaction_schema: Final = self.create
        self.interaction_schema_get_interaction_schema: Final = self.get
        self.interaction_schema_delete_interaction_schema: Final = self.delete


class InteractionschemasService:
    """Interactionschemas operations. Reach it as `client.interactionschemas`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> InteractionschemasServiceWithRawResponse:
        """The same operations, returning the full response instead of the parsed result."""
        return InteractionschemasServiceWithRawResponse(self)

    def list(
        self,
        **options: Unpack[CallOptions],
    ) -> builtins.list[InteractionSchemaWithoutJsonModel]:
        """Get interaction schemas

        GET /api/v2/interactionschemas

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        Every interaction schema of the tenant.
        """
        return self._client.call(
            interaction_schema_get_interaction_schemas.OPERATION,
            interaction_schema_get_interaction_schemas._get_kwargs(),
            options,
        )

    def create(
        self,
        *,
        request_body: NewInteractionSchema | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> InteractionSchemaResponse:
        """Create interaction schema

        POST /api/v2/interactionschemas

        Retries: retried only when not delivered (connection failed) or on 429.

        Creates an interaction schema: the JSON schema that interactions of its kind must follow.
        """
        return self._client.call(
            interaction_schema_create_interaction_schema.OPERATION,
            interaction_schema_create_interaction_schema._get_kwargs(request_body=request_body),
            options,
        )

    def get(
        self,
        interaction_schema_id: str,
        **options: Unpack[CallOptions],
    ) -> InteractionSchemaModel:
        """Get interaction schema

        GET /api/v2/interactionschemas/{interaction_schema_id}

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        One interaction schema.

        Args:
            interaction_schema_id: The interaction schema's id.
        """
        return self._client.call(
            interaction_schema_get_interaction_schema.OPERATION,
            interaction_schema_get_interaction_schema._get_kwargs(interaction_schema_id),
            options,
        )

    def delete(
        self,
        interaction_schema_id: str,
        **options: Unpack[CallOptions],
    ) -> None:
        """Delete interaction schema

        DELETE /api/v2/interactionschemas/{interaction_schema_id}

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        Deletes an interaction schema.

        Args:
            interaction_schema_id: The interaction schema's id.
        """
        return self._client.call(
            interaction_schema_delete_interaction_schema.OPERATION,
            interaction_schema_delete_interaction_schema._get_kwargs(interaction_schema_id),
            options,
        )

    # The published SDK's names (operationIds in snake case), so code written from its docs runs unchanged.
    interaction_schema_get_interaction_schemas = list
    interaction_schema_create_interaction_schema = create
    interaction_schema_get_interaction_schema = get
    interaction_schema_delete_interaction_schema = delete


class AsyncInteractionschemasServiceWithRawResponse:
    """The interactionschemas operations, returning the full `APIResponse` (status, headers, body, parsed result)."""

    def __init__(self, service: "AsyncInteractionschemasService") -> None:
        self.list: Final = async_to_raw_response_wrapper(service.list)
        self.create: Final = async_to_raw_response_wrapper(service.create)
        self.get: Final = async_to_raw_response_wrapper(service.get)
        self.delete: Final = async_to_raw_response_wrapper(service.delete)
        self.interaction_schema_get_interaction_schemas: Final = self.list
        self.interaction_schema_create_interaction_schema: Final = self.create
        self.interaction_schema_get_interaction_schema: Final = self.get
        self.interaction_schema_delete_interaction_schema: Final = self.delete


class AsyncInteractionschemasService:
    """Interactionschemas operations (async). Reach it as `client.interactionschemas`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncInteractionschemasServiceWithRawResponse:
        """The same operations, returning the full response instead of the parsed result."""
        return AsyncInteractionschemasServiceWithRawResponse(self)

    async def list(
        self,
        **options: Unpack[CallOptions],
    ) -> builtins.list[InteractionSchemaWithoutJsonModel]:
        """Get interaction schemas

        GET /api/v2/interactionschemas

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        Every interaction schema of the tenant.
        """
        return await self._client.call(
            interaction_schema_get_interaction_schemas.OPERATION,
            interaction_schema_get_interaction_schemas._get_kwargs(),
            options,
        )

    async def create(
        self,
        *,
        request_body: NewInteractionSchema | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> InteractionSchemaResponse:
        """Create interaction schema

        POST /api/v2/interactionschemas

        Retries: retried only when not delivered (connection failed) or on 429.

        Creates an interaction schema: the JSON schema that interactions of its kind must follow.
        """
        return await self._client.call(
            interaction_schema_create_interaction_schema.OPERATION,
            interaction_schema_create_interaction_schema._get_kwargs(request_body=request_body),
            options,
        )

    async def get(
        self,
        interaction_schema_id: str,
        **options: Unpack[CallOptions],
    ) -> InteractionSchemaModel:
        """Get interaction schema

        GET /api/v2/interactionschemas/{interaction_schema_id}

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        One interaction schema.

        Args:
            interaction_schema_id: The interaction schema's id.
        """
        return await self._client.call(
            interaction_schema_get_interaction_schema.OPERATION,
            interaction_schema_get_interaction_schema._get_kwargs(interaction_schema_id),
            options,
        )

    async def delete(
        self,
        interaction_schema_id: str,
        **options: Unpack[CallOptions],
    ) -> None:
        """Delete interaction schema

        DELETE /api/v2/interactionschemas/{interaction_schema_id}

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        Deletes an interaction schema.

        Args:
            interaction_schema_id: The interaction schema's id.
        """
        return await self._client.call(
            interaction_schema_delete_interaction_schema.OPERATION,
            interaction_schema_delete_interaction_schema._get_kwargs(interaction_schema_id),
            options,
        )

    # The published SDK's names (operationIds in snake case), so code written from its docs runs unchanged.
    interaction_schema_get_interaction_schemas = list
    interaction_schema_create_interaction_schema = create
    interaction_schema_get_interaction_schema = get
    interaction_schema_delete_interaction_schema = delete
