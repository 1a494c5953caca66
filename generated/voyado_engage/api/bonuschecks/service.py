# Generated from generator/render/templates/service.py.jinja by `make generate`; do not edit.
"""Bonuschecks operations, reached as `VoyadoEngage.bonuschecks`."""

from collections.abc import AsyncIterator, Iterator
from functools import cached_property
from typing import Final, Unpack

from ..._base_client import AsyncAPIClient, SyncAPIClient
from ..._options import CallOptions
from ..._pagination import DEFAULT_PAGE_SIZE, aiterate_pages, iterate_pages
from ..._raw_response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ...models.all_bonus_check_model import AllBonusCheckModel
from ...models.available_bonus_check_model import AvailableBonusCheckModel
from ...models.paged_result_of_all_bonus_check_model import PagedResultOfAllBonusCheckModel
from ...models.paged_result_of_available_bonus_check_model import PagedResultOfAvailableBonusCheckModel
from ...models.paged_result_of_redeemed_bonus_check_model import PagedResultOfRedeemedBonusCheckModel
from ...models.redeemed_bonus_check_model import RedeemedBonusCheckModel
from ...types import UNSET, Unset
from . import (
    bonus_checks_get_available_bonus_checks,
    bonus_checks_get_bonus_checks_for_contact,
    bonus_checks_get_redeemed_bonus_checks_for_contact,
    bonus_checks_redeem_bonus_check,
)


class BonuschecksServiceWithRawResponse:
    """The bonuschecks operations, returning the full `APIResponse` (status, headers, body, parsed result)."""

    def __init__(self, service: "BonuschecksService") -> None:
        self.list_for_contact: Final = to_raw_response_wrapper(service.list_for_contact)
        self.list_available: Final = to_raw_response_wrapper(service.list_available)
        self.list_redeemed: Final = to_raw_response_wrapper(service.list_redeemed)
        self.redeem: Final = to_raw_response_wrapper(service.redeem)
        self.bonus_checks_get_bonus_checks_for_contact: Final = self.list_for_contact
        self.bonus_checks_get_available_bonus_checks: Final = self.list_available
        self.bonus_checks_get_redeemed_bonus_checks_for_contact: Final = self.list_redeemed
        self.bonus_checks_redeem_bonus_check: Final = self.redeem


