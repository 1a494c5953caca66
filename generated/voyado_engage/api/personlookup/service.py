# Generated from generator/render/templates/service.py.jinja by `make generate`; do not edit.
"""Personlookup operations, reached as `VoyadoEngage.personlookup`."""

from functools import cached_property
from typing import Final, Unpack

from ..._base_client import AsyncAPIClient, SyncAPIClient
from ..._options import CallOptions
from ..._raw_response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ...models.contact_search_result import ContactSearchResult
from ...types import UNSET, Unset
from . import person_lookup_get_person_lookup


class PersonlookupServiceWithRawResponse:
    """The personlookup operations, returning the full `APIResponse` (status, headers, body, parsed result)."""

    def __init__(self, service: "PersonlookupService") -> None:
        self.lookup: Final = to_raw_response_wrapper(service.lookup)
        self.person_lookup_get_person_lookup: Final = self.lookup


class PersonlookupService:
    """Personlookup operations. Reach it as `client.personlookup`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PersonlookupServiceWithRawResponse:
        """The same operations, returning the full response instead of the parsed result."""
        return PersonlookupServiceWithRawResponse(self)

    def lookup(
        self,
        *,
        social_security_number: str | Unset = UNSET,
        phone_number: str | Unset = UNSET,
        country_code: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> ContactSearchResult:
        """Get person lookup

        GET /api/v2/personlookup/getpersonlookup

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        Looks up a person in the national register the tenant is connected to, by social security number or
        phone number, in a country.

        Args:
            social_security_number: The person's social security number.
            phone_number: The person's mobile phone number.
            country_code: The country the person is registered in.
        """
        return self._client.call(
            person_lookup_get_person_lookup.OPERATION,
            person_lookup_get_person_lookup._get_kwargs(
                social_security_number=social_security_number, phone_number=phone_number, country_code=country_code
            ),
            options,
        )

    # The published SDK's names (operationIds in snake case), so code written from its docs runs unchanged.
    person_lookup_get_person_lookup = lookup


class AsyncPersonlookupServiceWithRawResponse:
    """The personlookup operations, returning the full `APIResponse` (status, headers, body, parsed result)."""

    def __init__(self, service: "AsyncPersonlookupService") -> None:
        self.lookup: Final = async_to_raw_response_wrapper(service.lookup)
        self.person_lookup_get_person_lookup: Final = self.lookup


class AsyncPersonlookupService:
    """Personlookup operations (async). Reach it as `client.personlookup`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPersonlookupServiceWithRawResponse:
        """The same operations, returning the full response instead of the parsed result."""
        return AsyncPersonlookupServiceWithRawResponse(self)

    async def lookup(
        self,
        *,
        social_security_number: str | Unset = UNSET,
        phone_number: str | Unset = UNSET,
        country_code: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> ContactSearchResult:
        """Get person lookup

        GET /api/v2/personlookup/getpersonlookup

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        Looks up a person in the national register the tenant is connected to, by social security number or
        phone number, in a country.

        Args:
            social_security_number: The person's social security number.
            phone_number: The person's mobile phone number.
            country_code: The country the person is registered in.
        """
        return await self._client.call(
            person_lookup_get_person_lookup.OPERATION,
            person_lookup_get_person_lookup._get_kwargs(
                social_security_number=social_security_number, phone_number=phone_number, country_code=country_code
            ),
            options,
        )

    # The published SDK's names (operationIds in snake case), so code written from its docs runs unchanged.
    person_lookup_get_person_lookup = lookup
