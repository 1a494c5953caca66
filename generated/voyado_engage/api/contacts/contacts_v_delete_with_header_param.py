# Generated from generator/render/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Delete a contact

DELETE /api/v2/contacts/{contact_id}
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import Operation, decode_body, empty_object_body
from ..._retry import RetryPolicy
from ...models.contact_deletion import ContactDeletion
from ...types import UNSET, Unset


def _get_kwargs(contact_id: str, *, source: str | Unset = UNSET) -> dict[str, Any]:
    headers = _m.to_parameters({"source": (_m.string, source)}, subject="headers", as_text=True)

    _kwargs: dict[str, Any] = {"path_params": {"contact_id": contact_id}}
    _kwargs["headers"] = headers
    return _kwargs


def _parse(response: httpx.Response) -> ContactDeletion:
    return _m.read_response(_m.model_of(ContactDeletion), decode_body(response, empty=empty_object_body))


OPERATION = Operation(
    operation_id="ContactsV_DeleteWithHeaderParam",
    method="DELETE",
    path="/api/v2/contacts/{contact_id}",
    retry_policy=RetryPolicy.IDEMPOTENT,
    parse=_parse,
    name="contacts.delete",
)
