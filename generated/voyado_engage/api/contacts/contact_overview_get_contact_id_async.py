# Generated from generator/render/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Look up a contact's id by a key

GET /api/v2/contacts/id
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import Operation, decode_body
from ..._retry import RetryPolicy
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    contact_type: str | Unset = UNSET,
    email: str | Unset = UNSET,
    social_security_number: str | Unset = UNSET,
    mobile_phone: str | Unset = UNSET,
    custom_key: str | Unset = UNSET,
    any_: str | Unset = UNSET,
) -> dict[str, Any]:
    params = _m.to_parameters(
        {
            "contactType": (_m.string, contact_type),
            "email": (_m.string, email),
            "socialSecurityNumber": (_m.string, social_security_number),
            "mobilePhone": (_m.string, mobile_phone),
            "customKey": (_m.string, custom_key),
            "any": (_m.string, any_),
        },
        subject="query parameters",
    )

    _kwargs: dict[str, Any] = {"params": params}
    return _kwargs


def _parse(response: httpx.Response) -> str:
    return _m.read_response(_m.string, decode_body(response))


OPERATION = Operation(
    operation_id="ContactOverview_GetContactIdAsync",
    method="GET",
    path="/api/v2/contacts/id",
    retry_policy=RetryPolicy.IDEMPOTENT,
    parse=_parse,
    name="contacts.get_id",
)
