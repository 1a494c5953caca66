# Generated from generator/render/templates/service.py.jinja by `make generate`; do not edit.
"""Posoffers operations, reached as `VoyadoEngage.posoffers`."""

from collections.abc import AsyncIterator, Iterator
from functools import cached_property
from typing import Final, Unpack

from ..._base_client import AsyncAPIClient, SyncAPIClient
from ..._options import CallOptions
from ..._pagination import DEFAULT_PAGE_SIZE, aiterate_pages, iterate_pages
from ..._raw_response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ...models.all_loyalty_bar_claim_model import AllLoyaltyBarClaimModel
from ...models.available_loyalty_bar_claim_model import AvailableLoyaltyBarClaimModel
from ...models.paged_result_of_all_loyalty_bar_claim_model import PagedResultOfAllLoyaltyBarClaimModel
from ...models.paged_result_of_available_loyalty_bar_claim_model import PagedResultOfAvailableLoyaltyBarClaimModel
from ...models.redeemed_loyalty_bar_claim_model import RedeemedLoyaltyBarClaimModel
from ...types import UNSET, Unset
from . import (
    pos_offer_get_all_pos_offers_by_contact_type_and_key,
    pos_offer_get_all_pos_offers_by_key,
    pos_offer_get_all_pos_offers_for_contact,
    pos_offer_get_available_pos_offers_by_contact_type_and_key,
    pos_offer_get_available_pos_offers_by_key,
    pos_offer_get_available_pos_offers_for_contact,
    pos_offer_redeem,
    pos_offer_redeem_by_contact_type_and_key,
    pos_offer_redeem_by_key,
)


class PosoffersServiceWithRawResponse:
    """The posoffers operations, returning the full `APIResponse` (status, headers, body, parsed result)."""

    def __init__(self, service: "PosoffersService") -> None:
        self.list_all_by_key: Final = to_raw_response_wrapper(service.list_all_by_key)
        self.list_available_by_key: Final = to_raw_response_wrapper(service.list_available_by_key)
        self.redeem_by_key: Final = to_raw_response_wrapper(service.redeem_by_key)
        self.list_all_for_contact: Final = to_raw_response_wrapper(service.list_all_for_contact)
        self.list_available_for_contact: Final = to_raw_response_wrapper(service.list_available_for_contact)
        self.redeem: Final = to_raw_response_wrapper(service.redeem)
        self.list_all_by_type_and_key: Final = to_raw_response_wrapper(service.list_all_by_type_and_key)
        self.list_available_by_type_and_key: Final = to_raw_response_wrapper(service.list_available_by_type_and_key)
        self.redeem_by_type_and_key: Final = to_raw_response_wrapper(service.redeem_by_type_and_key)
        self.pos_offer_get_all_pos_offers_by_key: Final = self.list_all_by_key
        self.pos_offer_get_available_pos_offers_by_key: Final = self.list_available_by_key
        self.pos_offer_redeem_by_key: Final = self.redeem_by_key
        self.pos_offer_get_all_pos_offers_for_contact: Final = self.list_all_for_contact
        self.pos_offer_get_available_pos_offers_for_contact: Final = self.list_available_for_contact
        self.pos_offer_redeem: Final = self.redeem
        self.pos_offer_get_all_pos_offers_by_contact_type_and_key: Final = self.list_all_by_type_and_key
        self.pos_offer_get_available_pos_offers_by_contact_type_and_key: Final = self.list_available_by_type_and_key
        self.pos_offer_redeem_by_contact_type_and_key: Final = self.redeem_by_type_and_key


