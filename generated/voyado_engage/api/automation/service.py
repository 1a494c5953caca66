# Generated from generator/render/templates/service.py.jinja by `make generate`; do not edit.
"""Automation operations, reached as `VoyadoEngage.automation`."""

from collections.abc import Mapping
from functools import cached_property
from typing import Any, Final, Unpack

from ..._base_client import AsyncAPIClient, SyncAPIClient
from ..._options import CallOptions
from ..._raw_response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ...models.trigger_data import TriggerData
from ...models.trigger_result import TriggerResult
from . import (
    custom_triggers_trigger_by_contact_id,
    custom_triggers_trigger_by_contact_type_and_key,
    custom_triggers_trigger_by_external_contact_id,
    custom_triggers_trigger_by_social_security_number,
)


class AutomationServiceWithRawResponse:
    """The automation operations, returning the full `APIResponse` (status, headers, body, parsed result)."""

    def __init__(self, service: "AutomationService") -> None:
        self.trigger_by_contact_id: Final = to_raw_response_wrapper(service.trigger_by_contact_id)
        self.trigger_by_contact_type_and_key: Final = to_raw_response_wrapper(service.trigger_by_contact_type_and_key)
        self.trigger_by_external_contact_id: Final = to_raw_response_wrapper(service.trigger_by_external_contact_id)
        self.trigger_by_social_security_number: Final = to_raw_response_wrapper(
            service.trigger_by_social_security_number
        )
        self.custom_triggers_trigger_by_contact_id: Final = self.trigger_by_contact_id
        self.custom_triggers_trigger_by_contact_type_and_key: Final = self.trigger_by_contact_type_and_key
        self.custom_triggers_trigger_by_external_contact_id: Final = self.trigger_by_external_contact_id
        self.custom_triggers_trigger_by_social_security_number: Final = self.trigger_by_social_security_number


