# Generated from generator/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Trigger by external contact id

POST /api/v2/automation/customTriggers/{trigger_id}/triggerByExternalContactId/{external_id}
"""

from collections.abc import Mapping
from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import APIResponse, AsyncAPIClient, Operation, SyncAPIClient, decode_body, empty_object_body
from ..._options import CallOptions
from ..._retry import RetryPolicy
from ...models.custom_triggers_trigger_by_external_contact_id_body import CustomTriggersTriggerByExternalContactIdBody
from ...models.custom_triggers_trigger_by_external_contact_id_response_200 import (
    CustomTriggersTriggerByExternalContactIdResponse200,
)

OPERATION = Operation(
    operation_id="CustomTriggers_TriggerByExternalContactId",
    method="POST",
    path="/api/v2/automation/customTriggers/{trigger_id}/triggerByExternalContactId/{external_id}",
    retry_policy=RetryPolicy.NOT_PROCESSED_ONLY,
    body_schema=None,
    idempotency_header=None,
)


def _get_kwargs(
    trigger_id: str,
    external_id: str,
    *,
    body: CustomTriggersTriggerByExternalContactIdBody | Mapping[str, Any],
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": OPERATION.path,
        "path_params": {
            "trigger_id": trigger_id,
            "external_id": external_id,
        },
    }
    _kwargs["json"] = _m.to_body(_m.model_of(CustomTriggersTriggerByExternalContactIdBody), body)
    return _kwargs


def _parse(response: httpx.Response) -> CustomTriggersTriggerByExternalContactIdResponse200:
    return _m.read_response(
        _m.model_of(CustomTriggersTriggerByExternalContactIdResponse200), decode_body(response, empty=empty_object_body)
    )


def sync_detailed(
    client: SyncAPIClient,
    trigger_id: str,
    external_id: str,
    *,
    body: CustomTriggersTriggerByExternalContactIdBody | Mapping[str, Any],
    options: CallOptions | None = None,
) -> APIResponse[CustomTriggersTriggerByExternalContactIdResponse200]:
    """Trigger by external contact id (the full response)."""
    return client.request(
        OPERATION,
        _get_kwargs(
            trigger_id,
            external_id,
            body=body,
        ),
        _parse,
        options,
    )


def sync(
    client: SyncAPIClient,
    trigger_id: str,
    external_id: str,
    *,
    body: CustomTriggersTriggerByExternalContactIdBody | Mapping[str, Any],
    options: CallOptions | None = None,
) -> CustomTriggersTriggerByExternalContactIdResponse200:
    """Trigger by external contact id"""
    return sync_detailed(client, trigger_id, external_id, body=body, options=options).parsed


async def asyncio_detailed(
    client: AsyncAPIClient,
    trigger_id: str,
    external_id: str,
    *,
    body: CustomTriggersTriggerByExternalContactIdBody | Mapping[str, Any],
    options: CallOptions | None = None,
) -> APIResponse[CustomTriggersTriggerByExternalContactIdResponse200]:
    """Trigger by external contact id (the full response)."""
    return await client.request(
        OPERATION,
        _get_kwargs(
            trigger_id,
            external_id,
            body=body,
        ),
        _parse,
        options,
    )


async def asyncio(
    client: AsyncAPIClient,
    trigger_id: str,
    external_id: str,
    *,
    body: CustomTriggersTriggerByExternalContactIdBody | Mapping[str, Any],
    options: CallOptions | None = None,
) -> CustomTriggersTriggerByExternalContactIdResponse200:
    """Trigger by external contact id"""
    return (await asyncio_detailed(client, trigger_id, external_id, body=body, options=options)).parsed
