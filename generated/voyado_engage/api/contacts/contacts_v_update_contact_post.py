# Generated from generator/render/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Update a contact

POST /api/v2/contacts/{contact_id}
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import Operation, decode_body
from ..._retry import RetryPolicy
from ...models.contact_fields import ContactFields, ContactFieldsParam
from ...models.i_api_contact import IApiContact


def _get_kwargs(contact_id: str, *, request_body: ContactFields | ContactFieldsParam) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {"path_params": {"contact_id": contact_id}}
    _kwargs["json"] = _m.to_body(_m.model_of(ContactFields), request_body)
    return _kwargs


def _parse(response: httpx.Response) -> IApiContact:
    return _m.read_response(_m.model_of(IApiContact), decode_body(response))


OPERATION = Operation(
    operation_id="ContactsV_UpdateContactPost",
    method="POST",
    path="/api/v2/contacts/{contact_id}",
    retry_policy=RetryPolicy.NOT_PROCESSED_ONLY,
    parse=_parse,
    name="contacts.update",
)
