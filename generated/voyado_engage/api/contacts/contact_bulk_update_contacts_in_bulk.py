# Generated from generator/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Update contacts in bulk

PATCH /api/v2/contacts/bulk
"""

from collections.abc import Mapping
from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import APIResponse, AsyncAPIClient, Operation, SyncAPIClient, decode_body
from ..._options import CallOptions
from ..._retry import RetryPolicy
from ...models.contact_bulk_update_contacts_in_bulk_body import ContactBulkUpdateContactsInBulkBody
from ...types import UNSET, Unset

OPERATION = Operation(
    operation_id="ContactBulk_UpdateContactsInBulk",
    method="PATCH",
    path="/api/v2/contacts/bulk",
    retry_policy=RetryPolicy.NOT_PROCESSED_ONLY,
    body_schema=None,
    idempotency_header=None,
)


def _get_kwargs(
    *,
    body: ContactBulkUpdateContactsInBulkBody | Mapping[str, Any],
    contact_type: str | Unset = UNSET,
    avoid_triggering_export: bool | Unset = UNSET,
) -> dict[str, Any]:
    params = _m.to_parameters(
        {
            "contactType": (_m.string, contact_type),
            "avoidTriggeringExport": (_m.boolean, avoid_triggering_export),
        },
        subject="query parameters",
    )

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": OPERATION.path,
        "params": params,
    }
    _kwargs["json"] = _m.to_body(_m.model_of(ContactBulkUpdateContactsInBulkBody), body)
    return _kwargs


def _parse(response: httpx.Response) -> str:
    return _m.read_response(_m.string, decode_body(response))


def sync_detailed(
    client: SyncAPIClient,
    *,
    body: ContactBulkUpdateContactsInBulkBody | Mapping[str, Any],
    contact_type: str | Unset = UNSET,
    avoid_triggering_export: bool | Unset = UNSET,
    options: CallOptions | None = None,
) -> APIResponse[str]:
    """Update contacts in bulk (the full response)."""
    return client.request(
        OPERATION,
        _get_kwargs(
            body=body,
            contact_type=contact_type,
            avoid_triggering_export=avoid_triggering_export,
        ),
        _parse,
        options,
    )


def sync(
    client: SyncAPIClient,
    *,
    body: ContactBulkUpdateContactsInBulkBody | Mapping[str, Any],
    contact_type: str | Unset = UNSET,
    avoid_triggering_export: bool | Unset = UNSET,
    options: CallOptions | None = None,
) -> str:
    """Update contacts in bulk"""
    return sync_detailed(
        client, body=body, contact_type=contact_type, avoid_triggering_export=avoid_triggering_export, options=options
    ).parsed


async def asyncio_detailed(
    client: AsyncAPIClient,
    *,
    body: ContactBulkUpdateContactsInBulkBody | Mapping[str, Any],
    contact_type: str | Unset = UNSET,
    avoid_triggering_export: bool | Unset = UNSET,
    options: CallOptions | None = None,
) -> APIResponse[str]:
    """Update contacts in bulk (the full response)."""
    return await client.request(
        OPERATION,
        _get_kwargs(
            body=body,
            contact_type=contact_type,
            avoid_triggering_export=avoid_triggering_export,
        ),
        _parse,
        options,
    )


async def asyncio(
    client: AsyncAPIClient,
    *,
    body: ContactBulkUpdateContactsInBulkBody | Mapping[str, Any],
    contact_type: str | Unset = UNSET,
    avoid_triggering_export: bool | Unset = UNSET,
    options: CallOptions | None = None,
) -> str:
    """Update contacts in bulk"""
    return (
        await asyncio_detailed(
            client,
            body=body,
            contact_type=contact_type,
            avoid_triggering_export=avoid_triggering_export,
            options=options,
        )
    ).parsed
