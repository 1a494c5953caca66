# Generated from generator/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Update contact type

POST /api/v2/contacts/{contact_id}/updateContactType
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import APIResponse, AsyncAPIClient, Operation, SyncAPIClient
from ..._options import CallOptions
from ..._retry import RetryPolicy

OPERATION = Operation(
    operation_id="ContactsV_UpdateContactType",
    method="POST",
    path="/api/v2/contacts/{contact_id}/updateContactType",
    retry_policy=RetryPolicy.NOT_PROCESSED_ONLY,
    body_schema=None,
    idempotency_header=None,
)


def _get_kwargs(
    contact_id: str,
    *,
    contact_type_id: str,
) -> dict[str, Any]:
    params = _m.to_parameters(
        {
            "contactTypeId": (_m.string, contact_type_id),
        },
        subject="query parameters",
    )

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": OPERATION.path,
        "path_params": {
            "contact_id": contact_id,
        },
        "params": params,
    }
    return _kwargs


def _parse(response: httpx.Response) -> None:
    return None


def sync_detailed(
    client: SyncAPIClient,
    contact_id: str,
    *,
    contact_type_id: str,
    options: CallOptions | None = None,
) -> APIResponse[None]:
    """Update contact type (the full response)."""
    return client.request(
        OPERATION,
        _get_kwargs(
            contact_id,
            contact_type_id=contact_type_id,
        ),
        _parse,
        options,
    )


def sync(
    client: SyncAPIClient,
    contact_id: str,
    *,
    contact_type_id: str,
    options: CallOptions | None = None,
) -> None:
    """Update contact type"""
    return sync_detailed(client, contact_id, contact_type_id=contact_type_id, options=options).parsed


async def asyncio_detailed(
    client: AsyncAPIClient,
    contact_id: str,
    *,
    contact_type_id: str,
    options: CallOptions | None = None,
) -> APIResponse[None]:
    """Update contact type (the full response)."""
    return await client.request(
        OPERATION,
        _get_kwargs(
            contact_id,
            contact_type_id=contact_type_id,
        ),
        _parse,
        options,
    )


async def asyncio(
    client: AsyncAPIClient,
    contact_id: str,
    *,
    contact_type_id: str,
    options: CallOptions | None = None,
) -> None:
    """Update contact type"""
    return (await asyncio_detailed(client, contact_id, contact_type_id=contact_type_id, options=options)).parsed
