# Generated from generator/render/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Send sms to phone numbers

POST /api/v2/sms/sendToPhoneNumbers
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import Operation, decode_body
from ..._retry import RetryPolicy
from ...models.send_sms_request import SendSmsRequest, SendSmsRequestParam
from ...models.send_sms_response import SendSmsResponse


def _get_kwargs(*, request_body: SendSmsRequest | SendSmsRequestParam) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = _m.to_body(_m.model_of(SendSmsRequest), request_body)
    return _kwargs


def _parse(response: httpx.Response) -> SendSmsResponse:
    return _m.read_response(_m.model_of(SendSmsResponse), decode_body(response))


OPERATION = Operation(
    operation_id="SmsMessages_SendSmsToPhoneNumbers",
    method="POST",
    path="/api/v2/sms/sendToPhoneNumbers",
    retry_policy=RetryPolicy.NOT_PROCESSED_ONLY,
    parse=_parse,
    name="sms.send_to_phone_numbers",
)
