# Generated from generator/render/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Sms unsubscribe contact

POST /api/v2/contacts/{contact_id}/unsubscribeSms
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import Operation, decode_body, empty_object_body
from ..._retry import RetryPolicy
from ...models.sms_unsubscription import SmsUnsubscription
from ...types import UNSET, Unset


def _get_kwargs(contact_id: str, *, message_id: str | Unset = UNSET) -> dict[str, Any]:
    params = _m.to_parameters({"messageId": (_m.string, message_id)}, subject="query parameters")

    _kwargs: dict[str, Any] = {"path_params": {"contact_id": contact_id}, "params": params}
    return _kwargs


def _parse(response: httpx.Response) -> SmsUnsubscription:
    return _m.read_response(_m.model_of(SmsUnsubscription), decode_body(response, empty=empty_object_body))


OPERATION = Operation(
    operation_id="ContactMessage_SmsUnsubscribeContact",
    method="POST",
    path="/api/v2/contacts/{contact_id}/unsubscribeSms",
    retry_policy=RetryPolicy.NOT_PROCESSED_ONLY,
    parse=_parse,
    name="contacts.unsubscribe_sms",
)
