# Generated from generator/render/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Get a contact by its external id

GET /api/v2/contacts/{contact_type}/byexternalid/{external_id}
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import Operation, decode_body
from ..._retry import RetryPolicy
from ...models.i_api_contact import IApiContact


def _get_kwargs(contact_type: str, external_id: str) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {"path_params": {"contact_type": contact_type, "external_id": external_id}}
    return _kwargs


def _parse(response: httpx.Response) -> IApiContact:
    return _m.read_response(_m.model_of(IApiContact), decode_body(response))


OPERATION = Operation(
    operation_id="ContactsV_GetContactByExternalIdAsync",
    method="GET",
    path="/api/v2/contacts/{contact_type}/byexternalid/{external_id}",
    retry_policy=RetryPolicy.IDEMPOTENT,
    parse=_parse,
    name="contacts.get_by_external_id",
)
