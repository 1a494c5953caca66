# Generated from generator/templates/service.py.jinja by `make generate`; do not edit.
"""Personlookup operations, reached as `VoyadoEngage.personlookup`."""

from functools import cached_property
from typing import Unpack

from ..._base_client import APIResponse, AsyncAPIClient, SyncAPIClient
from ..._options import CallOptions
from ...models.contact_search_result import ContactSearchResult
from ...types import UNSET, Unset
from . import person_lookup_get_person_lookup


class PersonlookupServiceWithRawResponse:
    """The personlookup operations, returning the full `APIResponse` (status, headers, body, parsed result)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def person_lookup_get_person_lookup(
        self,
        *,
        social_security_number: str | Unset = UNSET,
        phone_number: str | Unset = UNSET,
        country_code: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> APIResponse[ContactSearchResult]:
        """Get person lookup

        GET /api/v2/personlookup/getpersonlookup

        Retries: idempotent.

        Looks up a person in the national register the tenant is connected to, by social security number or
        phone number, in a country.

        Args:
            social_security_number: The person's social security number.
            phone_number: The person's mobile phone number.
            country_code: The country the person is registered in.
        """
        return person_lookup_get_person_lookup.sync_detailed(
            self._client,
            social_security_number=social_security_number,
            phone_number=phone_number,
            country_code=country_code,
            options=options,
        )


class PersonlookupService:
    """Personlookup operations. Reach it as `client.personlookup`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PersonlookupServiceWithRawResponse:
        """The same operations, returning the full response instead of the parsed result."""
        return PersonlookupServiceWithRawResponse(self._client)

    def person_lookup_get_person_lookup(
        self,
        *,
        social_security_number: str | Unset = UNSET,
        phone_number: str | Unset = UNSET,
        country_code: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> ContactSearchResult:
        """Get person lookup

        GET /api/v2/personlookup/getpersonlookup

        Retries: idempotent.

        Looks up a person in the national register the tenant is connected to, by social security number or
        phone number, in a country.

        Args:
            social_security_number: The person's social security number.
            phone_number: The person's mobile phone number.
            country_code: The country the person is registered in.
        """
        return person_lookup_get_person_lookup.sync(
            self._client,
            social_security_number=social_security_number,
            phone_number=phone_number,
            country_code=country_code,
            options=options,
        )


class AsyncPersonlookupServiceWithRawResponse:
    """The personlookup operations, returning the full `APIResponse` (status, headers, body, parsed result)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def person_lookup_get_person_lookup(
        self,
        *,
        social_security_number: str | Unset = UNSET,
        phone_number: str | Unset = UNSET,
        country_code: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> APIResponse[ContactSearchResult]:
        """Get person lookup

        GET /api/v2/personlookup/getpersonlookup

        Retries: idempotent.

        Looks up a person in the national register the tenant is connected to, by social security number or
        phone number, in a country.

        Args:
            social_security_number: The person's social security number.
            phone_number: The person's mobile phone number.
            country_code: The country the person is registered in.
        """
        return await person_lookup_get_person_lookup.asyncio_detailed(
            self._client,
            social_security_number=social_security_number,
            phone_number=phone_number,
            country_code=country_code,
            options=options,
        )


class AsyncPersonlookupService:
    """Personlookup operations (async). Reach it as `client.personlookup`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPersonlookupServiceWithRawResponse:
        """The same operations, returning the full response instead of the parsed result."""
        return AsyncPersonlookupServiceWithRawResponse(self._client)

    async def person_lookup_get_person_lookup(
        self,
        *,
        social_security_number: str | Unset = UNSET,
        phone_number: str | Unset = UNSET,
        country_code: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> ContactSearchResult:
        """Get person lookup

        GET /api/v2/personlookup/getpersonlookup

        Retries: idempotent.

        Looks up a person in the national register the tenant is connected to, by social security number or
        phone number, in a country.

        Args:
            social_security_number: The person's social security number.
            phone_number: The person's mobile phone number.
            country_code: The country the person is registered in.
        """
        return await person_lookup_get_person_lookup.asyncio(
            self._client,
            social_security_number=social_security_number,
            phone_number=phone_number,
            country_code=country_code,
            options=options,
        )
