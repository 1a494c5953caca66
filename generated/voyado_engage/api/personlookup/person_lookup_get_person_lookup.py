# Generated from generator/render/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Get person lookup

GET /api/v2/personlookup/getpersonlookup
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import Operation, decode_body
from ..._retry import RetryPolicy
from ...models.contact_search_result import ContactSearchResult
from ...types import UNSET, Unset


def _get_kwargs(
    *, social_security_number: str | Unset = UNSET, phone_number: str | Unset = UNSET, country_code: str | Unset = UNSET
) -> dict[str, Any]:
    params = _m.to_parameters(
        {
            "socialSecurityNumber": (_m.string, social_security_number),
            "phoneNumber": (_m.string, phone_number),
            "countryCode": (_m.string, country_code),
        },
        subject="query parameters",
    )

    _kwargs: dict[str, Any] = {"params": params}
    return _kwargs


def _parse(response: httpx.Response) -> ContactSearchResult:
    return _m.read_response(_m.model_of(ContactSearchResult), decode_body(response))


OPERATION = Operation(
    operation_id="PersonLookup_GetPersonLookup",
    method="GET",
    path="/api/v2/personlookup/getpersonlookup",
    retry_policy=RetryPolicy.IDEMPOTENT,
    parse=_parse,
    name="personlookup.lookup",
)
