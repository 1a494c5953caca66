# Generated from generator/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Send sms to phone numbers

POST /api/v2/sms/sendToPhoneNumbers
"""

from collections.abc import Mapping
from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import APIResponse, AsyncAPIClient, Operation, SyncAPIClient, decode_body
from ..._options import CallOptions
from ..._retry import RetryPolicy
from ...models.send_sms_request import SendSmsRequest
from ...models.send_sms_response import SendSmsResponse

OPERATION = Operation(
    operation_id="SmsMessages_SendSmsToPhoneNumbers",
    method="POST",
    path="/api/v2/sms/sendToPhoneNumbers",
    retry_policy=RetryPolicy.NOT_PROCESSED_ONLY,
    body_schema="SendSmsRequest",
    idempotency_header=None,
)


def _get_kwargs(
    *,
    body: SendSmsRequest | Mapping[str, Any],
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": OPERATION.path,
    }
    _kwargs["json"] = _m.to_body(_m.model_of(SendSmsRequest), body)
    return _kwargs


def _parse(response: httpx.Response) -> SendSmsResponse:
    return _m.read_response(_m.model_of(SendSmsResponse), decode_body(response))


def sync_detailed(
    client: SyncAPIClient,
    *,
    body: SendSmsRequest | Mapping[str, Any],
    options: CallOptions | None = None,
) -> APIResponse[SendSmsResponse]:
    """Send sms to phone numbers (the full response)."""
    return client.request(
        OPERATION,
        _get_kwargs(
            body=body,
        ),
        _parse,
        options,
    )


def sync(
    client: SyncAPIClient,
    *,
    body: SendSmsRequest | Mapping[str, Any],
    options: CallOptions | None = None,
) -> SendSmsResponse:
    """Send sms to phone numbers"""
    return sync_detailed(client, body=body, options=options).parsed


async def asyncio_detailed(
    client: AsyncAPIClient,
    *,
    body: SendSmsRequest | Mapping[str, Any],
    options: CallOptions | None = None,
) -> APIResponse[SendSmsResponse]:
    """Send sms to phone numbers (the full response)."""
    return await client.request(
        OPERATION,
        _get_kwargs(
            body=body,
        ),
        _parse,
        options,
    )


async def asyncio(
    client: AsyncAPIClient,
    *,
    body: SendSmsRequest | Mapping[str, Any],
    options: CallOptions | None = None,
) -> SendSmsResponse:
    """Send sms to phone numbers"""
    return (await asyncio_detailed(client, body=body, options=options)).parsed
