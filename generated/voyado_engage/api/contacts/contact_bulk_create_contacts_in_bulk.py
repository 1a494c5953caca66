# Generated from generator/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Create contacts in bulk

POST /api/v2/contacts/bulk
"""

from collections.abc import Mapping
from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import APIResponse, AsyncAPIClient, Operation, SyncAPIClient, decode_body
from ..._options import CallOptions
from ..._retry import RetryPolicy
from ...models.contact_bulk_create_contacts_in_bulk_body import ContactBulkCreateContactsInBulkBody
from ...types import UNSET, Unset

OPERATION = Operation(
    operation_id="ContactBulk_CreateContactsInBulk",
    method="POST",
    path="/api/v2/contacts/bulk",
    retry_policy=RetryPolicy.NOT_PROCESSED_ONLY,
    body_schema=None,
    idempotency_header=None,
)


def _get_kwargs(
    *,
    body: ContactBulkCreateContactsInBulkBody | Mapping[str, Any],
    contact_type: str | Unset = UNSET,
) -> dict[str, Any]:
    params = _m.to_parameters(
        {
            "contactType": (_m.string, contact_type),
        },
        subject="query parameters",
    )

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": OPERATION.path,
        "params": params,
    }
    _kwargs["json"] = _m.to_body(_m.model_of(ContactBulkCreateContactsInBulkBody), body)
    return _kwargs


def _parse(response: httpx.Response) -> str:
    return _m.read_response(_m.string, decode_body(response))


def sync_detailed(
    client: SyncAPIClient,
    *,
    body: ContactBulkCreateContactsInBulkBody | Mapping[str, Any],
    contact_type: str | Unset = UNSET,
    options: CallOptions | None = None,
) -> APIResponse[str]:
    """Create contacts in bulk (the full response)."""
    return client.request(
        OPERATION,
        _get_kwargs(
            body=body,
            contact_type=contact_type,
        ),
        _parse,
        options,
    )


def sync(
    client: SyncAPIClient,
    *,
    body: ContactBulkCreateContactsInBulkBody | Mapping[str, Any],
    contact_type: str | Unset = UNSET,
    options: CallOptions | None = None,
) -> str:
    """Create contacts in bulk"""
    return sync_detailed(client, body=body, contact_type=contact_type, options=options).parsed


async def asyncio_detailed(
    client: AsyncAPIClient,
    *,
    body: ContactBulkCreateContactsInBulkBody | Mapping[str, Any],
    contact_type: str | Unset = UNSET,
    options: CallOptions | None = None,
) -> APIResponse[str]:
    """Create contacts in bulk (the full response)."""
    return await client.request(
        OPERATION,
        _get_kwargs(
            body=body,
            contact_type=contact_type,
        ),
        _parse,
        options,
    )


async def asyncio(
    client: AsyncAPIClient,
    *,
    body: ContactBulkCreateContactsInBulkBody | Mapping[str, Any],
    contact_type: str | Unset = UNSET,
    options: CallOptions | None = None,
) -> str:
    """Create contacts in bulk"""
    return (await asyncio_detailed(client, body=body, contact_type=contact_type, options=options)).parsed