class PosoffersService:
    """Posoffers operations. Reach it as `client.posoffers`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PosoffersServiceWithRawResponse:
        """The same operations, returning the full response instead of the parsed result."""
        return PosoffersServiceWithRawResponse(self)

    def list_all_by_key(
        self,
        key_value: str,
        **options: Unpack[CallOptions],
    ) -> PagedResultOfAllLoyaltyBarClaimModel:
        """Get all pos offers by key

        GET /api/v2/contacts/bykey/{key_value}/posoffers/all

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        Every POS offer of a contact (available, redeemed and expired), the contact found by its key value
        instead of its id; only for contact types with exactly one key.

        Args:
            key_value: The value of the contact type's key (for example a social security number, external id,
                member number or phone number, as the tenant configured it).
        """
        return self._client.call(
            pos_offer_get_all_pos_offers_by_key.OPERATION,
            pos_offer_get_all_pos_offers_by_key._get_kwargs(key_value),
            options,
        )

    def list_available_by_key(
        self,
        key_value: str,
        **options: Unpack[CallOptions],
    ) -> PagedResultOfAvailableLoyaltyBarClaimModel:
        """Get available pos offers by key

        GET /api/v2/contacts/bykey/{key_value}/posoffers/available

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        The POS offers a contact can still use (redeemed and expired ones left out), the contact found by
        its key value; only for contact types with exactly one key.

        Args:
            key_value: The value of the contact type's key (for example a social security number, external id,
                member number or phone number, as the tenant configured it).
        """
        return self._client.call(
            pos_offer_get_available_pos_offers_by_key.OPERATION,
            pos_offer_get_available_pos_offers_by_key._get_kwargs(key_value),
            options,
        )

    def redeem_by_key(
        self,
        key_value: str,
        id: str,
        **options: Unpack[CallOptions],
    ) -> RedeemedLoyaltyBarClaimModel:
        """Redeem by key

        POST /api/v2/contacts/bykey/{key_value}/posoffers/{id}/redeem

        Retries: retried only when not delivered (connection failed) or on 429.

        Redeems a POS offer for a contact found by its key value (contact types with exactly one key).

        Args:
            key_value: The value of the contact type's key (for example a social security number, external id,
                member number or phone number, as the tenant configured it).
            id: The POS offer's id (a GUID), as the offer listings return it.
        """
        return self._client.call(
            pos_offer_redeem_by_key.OPERATION, pos_offer_redeem_by_key._get_kwargs(key_value, id), options
        )

    def list_all_for_contact(
        self,
        contact_id: str,
        *,
        offset: int | Unset = UNSET,
        count: int | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> PagedResultOfAllLoyaltyBarClaimModel:
        """Get all pos offers for contact

        GET /api/v2/contacts/{contact_id}/posoffers/all

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        Every POS offer of a contact (available, redeemed and expired), a page at a time. `expiresOn` in the
        answer is obsolete and always null.

        Args:
            contact_id: The contact's id in Voyado (a GUID).
            offset: How many items to skip before the page starts (default 0).
            count: How many items the page holds at most (default 100).
        """
        return self._client.call(
            pos_offer_get_all_pos_offers_for_contact.OPERATION,
            pos_offer_get_all_pos_offers_for_contact._get_kwargs(contact_id, offset=offset, count=count),
            options,
        )

    def list_all_for_contact_iter(
        self,
        contact_id: str,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        **options: Unpack[CallOptions],
    ) -> Iterator[AllLoyaltyBarClaimModel]:
        """Every item, fetched `page_size` per request as the iterator is consumed."""
        return iterate_pages(
            lambda offset, count: self.list_all_for_contact(contact_id, offset=offset, count=count, **options),
            page_size=page_size,
        )

    def list_available_for_contact(
        self,
        contact_id: str,
        *,
        offset: int | Unset = UNSET,
        count: int | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> PagedResultOfAvailableLoyaltyBarClaimModel:
        """Get available pos offers for contact

        GET /api/v2/contacts/{contact_id}/posoffers/available

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        The POS offers a contact can still use (redeemed and expired ones left out), a page at a time.

        Args:
            contact_id: The contact's id in Voyado (a GUID).
            offset: How many items to skip before the page starts (default 0).
            count: How many items the page holds at most (default 100).
        """
        return self._client.call(
            pos_offer_get_available_pos_offers_for_contact.OPERATION,
            pos_offer_get_available_pos_offers_for_contact._get_kwargs(contact_id, offset=offset, count=count),
            options,
        )

    def list_available_for_contact_iter(
        self,
        contact_id: str,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        **options: Unpack[CallOptions],
    ) -> Iterator[AvailableLoyaltyBarClaimModel]:
        """Every item, fetched `page_size` per request as the iterator is consumed."""
        return iterate_pages(
            lambda offset, count: self.list_available_for_contact(contact_id, offset=offset, count=count, **options),
            page_size=page_size,
        )

    def redeem(
        self,
        contact_id: str,
        id: str,
        **options: Unpack[CallOptions],
    ) -> RedeemedLoyaltyBarClaimModel:
        """Redeem

        POST /api/v2/contacts/{contact_id}/posoffers/{id}/redeem

        Retries: retried only when not delivered (connection failed) or on 429.

        Redeems a POS offer for a contact given by its contact id.

        Args:
            contact_id: The contact's id in Voyado (a GUID).
            id: The POS offer's id (a GUID), as the offer listings return it.
        """
        return self._client.call(pos_offer_redeem.OPERATION, pos_offer_redeem._get_kwargs(contact_id, id), options)

    def list_all_by_type_and_key(
        self,
        contact_type: str,
        key_value: str,
        **options: Unpack[CallOptions],
    ) -> PagedResultOfAllLoyaltyBarClaimModel:
        """Get all pos offers by contact type and key

        GET /api/v2/contacts/{contact_type}/bykey/{key_value}/posoffers/all

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        Every POS offer of a contact (available, redeemed and expired), the contact found by its type and
        key value; only for contact types with exactly one key.

        Args:
            contact_type: The contact type, such as `member` or `contact`.
            key_value: The value of the contact type's key (for example a social security number, external id,
                member number or phone number, as the tenant configured it).
        """
        return self._client.call(
            pos_offer_get_all_pos_offers_by_contact_type_and_key.OPERATION,
            pos_offer_get_all_pos_offers_by_contact_type_and_key._get_kwargs(contact_type, key_value),
            options,
        )

    def list_available_by_type_and_key(
        self,
        contact_type: str,
        key_value: str,
        **options: Unpack[CallOptions],
    ) -> PagedResultOfAvailableLoyaltyBarClaimModel:
        """Get available pos offers by contact type and key

        GET /api/v2/contacts/{contact_type}/bykey/{key_value}/posoffers/available

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        The POS offers a contact can still use, the contact found by its type and key value; only for
        contact types with exactly one key.

        Args:
            contact_type: The contact type, such as `member` or `contact`.
            key_value: The value of the contact type's key (for example a social security number, external id,
                member number or phone number, as the tenant configured it).
        """
        return self._client.call(
            pos_offer_get_available_pos_offers_by_contact_type_and_key.OPERATION,
            pos_offer_get_available_pos_offers_by_contact_type_and_key._get_kwargs(contact_type, key_value),
            options,
        )

    def redeem_by_type_and_key(
        self,
        contact_type: str,
        key_value: str,
        id: str,
        **options: Unpack[CallOptions],
    ) -> RedeemedLoyaltyBarClaimModel:
        """Redeem by contact type and key

        POST /api/v2/contacts/{contact_type}/bykey/{key_value}/posoffers/{id}/redeem

        Retries: retried only when not delivered (connection failed) or on 429.

        Redeems a POS offer for a contact found by its type and key value (contact types with exactly one
        key).

        Args:
            contact_type: The contact type, such as `member` or `contact`.
            key_value: The value of the contact type's key (for example a social security number, external id,
                member number or phone number, as the tenant configured it).
            id: The POS offer's id (a GUID), as the offer listings return it.
        """
        return self._client.call(
            pos_offer_redeem_by_contact_type_and_key.OPERATION,
            pos_offer_redeem_by_contact_type_and_key._get_kwargs(contact_type, key_value, id),
            options,
        )

    # The published SDK's names (operationIds in snake case), so code written from its docs runs unchanged.
    pos_offer_get_all_pos_offers_by_key = list_all_by_key
    pos_offer_get_available_pos_offers_by_key = list_available_by_key
    pos_offer_redeem_by_key = redeem_by_key
    pos_offer_get_all_pos_offers_for_contact = list_all_for_contact
    pos_offer_get_all_pos_offers_for_contact_iter = list_all_for_contact_iter
    pos_offer_get_available_pos_offers_for_contact = list_available_for_contact
    pos_offer_get_available_pos_offers_for_contact_iter = list_available_for_contact_iter
    pos_offer_redeem = redeem
    pos_offer_get_all_pos_offers_by_contact_type_and_key = list_all_by_type_and_key
    pos_offer_get_available_pos_offers_by_contact_type_and_key = list_available_by_type_and_key
    pos_offer_redeem_by_contact_type_and_key = redeem_by_type_and_key


class AsyncPosoffersServiceWithRawResponse:
    """The posoffers operations, returning the full `APIResponse` (status, headers, body, parsed result)."""

    def __init__(self, service: "AsyncPosoffersService") -> None:
        self.list_all_by_key: Final = async_to_raw_response_wrapper(service.list_all_by_key)
        self.list_available_by_key: Final = async_to_raw_response_wrapper(service.list_available_by_key)
        self.redeem_by_key: Final = async_to_raw_response_wrapper(service.redeem_by_key)
        self.list_all_for_contact: Final = async_to_raw_response_wrapper(service.list_all_for_contact)
        self.list_available_for_contact: Final = async_to_raw_response_wrapper(service.list_available_for_contact)
        self.redeem: Final = async_to_raw_response_wrapper(service.redeem)
        self.list_all_by_type_and_key: Final = async_to_raw_response_wrapper(service.list_all_by_type_and_key)
        self.list_available_by_type_and_key: Final = async_to_raw_response_wrapper(
            service.list_available_by_type_and_key
        )
        self.redeem_by_type_and_key: Final = async_to_raw_response_wrapper(service.redeem_by_type_and_key)
        self.pos_offer_get_all_pos_offers_by_key: Final = self.list_all_by_key
        self.pos_offer_get_available_pos_offers_by_key: Final = self.list_available_by_key
        self.pos_offer_redeem_by_key: Final = self.redeem_by_key
        self.pos_offer_get_all_pos_offers_for_contact: Final = self.list_all_for_contact
        self.pos_offer_get_available_pos_offers_for_contact: Final = self.list_available_for_contact
        self.pos_offer_redeem: Final = self.redeem
        self.pos_offer_get_all_pos_offers_by_contact_type_and_key: Final = self.list_all_by_type_and_key
        self.pos_offer_get_available_pos_offers_by_contact_type_and_key: Final = self.list_available_by_type_and_key
        self.pos_offer_redeem_by_contact_type_and_key: Final = self.redeem_by_type_and_key


class AsyncPosoffersService:
    """Posoffers operations (async). Reach it as `client.posoffers`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPosoffersServiceWithRawResponse:
        """The same operations, returning the full response instead of the parsed result."""
        return AsyncPosoffersServiceWithRawResponse(self)

    async def list_all_by_key(
        self,
        key_value: str,
        **options: Unpack[CallOptions],
    ) -> PagedResultOfAllLoyaltyBarClaimModel:
        """Get all pos offers by key

        GET /api/v2/contacts/bykey/{key_value}/posoffers/all

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        Every POS offer of a contact (available, redeemed and expired), the contact found by its key value
        instead of its id; only for contact types with exactly one key.

        Args:
            key_value: The value of the contact type's key (for example a social security number, external id,
                member number or phone number, as the tenant configured it).
        """
        return await self._client.call(
            pos_offer_get_all_pos_offers_by_key.OPERATION,
            pos_offer_get_all_pos_offers_by_key._get_kwargs(key_value),
            options,
        )

    async def list_available_by_key(
        self,
        key_value: str,
        **options: Unpack[CallOptions],
    ) -> PagedResultOfAvailableLoyaltyBarClaimModel:
        """Get available pos offers by key

        GET /api/v2/contacts/bykey/{key_value}/posoffers/available

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        The POS offers a contact can still use (redeemed and expired ones left out), the contact found by
        its key value; only for contact types with exactly one key.

        Args:
            key_value: The value of the contact type's key (for example a social security number, external id,
                member number or phone number, as the tenant configured it).
        """
        return await self._client.call(
            pos_offer_get_available_pos_offers_by_key.OPERATION,
            pos_offer_get_available_pos_offers_by_key._get_kwargs(key_value),
            options,
        )

    async def redeem_by_key(
        self,
        key_value: str,
        id: str,
        **options: Unpack[CallOptions],
    ) -> RedeemedLoyaltyBarClaimModel:
        """Redeem by key

        POST /api/v2/contacts/bykey/{key_value}/posoffers/{id}/redeem

        Retries: retried only when not delivered (connection failed) or on 429.

        Redeems a POS offer for a contact found by its key value (contact types with exactly one key).

        Args:
            key_value: The value of the contact type's key (for example a social security number, external id,
                member number or phone number, as the tenant configured it).
            id: The POS offer's id (a GUID), as the offer listings return it.
        """
        return await self._client.call(
            pos_offer_redeem_by_key.OPERATION, pos_offer_redeem_by_key._get_kwargs(key_value, id), options
        )

    async def list_all_for_contact(
        self,
        contact_id: str,
        *,
        offset: int | Unset = UNSET,
        count: int | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> PagedResultOfAllLoyaltyBarClaimModel:
        """Get all pos offers for contact

        GET /api/v2/contacts/{contact_id}/posoffers/all

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        Every POS offer of a contact (available, redeemed and expired), a page at a time. `expiresOn` in the
        answer is obsolete and always null.

        Args:
            contact_id: The contact's id in Voyado (a GUID).
            offset: How many items to skip before the page starts (default 0).
            count: How many items the page holds at most (default 100).
        """
        return await self._client.call(
            pos_offer_get_all_pos_offers_for_contact.OPERATION,
            pos_offer_get_all_pos_offers_for_contact._get_kwargs(contact_id, offset=offset, count=count),
            options,
        )

    def list_all_for_contact_iter(
        self,
        contact_id: str,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[AllLoyaltyBarClaimModel]:
        """Every item, fetched `page_size` per request as the iterator is consumed."""
        return aiterate_pages(
            lambda offset, count: self.list_all_for_contact(contact_id, offset=offset, count=count, **options),
            page_size=page_size,
        )

    async def list_available_for_contact(
        self,
        contact_id: str,
        *,
        offset: int | Unset = UNSET,
        count: int | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> PagedResultOfAvailableLoyaltyBarClaimModel:
        """Get available pos offers for contact

        GET /api/v2/contacts/{contact_id}/posoffers/available

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        The POS offers a contact can still use (redeemed and expired ones left out), a page at a time.

        Args:
            contact_id: The contact's id in Voyado (a GUID).
            offset: How many items to skip before the page starts (default 0).
            count: How many items the page holds at most (default 100).
        """
        return await self._client.call(
            pos_offer_get_available_pos_offers_for_contact.OPERATION,
            pos_offer_get_available_pos_offers_for_contact._get_kwargs(contact_id, offset=offset, count=count),
            options,
        )

    def list_available_for_contact_iter(
        self,
        contact_id: str,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[AvailableLoyaltyBarClaimModel]:
        """Every item, fetched `page_size` per request as the iterator is consumed."""
        return aiterate_pages(
            lambda offset, count: self.list_available_for_contact(contact_id, offset=offset, count=count, **options),
            page_size=page_size,
        )

    async def redeem(
        self,
        contact_id: str,
        id: str,
        **options: Unpack[CallOptions],
    ) -> RedeemedLoyaltyBarClaimModel:
        """Redeem

        POST /api/v2/contacts/{contact_id}/posoffers/{id}/redeem

        Retries: retried only when not delivered (connection failed) or on 429.

        Redeems a POS offer for a contact given by its contact id.

        Args:
            contact_id: The contact's id in Voyado (a GUID).
            id: The POS offer's id (a GUID), as the offer listings return it.
        """
        return await self._client.call(
            pos_offer_redeem.OPERATION, pos_offer_redeem._get_kwargs(contact_id, id), options
        )

    async def list_all_by_type_and_key(
        self,
        contact_type: str,
        key_value: str,
        **options: Unpack[CallOptions],
    ) -> PagedResultOfAllLoyaltyBarClaimModel:
        """Get all pos offers by contact type and key

        GET /api/v2/contacts/{contact_type}/bykey/{key_value}/posoffers/all

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        Every POS offer of a contact (available, redeemed and expired), the contact found by its type and
        key value; only for contact types with exactly one key.

        Args:
            contact_type: The contact type, such as `member` or `contact`.
            key_value: The value of the contact type's key (for example a social security number, external id,
                member number or phone number, as the tenant configured it).
        """
        return await self._client.call(
            pos_offer_get_all_pos_offers_by_contact_type_and_key.OPERATION,
            pos_offer_get_all_pos_offers_by_contact_type_and_key._get_kwargs(contact_type, key_value),
            options,
        )

    async def list_available_by_type_and_key(
        self,
        contact_type: str,
        key_value: str,
        **options: Unpack[CallOptions],
    ) -> PagedResultOfAvailableLoyaltyBarClaimModel:
        """Get available pos offers by contact type and key

        GET /api/v2/contacts/{contact_type}/bykey/{key_value}/posoffers/available

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        The POS offers a contact can still use, the contact found by its type and key value; only for
        contact types with exactly one key.

        Args:
            contact_type: The contact type, such as `member` or `contact`.
            key_value: The value of the contact type's key (for example a social security number, external id,
                member number or phone number, as the tenant configured it).
        """
        return await self._client.call(
            pos_offer_get_available_pos_offers_by_contact_type_and_key.OPERATION,
            pos_offer_get_available_pos_offers_by_contact_type_and_key._get_kwargs(contact_type, key_value),
            options,
        )

    async def redeem_by_type_and_key(
        self,
        contact_type: str,
        key_value: str,
        id: str,
        **options: Unpack[CallOptions],
    ) -> RedeemedLoyaltyBarClaimModel:
        """Redeem by contact type and key

        POST /api/v2/contacts/{contact_type}/bykey/{key_value}/posoffers/{id}/redeem

        Retries: retried only when not delivered (connection failed) or on 429.

        Redeems a POS offer for a contact found by its type and key value (contact types with exactly one
        key).

        Args:
            contact_type: The contact type, such as `member` or `contact`.
            key_value: The value of the contact type's key (for example a social security number, external id,
                member number or phone number, as the tenant configured it).
            id: The POS offer's id (a GUID), as the offer listings return it.
        """
        return await self._client.call(
            pos_offer_redeem_by_contact_type_and_key.OPERATION,
            pos_offer_redeem_by_contact_type_and_key._get_kwargs(contact_type, key_value, id),
            options,
        )

    # The published SDK's names (operationIds in snake case), so code written from its docs runs unchanged.
    pos_offer_get_all_pos_offers_by_key = list_all_by_key
    pos_offer_get_available_pos_offers_by_key = list_available_by_key
    pos_offer_redeem_by_key = redeem_by_key
    pos_offer_get_all_pos_offers_for_contact = list_all_for_contact
    pos_offer_get_all_pos_offers_for_contact_iter = list_all_for_contact_iter
    pos_offer_get_available_pos_offers_for_contact = list_available_for_contact
    pos_offer_get_available_pos_offers_for_contact_iter = list_available_for_contact_iter
    pos_offer_redeem = redeem
    pos_offer_get_all_pos_offers_by_contact_type_and_key = list_all_by_type_and_key
    pos_offer_get_available_pos_offers_by_contact_type_and_key = list_available_by_type_and_key
    pos_offer_redeem_by_contact_type_and_key = redeem_by_type_and_key
