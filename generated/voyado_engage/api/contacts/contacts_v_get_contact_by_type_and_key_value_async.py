# Generated from generator/render/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Get a contact by its type and key

GET /api/v2/contacts/{contact_type}/bykey
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import Operation, decode_body
from ..._retry import RetryPolicy
from ...models.i_api_contact import IApiContact


def _get_kwargs(contact_type: str, *, key_value: str) -> dict[str, Any]:
    params = _m.to_parameters({"keyValue": (_m.string, key_value)}, subject="query parameters")

    _kwargs: dict[str, Any] = {"path_params": {"contact_type": contact_type}, "params": params}
    return _kwargs


def _parse(response: httpx.Response) -> IApiContact:
    return _m.read_response(_m.model_of(IApiContact), decode_body(response))


OPERATION = Operation(
    operation_id="ContactsV_GetContactByTypeAndKeyValueAsync",
    method="GET",
    path="/api/v2/contacts/{contact_type}/bykey",
    retry_policy=RetryPolicy.IDEMPOTENT,
    parse=_parse,
    name="contacts.find_by_key",
)
