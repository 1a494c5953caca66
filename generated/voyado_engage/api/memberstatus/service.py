# Generated from generator/render/templates/service.py.jinja by `make generate`; do not edit.
"""Memberstatus operations, reached as `VoyadoEngage.memberstatus`."""

from functools import cached_property
from typing import Final, Unpack

from ..._base_client import AsyncAPIClient, SyncAPIClient
from ..._options import CallOptions
from ..._raw_response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ...models.member_status_model import MemberStatusModel
from . import member_status_v_get


class MemberstatusServiceWithRawResponse:
    """The memberstatus operations, returning the full `APIResponse` (status, headers, body, parsed result)."""

    def __init__(self, service: "MemberstatusService") -> None:
        self.get: Final = to_raw_response_wrapper(service.get)
        self.member_status_v_get: Final = self.get


class MemberstatusService:
    """Memberstatus operations. Reach it as `client.memberstatus`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> MemberstatusServiceWithRawResponse:
        """The same operations, returning the full response instead of the parsed result."""
        return MemberstatusServiceWithRawResponse(self)

    def get(
        self,
        *,
        query: str,
        **options: Unpack[CallOptions],
    ) -> MemberStatusModel:
        """Get a member's status

        GET /api/v2/memberstatus

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        The first member matching `query`, with its status, contact id and member number: what a POS asks
        after a customer identifies themselves. The answer's language follows the language setting of the
        API key's user.

        Args:
            query: A field and a value, as `fieldId:value` (for example `email:jane@example.com`); usual fields
                are socialSecurityNumber, email, mobilePhone, memberNumber and externalId.
        """
        return self._client.call(member_status_v_get.OPERATION, member_status_v_get._get_kwargs(query=query), options)

    # The published SDK's names (operationIds in snake case), so code written from its docs runs unchanged.
    member_status_v_get = get


class AsyncMemberstatusServiceWithRawResponse:
    """The memberstatus operations, returning the full `APIResponse` (status, headers, body, parsed result)."""

    def __init__(self, service: "AsyncMemberstatusService") -> None:
        self.get: Final = async_to_raw_response_wrapper(service.get)
        self.member_status_v_get: Final = self.get


class AsyncMemberstatusService:
    """Memberstatus operations (async). Reach it as `client.memberstatus`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncMemberstatusServiceWithRawResponse:
        """The same operations, returning the full response instead of the parsed result."""
        return AsyncMemberstatusServiceWithRawResponse(self)

    async def get(
        self,
        *,
        query: str,
        **options: Unpack[CallOptions],
    ) -> MemberStatusModel:
        """Get a member's status

        GET /api/v2/memberstatus

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        The first member matching `query`, with its status, contact id and member number: what a POS asks
        after a customer identifies themselves. The answer's language follows the language setting of the
        API key's user.

        Args:
            query: A field and a value, as `fieldId:value` (for example `email:jane@example.com`); usual fields
                are socialSecurityNumber, email, mobilePhone, memberNumber and externalId.
        """
        return await self._client.call(
            member_status_v_get.OPERATION, member_status_v_get._get_kwargs(query=query), options
        )

    # The published SDK's names (operationIds in snake case), so code written from its docs runs unchanged.
    member_status_v_get = get