class BonuschecksService:
    """Bonuschecks operations. Reach it as `client.bonuschecks`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> BonuschecksServiceWithRawResponse:
        """The same operations, returning the full response instead of the parsed result."""
        return BonuschecksServiceWithRawResponse(self)

    def list_for_contact(
        self,
        contact_id: str,
        *,
        offset: int | Unset = UNSET,
        count: int | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> PagedResultOfAllBonusCheckModel:
        """Get bonus checks for contact

        GET /api/v2/contacts/{contact_id}/bonuschecks

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        Every bonus check of a contact (available, redeemed and expired), a page at a time.

        Args:
            contact_id: The contact's id in Voyado (a GUID).
            offset: How many items to skip before the page starts (default 0).
            count: How many items the page holds at most (default 100).
        """
        return self._client.call(
            bonus_checks_get_bonus_checks_for_contact.OPERATION,
            bonus_checks_get_bonus_checks_for_contact._get_kwargs(contact_id, offset=offset, count=count),
            options,
        )

    def list_for_contact_iter(
        self,
        contact_id: str,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        **options: Unpack[CallOptions],
    ) -> Iterator[AllBonusCheckModel]:
        """Every item, fetched `page_size` per request as the iterator is consumed."""
        return iterate_pages(
            lambda offset, count: self.list_for_contact(contact_id, offset=offset, count=count, **options),
            page_size=page_size,
        )

    def list_available(
        self,
        contact_id: str,
        *,
        offset: int | Unset = UNSET,
        count: int | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> PagedResultOfAvailableBonusCheckModel:
        """Get available bonus checks

        GET /api/v2/contacts/{contact_id}/bonuschecks/available

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        The bonus checks a contact can still use (redeemed and expired ones left out), a page at a time.

        Args:
            contact_id: The contact's id in Voyado (a GUID).
            offset: How many items to skip before the page starts (default 0).
            count: How many items the page holds at most (default 100).
        """
        return self._client.call(
            bonus_checks_get_available_bonus_checks.OPERATION,
            bonus_checks_get_available_bonus_checks._get_kwargs(contact_id, offset=offset, count=count),
            options,
        )

    def list_available_iter(
        self,
        contact_id: str,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        **options: Unpack[CallOptions],
    ) -> Iterator[AvailableBonusCheckModel]:
        """Every item, fetched `page_size` per request as the iterator is consumed."""
        return iterate_pages(
            lambda offset, count: self.list_available(contact_id, offset=offset, count=count, **options),
            page_size=page_size,
        )

    def list_redeemed(
        self,
        contact_id: str,
        *,
        offset: int | Unset = UNSET,
        count: int | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> PagedResultOfRedeemedBonusCheckModel:
        """Get redeemed bonus checks for contact

        GET /api/v2/contacts/{contact_id}/bonuschecks/redeemed

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        The bonus checks a contact has redeemed, a page at a time.

        Args:
            contact_id: The contact's id in Voyado (a GUID).
            offset: How many items to skip before the page starts (default 0).
            count: How many items the page holds at most (default 100).
        """
        return self._client.call(
            bonus_checks_get_redeemed_bonus_checks_for_contact.OPERATION,
            bonus_checks_get_redeemed_bonus_checks_for_contact._get_kwargs(contact_id, offset=offset, count=count),
            options,
        )

    def list_redeemed_iter(
        self,
        contact_id: str,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        **options: Unpack[CallOptions],
    ) -> Iterator[RedeemedBonusCheckModel]:
        """Every item, fetched `page_size` per request as the iterator is consumed."""
        return iterate_pages(
            lambda offset, count: self.list_redeemed(contact_id, offset=offset, count=count, **options),
            page_size=page_size,
        )

    def redeem(
        self,
        contact_id: str,
        bonus_check_id: str,
        **options: Unpack[CallOptions],
    ) -> RedeemedBonusCheckModel:
        """Redeem bonus check

        POST /api/v2/contacts/{contact_id}/bonuschecks/{bonus_check_id}/redeem

        Retries: retried only when not delivered (connection failed) or on 429.

        Redeems one of a contact's bonus checks.

        Args:
            contact_id: The contact's id in Voyado (a GUID).
            bonus_check_id: The bonus check's id.
        """
        return self._client.call(
            bonus_checks_redeem_bonus_check.OPERATION,
            bonus_checks_redeem_bonus_check._get_kwargs(contact_id, bonus_check_id),
            options,
        )

    # The published SDK's names (operationIds in snake case), so code written from its docs runs unchanged.
    bonus_checks_get_bonus_checks_for_contact = list_for_contact
    bonus_checks_get_bonus_checks_for_contact_iter = list_for_contact_iter
    bonus_checks_get_available_bonus_checks = list_available
    bonus_checks_get_available_bonus_checks_iter = list_available_iter
    bonus_checks_get_redeemed_bonus_checks_for_contact = list_redeemed
    bonus_checks_get_redeemed_bonus_checks_for_contact_iter = list_redeemed_iter
    bonus_checks_redeem_bonus_check = redeem


class AsyncBonuschecksServiceWithRawResponse:
    """The bonuschecks operations, returning the full `APIResponse` (status, headers, body, parsed result)."""

    def __init__(self, service: "AsyncBonuschecksService") -> None:
        self.list_for_contact: Final = async_to_raw_response_wrapper(service.list_for_contact)
        self.list_available: Final = async_to_raw_response_wrapper(service.list_available)
        self.list_redeemed: Final = async_to_raw_response_wrapper(service.list_redeemed)
        self.redeem: Final = async_to_raw_response_wrapper(service.redeem)
        self.bonus_checks_get_bonus_checks_for_contact: Final = self.list_for_contact
        self.bonus_checks_get_available_bonus_checks: Final = self.list_available
        self.bonus_checks_get_redeemed_bonus_checks_for_contact: Final = self.list_redeemed
        self.bonus_checks_redeem_bonus_check: Final = self.redeem


class AsyncBonuschecksService:
    """Bonuschecks operations (async). Reach it as `client.bonuschecks`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncBonuschecksServiceWithRawResponse:
        """The same operations, returning the full response instead of the parsed result."""
        return AsyncBonuschecksServiceWithRawResponse(self)

    async def list_for_contact(
        self,
        contact_id: str,
        *,
        offset: int | Unset = UNSET,
        count: int | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> PagedResultOfAllBonusCheckModel:
        """Get bonus checks for contact

        GET /api/v2/contacts/{contact_id}/bonuschecks

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        Every bonus check of a contact (available, redeemed and expired), a page at a time.

        Args:
            contact_id: The contact's id in Voyado (a GUID).
            offset: How many items to skip before the page starts (default 0).
            count: How many items the page holds at most (default 100).
        """
        return await self._client.call(
            bonus_checks_get_bonus_checks_for_contact.OPERATION,
            bonus_checks_get_bonus_checks_for_contact._get_kwargs(contact_id, offset=offset, count=count),
            options,
        )

    def list_for_contact_iter(
        self,
        contact_id: str,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[AllBonusCheckModel]:
        """Every item, fetched `page_size` per request as the iterator is consumed."""
        return aiterate_pages(
            lambda offset, count: self.list_for_contact(contact_id, offset=offset, count=count, **options),
            page_size=page_size,
        )

    async def list_available(
        self,
        contact_id: str,
        *,
        offset: int | Unset = UNSET,
        count: int | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> PagedResultOfAvailableBonusCheckModel:
        """Get available bonus checks

        GET /api/v2/contacts/{contact_id}/bonuschecks/available

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        The bonus checks a contact can still use (redeemed and expired ones left out), a page at a time.

        Args:
            contact_id: The contact's id in Voyado (a GUID).
            offset: How many items to skip before the page starts (default 0).
            count: How many items the page holds at most (default 100).
        """
        return await self._client.call(
            bonus_checks_get_available_bonus_checks.OPERATION,
            bonus_checks_get_available_bonus_checks._get_kwargs(contact_id, offset=offset, count=count),
            options,
        )

    def list_available_iter(
        self,
        contact_id: str,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[AvailableBonusCheckModel]:
        """Every item, fetched `page_size` per request as the iterator is consumed."""
        return aiterate_pages(
            lambda offset, count: self.list_available(contact_id, offset=offset, count=count, **options),
            page_size=page_size,
        )

    async def list_redeemed(
        self,
        contact_id: str,
        *,
        offset: int | Unset = UNSET,
        count: int | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> PagedResultOfRedeemedBonusCheckModel:
        """Get redeemed bonus checks for contact

        GET /api/v2/contacts/{contact_id}/bonuschecks/redeemed

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        The bonus checks a contact has redeemed, a page at a time.

        Args:
            contact_id: The contact's id in Voyado (a GUID).
            offset: How many items to skip before the page starts (default 0).
            count: How many items the page holds at most (default 100).
        """
        return await self._client.call(
            bonus_checks_get_redeemed_bonus_checks_for_contact.OPERATION,
            bonus_checks_get_redeemed_bonus_checks_for_contact._get_kwargs(contact_id, offset=offset, count=count),
            options,
        )

    def list_redeemed_iter(
        self,
        contact_id: str,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[RedeemedBonusCheckModel]:
        """Every item, fetched `page_size` per request as the iterator is consumed."""
        return aiterate_pages(
            lambda offset, count: self.list_redeemed(contact_id, offset=offset, count=count, **options),
            page_size=page_size,
        )

    async def redeem(
        self,
        contact_id: str,
        bonus_check_id: str,
        **options: Unpack[CallOptions],
    ) -> RedeemedBonusCheckModel:
        """Redeem bonus check

        POST /api/v2/contacts/{contact_id}/bonuschecks/{bonus_check_id}/redeem

        Retries: retried only when not delivered (connection failed) or on 429.

        Redeems one of a contact's bonus checks.

        Args:
            contact_id: The contact's id in Voyado (a GUID).
            bonus_check_id: The bonus check's id.
        """
        return await self._client.call(
            bonus_checks_redeem_bonus_check.OPERATION,
            bonus_checks_redeem_bonus_check._get_kwargs(contact_id, bonus_check_id),
            options,
        )

    # The published SDK's names (operationIds in snake case), so code written from its docs runs unchanged.
    bonus_checks_get_bonus_checks_for_contact = list_for_contact
    bonus_checks_get_bonus_checks_for_contact_iter = list_for_contact_iter
    bonus_checks_get_available_bonus_checks = list_available
    bonus_checks_get_available_bonus_checks_iter = list_available_iter
    bonus_checks_get_redeemed_bonus_checks_for_contact = list_redeemed
    bonus_checks_get_redeemed_bonus_checks_for_contact_iter = list_redeemed_iter
    bonus_checks_redeem_bonus_check = redeem
