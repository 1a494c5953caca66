# Generated from generator/render/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Create a contact

POST /api/v2/contacts
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import Operation, decode_body
from ..._retry import RetryPolicy
from ...models.contact_fields import ContactFields, ContactFieldsParam
from ...models.i_api_contact import IApiContact
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    request_body: ContactFields | ContactFieldsParam,
    source: str | Unset = UNSET,
    store_external_id: str | Unset = UNSET,
    create_as_unapproved: str | Unset = UNSET,
) -> dict[str, Any]:
    headers = _m.to_parameters(
        {
            "source": (_m.string, source),
            "storeExternalId": (_m.string, store_external_id),
            "createAsUnapproved": (_m.string, create_as_unapproved),
        },
        subject="headers",
        as_text=True,
    )

    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = _m.to_body(_m.model_of(ContactFields), request_body)
    _kwargs["headers"] = headers
    return _kwargs


def _parse(response: httpx.Response) -> IApiContact:
    return _m.read_response(_m.model_of(IApiContact), decode_body(response))


OPERATION = Operation(
    operation_id="ContactsV_CreateContactHeaderParam",
    method="POST",
    path="/api/v2/contacts",
    retry_policy=RetryPolicy.NOT_PROCESSED_ONLY,
    parse=_parse,
    name="contacts.create",
)
