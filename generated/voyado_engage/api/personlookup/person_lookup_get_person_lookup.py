# Generated from generator/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Get person lookup

GET /api/v2/personlookup/getpersonlookup
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import APIResponse, AsyncAPIClient, Operation, SyncAPIClient, decode_body
from ..._options import CallOptions
from ..._retry import RetryPolicy
from ...models.contact_search_result import ContactSearchResult
from ...types import UNSET, Unset

OPERATION = Operation(
    operation_id="PersonLookup_GetPersonLookup",
    method="GET",
    path="/api/v2/personlookup/getpersonlookup",
    retry_policy=RetryPolicy.IDEMPOTENT,
    body_schema=None,
    idempotency_header=None,
)


def _get_kwargs(
    *,
    social_security_number: str | Unset = UNSET,
    phone_number: str | Unset = UNSET,
    country_code: str | Unset = UNSET,
) -> dict[str, Any]:
    params = _m.to_parameters(
        {
            "socialSecurityNumber": (_m.string, social_security_number),
            "phoneNumber": (_m.string, phone_number),
            "countryCode": (_m.string, country_code),
        },
        subject="query parameters",
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": OPERATION.path,
        "params": params,
    }
    return _kwargs


def _parse(response: httpx.Response) -> ContactSearchResult:
    return _m.read_response(_m.model_of(ContactSearchResult), decode_body(response))


def sync_detailed(
    client: SyncAPIClient,
    *,
    social_security_number: str | Unset = UNSET,
    phone_number: str | Unset = UNSET,
    country_code: str | Unset = UNSET,
    options: CallOptions | None = None,
) -> APIResponse[ContactSearchResult]:
    """Get person lookup (the full response)."""
    return client.request(
        OPERATION,
        _get_kwargs(
            social_security_number=social_security_number,
            phone_number=phone_number,
            country_code=country_code,
        ),
        _parse,
        options,
    )


def sync(
    client: SyncAPIClient,
    *,
    social_security_number: str | Unset = UNSET,
    phone_number: str | Unset = UNSET,
    country_code: str | Unset = UNSET,
    options: CallOptions | None = None,
) -> ContactSearchResult:
    """Get person lookup"""
    return sync_detailed(
        client,
        social_security_number=social_security_number,
        phone_number=phone_number,
        country_code=country_code,
        options=options,
    ).parsed


async def asyncio_detailed(
    client: AsyncAPIClient,
    *,
    social_security_number: str | Unset = UNSET,
    phone_number: str | Unset = UNSET,
    country_code: str | Unset = UNSET,
    options: CallOptions | None = None,
) -> APIResponse[ContactSearchResult]:
    """Get person lookup (the full response)."""
    return await client.request(
        OPERATION,
        _get_kwargs(
            social_security_number=social_security_number,
            phone_number=phone_number,
            country_code=country_code,
        ),
        _parse,
        options,
    )


async def asyncio(
    client: AsyncAPIClient,
    *,
    social_security_number: str | Unset = UNSET,
    phone_number: str | Unset = UNSET,
    country_code: str | Unset = UNSET,
    options: CallOptions | None = None,
) -> ContactSearchResult:
    """Get person lookup"""
    return (
        await asyncio_detailed(
            client,
            social_security_number=social_security_number,
            phone_number=phone_number,
            country_code=country_code,
            options=options,
        )
    ).parsed
