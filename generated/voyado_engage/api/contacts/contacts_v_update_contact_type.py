# Generated from generator/render/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Update contact type

POST /api/v2/contacts/{contact_id}/updateContactType
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import Operation
from ..._retry import RetryPolicy


def _get_kwargs(contact_id: str, *, contact_type_id: str) -> dict[str, Any]:
    params = _m.to_parameters({"contactTypeId": (_m.string, contact_type_id)}, subject="query parameters")

    _kwargs: dict[str, Any] = {"path_params": {"contact_id": contact_id}, "params": params}
    return _kwargs


def _parse(response: httpx.Response) -> None:
    return None


OPERATION = Operation(
    operation_id="ContactsV_UpdateContactType",
    method="POST",
    path="/api/v2/contacts/{contact_id}/updateContactType",
    retry_policy=RetryPolicy.NOT_PROCESSED_ONLY,
    parse=_parse,
    name="contacts.update_type",
)
