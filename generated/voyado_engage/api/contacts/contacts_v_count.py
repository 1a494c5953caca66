# Generated from generator/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Count

GET /api/v2/contacts/count
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import APIResponse, AsyncAPIClient, Operation, SyncAPIClient, decode_body
from ..._options import CallOptions
from ..._retry import RetryPolicy

OPERATION = Operation(
    operation_id="ContactsV_Count",
    method="GET",
    path="/api/v2/contacts/count",
    retry_policy=RetryPolicy.IDEMPOTENT,
    body_schema=None,
    idempotency_header=None,
)


def _get_kwargs() -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": OPERATION.path,
    }
    return _kwargs


def _parse(response: httpx.Response) -> int:
    return _m.read_response(_m.integer, decode_body(response))


def sync_detailed(
    client: SyncAPIClient,
    *,
    options: CallOptions | None = None,
) -> APIResponse[int]:
    """Count (the full response)."""
    return client.request(OPERATION, _get_kwargs(), _parse, options)


def sync(
    client: SyncAPIClient,
    *,
    options: CallOptions | None = None,
) -> int:
    """Count"""
    return sync_detailed(client, options=options).parsed


async def asyncio_detailed(
    client: AsyncAPIClient,
    *,
    options: CallOptions | None = None,
) -> APIResponse[int]:
    """Count (the full response)."""
    return await client.request(OPERATION, _get_kwargs(), _parse, options)


async def asyncio(
    client: AsyncAPIClient,
    *,
    options: CallOptions | None = None,
) -> int:
    """Count"""
    return (await asyncio_detailed(client, options=options)).parsed
