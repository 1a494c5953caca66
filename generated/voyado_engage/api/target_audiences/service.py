# Generated from generator/render/templates/service.py.jinja by `make generate`; do not edit.
"""TargetAudiences operations, reached as `VoyadoEngage.target_audiences`."""

import builtins
from functools import cached_property
from typing import Final, Unpack

from ..._base_client import AsyncAPIClient, SyncAPIClient
from ..._options import CallOptions
from ..._raw_response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ...models.id_name import IdName
from . import target_audience_get_target_audiences


class TargetAudiencesServiceWithRawResponse:
    """The target_audiences operations, returning the full `APIResponse` (status, headers, body, parsed result)."""

    def __init__(self, service: "TargetAudiencesService") -> None:
        self.list: Final = to_raw_response_wrapper(service.list)
        self.target_audience_get_target_audiences: Final = self.list


class TargetAudiencesService:
    """TargetAudiences operations. Reach it as `client.target_audiences`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> TargetAudiencesServiceWithRawResponse:
        """The same operations, returning the full response instead of the parsed result."""
        return TargetAudiencesServiceWithRawResponse(self)

    def list(
        self,
        **options: Unpack[CallOptions],
    ) -> builtins.list[IdName]:
        """Get target audiences

        GET /api/v2/target-audiences

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        The target audiences (saved segments) of the tenant.
        """
        return self._client.call(
            target_audience_get_target_audiences.OPERATION, target_audience_get_target_audiences._get_kwargs(), options
        )

    # The published SDK's names (operationIds in snake case), so code written from its docs runs unchanged.
    target_audience_get_target_audiences = list


class AsyncTargetAudiencesServiceWithRawResponse:
    """The target_audiences operations, returning the full `APIResponse` (status, headers, body, parsed result)."""

    def __init__(self, service: "AsyncTargetAudiencesService") -> None:
        self.list: Final = async_to_raw_response_wrapper(service.list)
        self.target_audience_get_target_audiences: Final = self.list


class AsyncTargetAudiencesService:
    """TargetAudiences operations (async). Reach it as `client.target_audiences`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncTargetAudiencesServiceWithRawResponse:
        """The same operations, returning the full response instead of the parsed result."""
        return AsyncTargetAudiencesServiceWithRawResponse(self)

    async def list(
        self,
        **options: Unpack[CallOptions],
    ) -> builtins.list[IdName]:
        """Get target audiences

        GET /api/v2/target-audiences

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        The target audiences (saved segments) of the tenant.
        """
        return await self._client.call(
            target_audience_get_target_audiences.OPERATION, target_audience_get_target_audiences._get_kwargs(), options
        )

    # The published SDK's names (operationIds in snake case), so code written from its docs runs unchanged.
    target_audience_get_target_audiences = list
