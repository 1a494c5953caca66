# Generated from generator/templates/service.py.jinja by `make generate`; do not edit.
"""TargetAudiences operations, reached as `VoyadoEngage.target_audiences`."""

from functools import cached_property
from typing import Unpack

from ..._base_client import APIResponse, AsyncAPIClient, SyncAPIClient
from ..._options import CallOptions
from ...models.id_name import IdName
from . import target_audience_get_target_audiences


class TargetAudiencesServiceWithRawResponse:
    """The target_audiences operations, returning the full `APIResponse` (status, headers, body, parsed result)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def target_audience_get_target_audiences(
        self,
        **options: Unpack[CallOptions],
    ) -> APIResponse[list[IdName]]:
        """Get target audiences

        GET /api/v2/target-audiences

        Retries: idempotent.

        The target audiences (saved segments) of the tenant.
        """
        return target_audience_get_target_audiences.sync_detailed(self._client, options=options)


class TargetAudiencesService:
    """TargetAudiences operations. Reach it as `client.target_audiences`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> TargetAudiencesServiceWithRawResponse:
        """The same operations, returning the full response instead of the parsed result."""
        return TargetAudiencesServiceWithRawResponse(self._client)

    def target_audience_get_target_audiences(
        self,
        **options: Unpack[CallOptions],
    ) -> list[IdName]:
        """Get target audiences

        GET /api/v2/target-audiences

        Retries: idempotent.

        The target audiences (saved segments) of the tenant.
        """
        return target_audience_get_target_audiences.sync(self._client, options=options)


class AsyncTargetAudiencesServiceWithRawResponse:
    """The target_audiences operations, returning the full `APIResponse` (status, headers, body, parsed result)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def target_audience_get_target_audiences(
        self,
        **options: Unpack[CallOptions],
    ) -> APIResponse[list[IdName]]:
        """Get target audiences

        GET /api/v2/target-audiences

        Retries: idempotent.

        The target audiences (saved segments) of the tenant.
        """
        return await target_audience_get_target_audiences.asyncio_detailed(self._client, options=options)


class AsyncTargetAudiencesService:
    """TargetAudiences operations (async). Reach it as `client.target_audiences`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncTargetAudiencesServiceWithRawResponse:
        """The same operations, returning the full response instead of the parsed result."""
        return AsyncTargetAudiencesServiceWithRawResponse(self._client)

    async def target_audience_get_target_audiences(
        self,
        **options: Unpack[CallOptions],
    ) -> list[IdName]:
        """Get target audiences

        GET /api/v2/target-audiences

        Retries: idempotent.

        The target audiences (saved segments) of the tenant.
        """
        return await target_audience_get_target_audiences.asyncio(self._client, options=options)
