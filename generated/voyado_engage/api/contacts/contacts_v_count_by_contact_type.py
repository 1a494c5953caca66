# Generated from generator/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Count by contact type

GET /api/v2/contacts/{contact_type}/count
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import APIResponse, AsyncAPIClient, Operation, SyncAPIClient, decode_body
from ..._options import CallOptions
from ..._retry import RetryPolicy

OPERATION = Operation(
    operation_id="ContactsV_CountByContactType",
    method="GET",
    path="/api/v2/contacts/{contact_type}/count",
    retry_policy=RetryPolicy.IDEMPOTENT,
    body_schema=None,
    idempotency_header=None,
)


def _get_kwargs(
    contact_type: str,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": OPERATION.path,
        "path_params": {
            "contact_type": contact_type,
        },
    }
    return _kwargs


def _parse(response: httpx.Response) -> int:
    return _m.read_response(_m.integer, decode_body(response))


def sync_detailed(
    client: SyncAPIClient,
    contact_type: str,
    *,
    options: CallOptions | None = None,
) -> APIResponse[int]:
    """Count by contact type (the full response)."""
    return client.request(
        OPERATION,
        _get_kwargs(
            contact_type,
        ),
        _parse,
        options,
    )


def sync(
    client: SyncAPIClient,
    contact_type: str,
    *,
    options: CallOptions | None = None,
) -> int:
    """Count by contact type"""
    return sync_detailed(client, contact_type, options=options).parsed


async def asyncio_detailed(
    client: AsyncAPIClient,
    contact_type: str,
    *,
    options: CallOptions | None = None,
) -> APIResponse[int]:
    """Count by contact type (the full response)."""
    return await client.request(
        OPERATION,
        _get_kwargs(
            contact_type,
        ),
        _parse,
        options,
    )


async def asyncio(
    client: AsyncAPIClient,
    contact_type: str,
    *,
    options: CallOptions | None = None,
) -> int:
    """Count by contact type"""
    return (await asyncio_detailed(client, contact_type, options=options)).parsed
