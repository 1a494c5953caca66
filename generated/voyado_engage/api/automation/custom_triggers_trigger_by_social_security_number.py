# Generated from generator/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Trigger by social security number

POST /api/v2/automation/customTriggers/{trigger_id}/triggerBySocialSecurityNumber/{ssn}
"""

from collections.abc import Mapping
from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import APIResponse, AsyncAPIClient, Operation, SyncAPIClient, decode_body, empty_object_body
from ..._options import CallOptions
from ..._retry import RetryPolicy
from ...models.custom_triggers_trigger_by_social_security_number_body import (
    CustomTriggersTriggerBySocialSecurityNumberBody,
)
from ...models.custom_triggers_trigger_by_social_security_number_response_200 import (
    CustomTriggersTriggerBySocialSecurityNumberResponse200,
)

OPERATION = Operation(
    operation_id="CustomTriggers_TriggerBySocialSecurityNumber",
    method="POST",
    path="/api/v2/automation/customTriggers/{trigger_id}/triggerBySocialSecurityNumber/{ssn}",
    retry_policy=RetryPolicy.NOT_PROCESSED_ONLY,
    body_schema=None,
    idempotency_header=None,
)


def _get_kwargs(
    trigger_id: str,
    ssn: str,
    *,
    body: CustomTriggersTriggerBySocialSecurityNumberBody | Mapping[str, Any],
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": OPERATION.path,
        "path_params": {
            "trigger_id": trigger_id,
            "ssn": ssn,
        },
    }
    _kwargs["json"] = _m.to_body(_m.model_of(CustomTriggersTriggerBySocialSecurityNumberBody), body)
    return _kwargs


def _parse(response: httpx.Response) -> CustomTriggersTriggerBySocialSecurityNumberResponse200:
    return _m.read_response(
        _m.model_of(CustomTriggersTriggerBySocialSecurityNumberResponse200),
        decode_body(response, empty=empty_object_body),
    )


def sync_detailed(
    client: SyncAPIClient,
    trigger_id: str,
    ssn: str,
    *,
    body: CustomTriggersTriggerBySocialSecurityNumberBody | Mapping[str, Any],
    options: CallOptions | None = None,
) -> APIResponse[CustomTriggersTriggerBySocialSecurityNumberResponse200]:
    """Trigger by social security number (the full response)."""
    return client.request(
        OPERATION,
        _get_kwargs(
            trigger_id,
            ssn,
            body=body,
        ),
        _parse,
        options,
    )


def sync(
    client: SyncAPIClient,
    trigger_id: str,
    ssn: str,
    *,
    body: CustomTriggersTriggerBySocialSecurityNumberBody | Mapping[str, Any],
    options: CallOptions | None = None,
) -> CustomTriggersTriggerBySocialSecurityNumberResponse200:
    """Trigger by social security number"""
    return sync_detailed(client, trigger_id, ssn, body=body, options=options).parsed


async def asyncio_detailed(
    client: AsyncAPIClient,
    trigger_id: str,
    ssn: str,
    *,
    body: CustomTriggersTriggerBySocialSecurityNumberBody | Mapping[str, Any],
    options: CallOptions | None = None,
) -> APIResponse[CustomTriggersTriggerBySocialSecurityNumberResponse200]:
    """Trigger by social security number (the full response)."""
    return await client.request(
        OPERATION,
        _get_kwargs(
            trigger_id,
            ssn,
            body=body,
        ),
        _parse,
        options,
    )


async def asyncio(
    client: AsyncAPIClient,
    trigger_id: str,
    ssn: str,
    *,
    body: CustomTriggersTriggerBySocialSecurityNumberBody | Mapping[str, Any],
    options: CallOptions | None = None,
) -> CustomTriggersTriggerBySocialSecurityNumberResponse200:
    """Trigger by social security number"""
    return (await asyncio_detailed(client, trigger_id, ssn, body=body, options=options)).parsed
