# Generated from generator/render/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Create contacts in bulk

POST /api/v2/contacts/bulk
"""

from collections.abc import Sequence
from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import Operation, decode_body
from ..._retry import RetryPolicy
from ...models.contact_fields import ContactFields, ContactFieldsParam
from ...types import UNSET, Unset


def _get_kwargs(
    *, request_body: Sequence[ContactFields | ContactFieldsParam], contact_type: str | Unset = UNSET
) -> dict[str, Any]:
    params = _m.to_parameters({"contactType": (_m.string, contact_type)}, subject="query parameters")

    _kwargs: dict[str, Any] = {"params": params}
    _kwargs["json"] = _m.to_body(_m.list_of(_m.model_of(ContactFields)), request_body)
    return _kwargs


def _parse(response: httpx.Response) -> str:
    return _m.read_response(_m.string, decode_body(response))


OPERATION = Operation(
    operation_id="ContactBulk_CreateContactsInBulk",
    method="POST",
    path="/api/v2/contacts/bulk",
    retry_policy=RetryPolicy.NOT_PROCESSED_ONLY,
    parse=_parse,
    name="contacts.create_bulk",
)
