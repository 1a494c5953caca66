# Generated from generator/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Get bulk status

GET /api/v2/contacts/bulk/status
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import APIResponse, AsyncAPIClient, Operation, SyncAPIClient, decode_body, empty_object_body
from ..._options import CallOptions
from ..._retry import RetryPolicy
from ...models.contact_bulk_get_bulk_status_response_200 import ContactBulkGetBulkStatusResponse200

OPERATION = Operation(
    operation_id="ContactBulk_GetBulkStatus",
    method="GET",
    path="/api/v2/contacts/bulk/status",
    retry_policy=RetryPolicy.IDEMPOTENT,
    body_schema=None,
    idempotency_header=None,
)


def _get_kwargs(
    *,
    batch_id: str,
) -> dict[str, Any]:
    params = _m.to_parameters(
        {
            "batchId": (_m.string, batch_id),
        },
        subject="query parameters",
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": OPERATION.path,
        "params": params,
    }
    return _kwargs


def _parse(response: httpx.Response) -> ContactBulkGetBulkStatusResponse200:
    return _m.read_response(
        _m.model_of(ContactBulkGetBulkStatusResponse200), decode_body(response, empty=empty_object_body)
    )


def sync_detailed(
    client: SyncAPIClient,
    *,
    batch_id: str,
    options: CallOptions | None = None,
) -> APIResponse[ContactBulkGetBulkStatusResponse200]:
    """Get bulk status (the full response)."""
    return client.request(
        OPERATION,
        _get_kwargs(
            batch_id=batch_id,
        ),
        _parse,
        options,
    )


def sync(
    client: SyncAPIClient,
    *,
    batch_id: str,
    options: CallOptions | None = None,
) -> ContactBulkGetBulkStatusResponse200:
    """Get bulk status"""
    return sync_detailed(client, batch_id=batch_id, options=options).parsed


async def asyncio_detailed(
    client: AsyncAPIClient,
    *,
    batch_id: str,
    options: CallOptions | None = None,
) -> APIResponse[ContactBulkGetBulkStatusResponse200]:
    """Get bulk status (the full response)."""
    return await client.request(
        OPERATION,
        _get_kwargs(
            batch_id=batch_id,
        ),
        _parse,
        options,
    )


async def asyncio(
    client: AsyncAPIClient,
    *,
    batch_id: str,
    options: CallOptions | None = None,
) -> ContactBulkGetBulkStatusResponse200:
    """Get bulk status"""
    return (await asyncio_detailed(client, batch_id=batch_id, options=options)).parsed
