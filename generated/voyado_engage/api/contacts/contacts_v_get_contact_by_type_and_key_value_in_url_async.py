# Generated from generator/render/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Get a contact by its type and key (key in the path)

GET /api/v2/contacts/{contact_type}/bykey/{key_value}
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import Operation, decode_body
from ..._retry import RetryPolicy
from ...models.i_api_contact import IApiContact


def _get_kwargs(contact_type: str, key_value: str) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {"path_params": {"contact_type": contact_type, "key_value": key_value}}
    return _kwargs


def _parse(response: httpx.Response) -> IApiContact:
    return _m.read_response(_m.model_of(IApiContact), decode_body(response))


OPERATION = Operation(
    operation_id="ContactsV_GetContactByTypeAndKeyValueInUrlAsync",
    method="GET",
    path="/api/v2/contacts/{contact_type}/bykey/{key_value}",
    retry_policy=RetryPolicy.IDEMPOTENT,
    parse=_parse,
    name="contacts.get_by_key",
)
