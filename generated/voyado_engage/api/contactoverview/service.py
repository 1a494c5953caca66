# Generated from generator/render/templates/service.py.jinja by `make generate`; do not edit.
"""Contactoverview operations, reached as `VoyadoEngage.contactoverview`."""

from functools import cached_property
from typing import Final, Unpack

from ..._base_client import AsyncAPIClient, SyncAPIClient
from ..._options import CallOptions
from ..._raw_response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ...models.contact_overview import ContactOverview
from ...types import UNSET, Unset
from . import contact_overview_get_contact_overview_async


class ContactoverviewServiceWithRawResponse:
    """The contactoverview operations, returning the full `APIResponse` (status, headers, body, parsed result)."""

    def __init__(self, service: "ContactoverviewService") -> None:
        self.get: Final = to_raw_response_wrapper(service.get)
        self.contact_overview_get_contact_overview_async: Final = self.get


class ContactoverviewService:
    """Contactoverview operations. Reach it as `client.contactoverview`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ContactoverviewServiceWithRawResponse:
        """The same operations, returning the full response instead of the parsed result."""
        return ContactoverviewServiceWithRawResponse(self)

    def get(
        self,
        *,
        contact_type: str | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        email: str | Unset = UNSET,
        social_security_number: str | Unset = UNSET,
        mobile_phone: str | Unset = UNSET,
        custom_key: str | Unset = UNSET,
        any_: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> ContactOverview:
        """Get a contact's overview

        GET /api/v2/contactoverview

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        Everything about one contact, found by its contact id, or by contact type together with one of
        email, social security number, mobile phone, a custom key configured for the tenant, or `any` (tried
        as email, social security number, mobile phone and custom key, in that order). Which fields the
        answer holds depends on the tenant's configuration.

        Args:
            contact_type: The contact type to look in; needed with every key except `contactId`.
            contact_id: The contact's id in Voyado (a GUID).
            email: The contact's email address.
            social_security_number: The contact's social security number.
            mobile_phone: The contact's mobile phone number.
            custom_key: The value of the custom key the tenant has configured.
            any_: A value tried as email, social security number, mobile phone and custom key, in that order.
        """
        return self._client.call(
            contact_overview_get_contact_overview_async.OPERATION,
            contact_overview_get_contact_overview_async._get_kwargs(
                contact_type=contact_type,
                contact_id=contact_id,
                email=email,
                social_security_number=social_security_number,
                mobile_phone=mobile_phone,
                custom_key=custom_key,
                any_=any_,
            ),
            options,
        )

    # The published SDK's names (operationIds in snake case), so code written from its docs runs unchanged.
    contact_overview_get_contact_overview_async = get


class AsyncContactoverviewServiceWithRawResponse:
    """The contactoverview operations, returning the full `APIResponse` (status, headers, body, parsed result)."""

    def __init__(self, service: "AsyncContactoverviewService") -> None:
        self.get: Final = async_to_raw_response_wrapper(service.get)
        self.contact_overview_get_contact_overview_async: Final = self.get


class AsyncContactoverviewService:
    """Contactoverview operations (async). Reach it as `client.contactoverview`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncContactoverviewServiceWithRawResponse:
        """The same operations, returning the full response instead of the parsed result."""
        return AsyncContactoverviewServiceWithRawResponse(self)

    async def get(
        self,
        *,
        contact_type: str | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        email: str | Unset = UNSET,
        social_security_number: str | Unset = UNSET,
        mobile_phone: str | Unset = UNSET,
        custom_key: str | Unset = UNSET,
        any_: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> ContactOverview:
        """Get a contact's overview

        GET /api/v2/contactoverview

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        Everything about one contact, found by its contact id, or by contact type together with one of
        email, social security number, mobile phone, a custom key configured for the tenant, or `any` (tried
        as email, social security number, mobile phone and custom key, in that order). Which fields the
        answer holds depends on the tenant's configuration.

        Args:
            contact_type: The contact type to look in; needed with every key except `contactId`.
            contact_id: The contact's id in Voyado (a GUID).
            email: The contact's email address.
            social_security_number: The contact's social security number.
            mobile_phone: The contact's mobile phone number.
            custom_key: The value of the custom key the tenant has configured.
            any_: A value tried as email, social security number, mobile phone and custom key, in that order.
        """
        return await self._client.call(
            contact_overview_get_contact_overview_async.OPERATION,
            contact_overview_get_contact_overview_async._get_kwargs(
                contact_type=contact_type,
                contact_id=contact_id,
                email=email,
                social_security_number=social_security_number,
                mobile_phone=mobile_phone,
                custom_key=custom_key,
                any_=any_,
            ),
            options,
        )

    # The published SDK's names (operationIds in snake case), so code written from its docs runs unchanged.
    contact_overview_get_contact_overview_async = get
