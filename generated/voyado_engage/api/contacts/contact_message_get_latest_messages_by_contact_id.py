# Generated from generator/render/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Get latest messages by contact id

GET /api/v2/contacts/{contact_id}/messages/latest
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import Operation, decode_body
from ..._retry import RetryPolicy
from ...models.list_result_of_api_message import ListResultOfApiMessage
from ...types import UNSET, Unset


def _get_kwargs(contact_id: str, *, count: int | Unset = UNSET) -> dict[str, Any]:
    params = _m.to_parameters({"count": (_m.integer, count)}, subject="query parameters")

    _kwargs: dict[str, Any] = {"path_params": {"contact_id": contact_id}, "params": params}
    return _kwargs


def _parse(response: httpx.Response) -> ListResultOfApiMessage:
    return _m.read_response(_m.model_of(ListResultOfApiMessage), decode_body(response))


OPERATION = Operation(
    operation_id="ContactMessage_GetLatestMessagesByContactId",
    method="GET",
    path="/api/v2/contacts/{contact_id}/messages/latest",
    retry_policy=RetryPolicy.IDEMPOTENT,
    parse=_parse,
    name="contacts.list_latest_messages",
)
