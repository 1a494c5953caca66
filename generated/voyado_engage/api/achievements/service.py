# Generated from generator/render/templates/service.py.jinja by `make generate`; do not edit.
"""Achievements operations, reached as `VoyadoEngage.achievements`."""

import builtins
from collections.abc import AsyncIterator, Iterator, Mapping
from functools import cached_property
from typing import Any, Final, Unpack

from ..._base_client import AsyncAPIClient, SyncAPIClient
from ..._options import CallOptions
from ..._pagination import DEFAULT_PAGE_SIZE, aiterate_pages, iterate_pages
from ..._raw_response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ...models.achievement_value import AchievementValue
from ...models.api_achievement_definition import ApiAchievementDefinition
from ...models.api_achievement_value import ApiAchievementValue
from ...models.paged_result_of_api_achievement_definition import (
    PagedResultOfApiAchievementDefinition,
)
from ...types import UNSET, Unset
from . import (
    achievements_get_achievements_for_contact,
    achievements_get_all_achievements,
    achievements_remove_achievement,
    achievements_set_achievement,
)


class AchievementsServiceWithRawResponse:
    """The achievements operations, returning the full `APIResponse` (status, headers, body, parsed result)."""

    def __init__(self, service: "AchievementsService") -> None:
        self.list: Final = to_raw_response_wrapper(service.list)
        self.list_for_contact: Final = to_raw_response_wrapper(service.list_for_contact)
        self.set: Final = to_raw_response_wrapper(service.set)
        self.remove: Final = to_raw_response_wrapper(service.remove)
        self.achievements_get_all_achievements: Final = self.list
        self.achievements_get_achievements_for_contact: Final = self.list_for_contact
        self.achievements_set_achievement: Final = self.set
        self.achievements_remove_achievement: Final = self.remove


