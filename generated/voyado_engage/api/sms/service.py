# Generated from generator/render/templates/service.py.jinja by `make generate`; do not edit.
"""Sms operations, reached as `VoyadoEngage.sms`."""

from functools import cached_property
from typing import Final, Unpack

from ..._base_client import AsyncAPIClient, SyncAPIClient
from ..._options import CallOptions
from ..._raw_response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ...models.send_sms_request import SendSmsRequest, SendSmsRequestParam
from ...models.send_sms_response import SendSmsResponse
from . import sms_messages_send_sms_to_phone_numbers


class SmsServiceWithRawResponse:
    """The sms operations, returning the full `APIResponse` (status, headers, body, parsed result)."""

    def __init__(self, service: "SmsService") -> None:
        self.send_to_phone_numbers: Final = to_raw_response_wrapper(service.send_to_phone_numbers)
        self.sms_messages_send_sms_to_phone_numbers: Final = self.send_to_phone_numbers


class SmsService:
    """Sms operations. Reach it as `client.sms`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> SmsServiceWithRawResponse:
        """The same operations, returning the full response instead of the parsed result."""
        return SmsServiceWithRawResponse(self)

    def send_to_phone_numbers(
        self,
        *,
        request_body: SendSmsRequest | SendSmsRequestParam,
        **options: Unpack[CallOptions],
    ) -> SendSmsResponse:
        """Send sms to phone numbers

        POST /api/v2/sms/sendToPhoneNumbers

        Retries: retried only when not delivered (connection failed) or on 429.

        Sends a text message to one or more phone numbers, each written with + and its country code
        (+4670..., for a Swedish mobile).
        """
        return self._client.call(
            sms_messages_send_sms_to_phone_numbers.OPERATION,
            sms_messages_send_sms_to_phone_numbers._get_kwargs(request_body=request_body),
            options,
        )

    # The published SDK's names (operationIds in snake case), so code written from its docs runs unchanged.
    sms_messages_send_sms_to_phone_numbers = send_to_phone_numbers


class AsyncSmsServiceWithRawResponse:
    """The sms operations, returning the full `APIResponse` (status, headers, body, parsed result)."""

    def __init__(self, service: "AsyncSmsService") -> None:
        self.send_to_phone_numbers: Final = async_to_raw_response_wrapper(service.send_to_phone_numbers)
        self.sms_messages_send_sms_to_phone_numbers: Final = self.send_to_phone_numbers


class AsyncSmsService:
    """Sms operations (async). Reach it as `client.sms`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncSmsServiceWithRawResponse:
        """The same operations, returning the full response instead of the parsed result."""
        return AsyncSmsServiceWithRawResponse(self)

    async def send_to_phone_numbers(
        self,
        *,
        request_body: SendSmsRequest | SendSmsRequestParam,
        **options: Unpack[CallOptions],
    ) -> SendSmsResponse:
        """Send sms to phone numbers

        POST /api/v2/sms/sendToPhoneNumbers

        Retries: retried only when not delivered (connection failed) or on 429.

        Sends a text message to one or more phone numbers, each written with + and its country code
        (+4670..., for a Swedish mobile).
        """
        return await self._client.call(
            sms_messages_send_sms_to_phone_numbers.OPERATION,
            sms_messages_send_sms_to_phone_numbers._get_kwargs(request_body=request_body),
            options,
        )

    # The published SDK's names (operationIds in snake case), so code written from its docs runs unchanged.
    sms_messages_send_sms_to_phone_numbers = send_to_phone_numbers