class AutomationService:
    """Automation operations. Reach it as `client.automation`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AutomationServiceWithRawResponse:
        """The same operations, returning the full response instead of the parsed result."""
        return AutomationServiceWithRawResponse(self)

    def trigger_by_contact_id(
        self,
        trigger_id: str,
        contact_id: str,
        *,
        request_body: TriggerData | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> TriggerResult:
        """Trigger by contact id

        POST /api/v2/automation/customTriggers/{trigger_id}/triggerByContactId/{contact_id}

        Retries: retried only when not delivered (connection failed) or on 429.

        Starts the automation that listens to a custom trigger, for the contact with this id. Each call
        starts it again.

        Args:
            trigger_id: The id of the custom trigger.
            contact_id: The contact's id in Voyado (a GUID).
        """
        return self._client.call(
            custom_triggers_trigger_by_contact_id.OPERATION,
            custom_triggers_trigger_by_contact_id._get_kwargs(trigger_id, contact_id, request_body=request_body),
            options,
        )

    def trigger_by_contact_type_and_key(
        self,
        trigger_id: str,
        contact_type: str,
        key_value: str,
        *,
        request_body: TriggerData | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> TriggerResult:
        """Trigger by contact type and key

        POST /api/v2/automation/customTriggers/{trigger_id}/triggerByContactTypeAndKey/{contact_type}/{key_value}

        Retries: retried only when not delivered (connection failed) or on 429.

        Starts the automation that listens to a custom trigger, for the contact found by its type and key
        value (the contact type must have exactly one key). Each call starts it again.

        Args:
            trigger_id: The id of the custom trigger.
            contact_type: The contact type, such as `member` or `contact`.
            key_value: The value of the contact type's key (for example a social security number, external id,
                member number or phone number, as the tenant configured it).
        """
        return self._client.call(
            custom_triggers_trigger_by_contact_type_and_key.OPERATION,
            custom_triggers_trigger_by_contact_type_and_key._get_kwargs(
                trigger_id, contact_type, key_value, request_body=request_body
            ),
            options,
        )

    def trigger_by_external_contact_id(
        self,
        trigger_id: str,
        external_id: str,
        *,
        request_body: TriggerData | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> TriggerResult:
        """Trigger by external contact id

        POST /api/v2/automation/customTriggers/{trigger_id}/triggerByExternalContactId/{external_id}

        Retries: retried only when not delivered (connection failed) or on 429.

        Starts the automation that listens to a custom trigger, for the contact with this external id. Each
        call starts it again.

        Args:
            trigger_id: The id of the custom trigger.
            external_id: The contact's external id.
        """
        return self._client.call(
            custom_triggers_trigger_by_external_contact_id.OPERATION,
            custom_triggers_trigger_by_external_contact_id._get_kwargs(
                trigger_id, external_id, request_body=request_body
            ),
            options,
        )

    def trigger_by_social_security_number(
        self,
        trigger_id: str,
        ssn: str,
        *,
        request_body: TriggerData | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> TriggerResult:
        """Trigger by social security number

        POST /api/v2/automation/customTriggers/{trigger_id}/triggerBySocialSecurityNumber/{ssn}

        Retries: retried only when not delivered (connection failed) or on 429.

        Starts the automation that listens to a custom trigger, for the contact with this social security
        number. Each call starts it again.

        Args:
            trigger_id: The id of the custom trigger.
            ssn: The contact's social security number.
        """
        return self._client.call(
            custom_triggers_trigger_by_social_security_number.OPERATION,
            custom_triggers_trigger_by_social_security_number._get_kwargs(trigger_id, ssn, request_body=request_body),
            options,
        )

    # The published SDK's names (operationIds in snake case), so code written from its docs runs unchanged.
    custom_triggers_trigger_by_contact_id = trigger_by_contact_id
    custom_triggers_trigger_by_contact_type_and_key = trigger_by_contact_type_and_key
    custom_triggers_trigger_by_external_contact_id = trigger_by_external_contact_id
    custom_triggers_trigger_by_social_security_number = trigger_by_social_security_number


class AsyncAutomationServiceWithRawResponse:
    """The automation operations, returning the full `APIResponse` (status, headers, body, parsed result)."""

    def __init__(self, service: "AsyncAutomationService") -> None:
        self.trigger_by_contact_id: Final = async_to_raw_response_wrapper(service.trigger_by_contact_id)
        self.trigger_by_contact_type_and_key: Final = async_to_raw_response_wrapper(
            service.trigger_by_contact_type_and_key
        )
        self.trigger_by_external_contact_id: Final = async_to_raw_response_wrapper(
            service.trigger_by_external_contact_id
        )
        self.trigger_by_social_security_number: Final = async_to_raw_response_wrapper(
            service.trigger_by_social_security_number
        )
        self.custom_triggers_trigger_by_contact_id: Final = self.trigger_by_contact_id
        self.custom_triggers_trigger_by_contact_type_and_key: Final = self.trigger_by_contact_type_and_key
        self.custom_triggers_trigger_by_external_contact_id: Final = self.trigger_by_external_contact_id
        self.custom_triggers_trigger_by_social_security_number: Final = self.trigger_by_social_security_number


class AsyncAutomationService:
    """Automation operations (async). Reach it as `client.automation`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAutomationServiceWithRawResponse:
        """The same operations, returning the full response instead of the parsed result."""
        return AsyncAutomationServiceWithRawResponse(self)

    async def trigger_by_contact_id(
        self,
        trigger_id: str,
        contact_id: str,
        *,
        request_body: TriggerData | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> TriggerResult:
        """Trigger by contact id

        POST /api/v2/automation/customTriggers/{trigger_id}/triggerByContactId/{contact_id}

        Retries: retried only when not delivered (connection failed) or on 429.

        Starts the automation that listens to a custom trigger, for the contact with this id. Each call
        starts it again.

        Args:
            trigger_id: The id of the custom trigger.
            contact_id: The contact's id in Voyado (a GUID).
        """
        return await self._client.call(
            custom_triggers_trigger_by_contact_id.OPERATION,
            custom_triggers_trigger_by_contact_id._get_kwargs(trigger_id, contact_id, request_body=request_body),
            options,
        )

    async def trigger_by_contact_type_and_key(
        self,
        trigger_id: str,
        contact_type: str,
        key_value: str,
        *,
        request_body: TriggerData | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> TriggerResult:
        """Trigger by contact type and key

        POST /api/v2/automation/customTriggers/{trigger_id}/triggerByContactTypeAndKey/{contact_type}/{key_value}

        Retries: retried only when not delivered (connection failed) or on 429.

        Starts the automation that listens to a custom trigger, for the contact found by its type and key
        value (the contact type must have exactly one key). Each call starts it again.

        Args:
            trigger_id: The id of the custom trigger.
            contact_type: The contact type, such as `member` or `contact`.
            key_value: The value of the contact type's key (for example a social security number, external id,
                member number or phone number, as the tenant configured it).
        """
        return await self._client.call(
            custom_triggers_trigger_by_contact_type_and_key.OPERATION,
            custom_triggers_trigger_by_contact_type_and_key._get_kwargs(
                trigger_id, contact_type, key_value, request_body=request_body
            ),
            options,
        )

    async def trigger_by_external_contact_id(
        self,
        trigger_id: str,
        external_id: str,
        *,
        request_body: TriggerData | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> TriggerResult:
        """Trigger by external contact id

        POST /api/v2/automation/customTriggers/{trigger_id}/triggerByExternalContactId/{external_id}

        Retries: retried only when not delivered (connection failed) or on 429.

        Starts the automation that listens to a custom trigger, for the contact with this external id. Each
        call starts it again.

        Args:
            trigger_id: The id of the custom trigger.
            external_id: The contact's external id.
        """
        return await self._client.call(
            custom_triggers_trigger_by_external_contact_id.OPERATION,
            custom_triggers_trigger_by_external_contact_id._get_kwargs(
                trigger_id, external_id, request_body=request_body
            ),
            options,
        )

    async def trigger_by_social_security_number(
        self,
        trigger_id: str,
        ssn: str,
        *,
        request_body: TriggerData | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> TriggerResult:
        """Trigger by social security number

        POST /api/v2/automation/customTriggers/{trigger_id}/triggerBySocialSecurityNumber/{ssn}

        Retries: retried only when not delivered (connection failed) or on 429.

        Starts the automation that listens to a custom trigger, for the contact with this social security
        number. Each call starts it again.

        Args:
            trigger_id: The id of the custom trigger.
            ssn: The contact's social security number.
        """
        return await self._client.call(
            custom_triggers_trigger_by_social_security_number.OPERATION,
            custom_triggers_trigger_by_social_security_number._get_kwargs(trigger_id, ssn, request_body=request_body),
            options,
        )

    # The published SDK's names (operationIds in snake case), so code written from its docs runs unchanged.
    custom_triggers_trigger_by_contact_id = trigger_by_contact_id
    custom_triggers_trigger_by_contact_type_and_key = trigger_by_contact_type_and_key
    custom_triggers_trigger_by_external_contact_id = trigger_by_external_contact_id
    custom_triggers_trigger_by_social_security_number = trigger_by_social_security_number