class AchievementsService:
    """Achievements operations. Reach it as `client.achievements`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AchievementsServiceWithRawResponse:
        """The same operations, returning the full response instead of the parsed result."""
        return AchievementsServiceWithRawResponse(self)

    def list(
        self,
        *,
        offset: int | Unset = UNSET,
        count: int | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> PagedResultOfApiAchievementDefinition:
        """Get all achievements

        GET /api/v2/achievements

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        Lists the achievement definitions of the tenant, a page at a time.

        Args:
            offset: How many items to skip before the page starts (default 0).
            count: How many items the page holds at most (default 100).
        """
        return self._client.call(
            achievements_get_all_achievements.OPERATION,
            achievements_get_all_achievements._get_kwargs(offset=offset, count=count),
            options,
        )

    def list_iter(
        self,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        **options: Unpack[CallOptions],
    ) -> Iterator[ApiAchievementDefinition]:
        """Every item, fetched `page_size` per request as the iterator is consumed."""
        return iterate_pages(
            lambda offset, count: self.list(offset=offset, count=count, **options),
            page_size=page_size,
        )

    def list_for_contact(
        self,
        contact_id: str,
        **options: Unpack[CallOptions],
    ) -> builtins.list[ApiAchievementValue]:
        """Get achievements for contact

        GET /api/v2/contacts/{contact_id}/achievements

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        The achievements a contact has been given.

        Args:
            contact_id: The contact's id in Voyado (a GUID).
        """
        return self._client.call(
            achievements_get_achievements_for_contact.OPERATION,
            achievements_get_achievements_for_contact._get_kwargs(contact_id),
            options,
        )

    def set(
        self,
        contact_id: str,
        achievement_id: str,
        *,
        request_body: AchievementValue | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> None:
        """Set achievement

        POST /api/v2/contacts/{contact_id}/achievements/{achievement_id}

        Retries: retried only when not delivered (connection failed) or on 429.

        Gives a contact an achievement.

        Args:
            contact_id: The contact's id in Voyado (a GUID).
            achievement_id: The achievement's id.
        """
        return self._client.call(
            achievements_set_achievement.OPERATION,
            achievements_set_achievement._get_kwargs(contact_id, achievement_id, request_body=request_body),
            options,
        )

    def remove(
        self,
        contact_id: str,
        achievement_id: str,
        **options: Unpack[CallOptions],
    ) -> None:
        """Remove achievement

        DELETE /api/v2/contacts/{contact_id}/achievements/{achievement_id}

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        Takes an achievement away from a contact.

        Args:
            contact_id: The contact's id in Voyado (a GUID).
            achievement_id: The achievement's id.
        """
        return self._client.call(
            achievements_remove_achievement.OPERATION,
            achievements_remove_achievement._get_kwargs(contact_id, achievement_id),
            options,
        )

    # The published SDK's names (operationIds in snake case), so code written from its docs runs unchanged.
    achievements_get_all_achievements = list
    achievements_get_all_achievements_iter = list_iter
    achievements_get_achievements_for_contact = list_for_contact
    achievements_set_achievement = set
    achievements_remove_achievement = remove


class AsyncAchievementsServiceWithRawResponse:
    """The achievements operations, returning the full `APIResponse` (status, headers, body, parsed result)."""

    def __init__(self, service: "AsyncAchievementsService") -> None:
        self.list: Final = async_to_raw_response_wrapper(service.list)
        self.list_for_contact: Final = async_to_raw_response_wrapper(service.list_for_contact)
        self.set: Final = async_to_raw_response_wrapper(service.set)
        self.remove: Final = async_to_raw_response_wrapper(service.remove)
        self.achievements_get_all_achievements: Final = self.list
        self.achievements_get_achievements_for_contact: Final = self.list_for_contact
        self.achievements_set_achievement: Final = self.set
        self.achievements_remove_achievement: Final = self.remove


class AsyncAchievementsService:
    """Achievements operations (async). Reach it as `client.achievements`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAchievementsServiceWithRawResponse:
        """The same operations, returning the full response instead of the parsed result."""
        return AsyncAchievementsServiceWithRawResponse(self)

    async def list(
        self,
        *,
        offset: int | Unset = UNSET,
        count: int | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> PagedResultOfApiAchievementDefinition:
        """Get all achievements

        GET /api/v2/achievements

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        Lists the achievement definitions of the tenant, a page at a time.

        Args:
            offset: How many items to skip before the page starts (default 0).
            count: How many items the page holds at most (default 100).
        """
        return await self._client.call(
            achievements_get_all_achievements.OPERATION,
            achievements_get_all_achievements._get_kwargs(offset=offset, count=count),
            options,
        )

    def list_iter(
        self,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[ApiAchievementDefinition]:
        """Every item, fetched `page_size` per request as the iterator is consumed."""
        return aiterate_pages(
            lambda offset, count: self.list(offset=offset, count=count, **options),
            page_size=page_size,
        )

    async def list_for_contact(
        self,
        contact_id: str,
        **options: Unpack[CallOptions],
    ) -> builtins.list[ApiAchievementValue]:
        """Get achievements for contact

        GET /api/v2/contacts/{contact_id}/achievements

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        The achievements a contact has been given.

        Args:
            contact_id: The contact's id in Voyado (a GUID).
        """
        return await self._client.call(
            achievements_get_achievements_for_contact.OPERATION,
            achievements_get_achievements_for_contact._get_kwargs(contact_id),
            options,
        )

    async def set(
        self,
        contact_id: str,
        achievement_id: str,
        *,
        request_body: AchievementValue | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> None:
        """Set achievement

        POST /api/v2/contacts/{contact_id}/achievements/{achievement_id}

        Retries: retried only when not delivered (connection failed) or on 429.

        Gives a contact an achievement.

        Args:
            contact_id: The contact's id in Voyado (a GUID).
            achievement_id: The achievement's id.
        """
        return await self._client.call(
            achievements_set_achievement.OPERATION,
            achievements_set_achievement._get_kwargs(contact_id, achievement_id, request_body=request_body),
            options,
        )

    async def remove(
        self,
        contact_id: str,
        achievement_id: str,
        **options: Unpack[CallOptions],
    ) -> None:
        """Remove achievement

        DELETE /api/v2/contacts/{contact_id}/achievements/{achievement_id}

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        Takes an achievement away from a contact.

        Args:
            contact_id: The contact's id in Voyado (a GUID).
            achievement_id: The achievement's id.
        """
        return await self._client.call(
            achievements_remove_achievement.OPERATION,
            achievements_remove_achievement._get_kwargs(contact_id, achievement_id),
            options,
        )

    # The published SDK's names (operationIds in snake case), so code written from its docs runs unchanged.
    achievements_get_all_achievements = list
    achievements_get_all_achievements_iter = list_iter
    achievements_get_achievements_for_contact = list_for_contact
    achievements_set_achievement = set
    achievements_remove_achievement = remove
