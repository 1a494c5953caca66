# Generated from generator/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Get stores

GET /api/v2/stores
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import APIResponse, AsyncAPIClient, Operation, SyncAPIClient, decode_body
from ..._options import CallOptions
from ..._retry import RetryPolicy
from ...models.api_store import ApiStore
from ...types import UNSET, Unset

OPERATION = Operation(
    operation_id="StoresV_GetStores",
    method="GET",
    path="/api/v2/stores",
    retry_policy=RetryPolicy.IDEMPOTENT,
    body_schema=None,
    idempotency_header=None,
)


def _get_kwargs(
    *,
    include_inactive: bool | Unset = UNSET,
) -> dict[str, Any]:
    params = _m.to_parameters(
        {
            "includeInactive": (_m.boolean, include_inactive),
        },
        subject="query parameters",
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": OPERATION.path,
        "params": params,
    }
    return _kwargs


def _parse(response: httpx.Response) -> list[ApiStore]:
    return _m.read_response(_m.list_of(_m.model_of(ApiStore)), decode_body(response))


def sync_detailed(
    client: SyncAPIClient,
    *,
    include_inactive: bool | Unset = UNSET,
    options: CallOptions | None = None,
) -> APIResponse[list[ApiStore]]:
    """Get stores (the full response)."""
    return client.request(
        OPERATION,
        _get_kwargs(
            include_inactive=include_inactive,
        ),
        _parse,
        options,
    )


def sync(
    client: SyncAPIClient,
    *,
    include_inactive: bool | Unset = UNSET,
    options: CallOptions | None = None,
) -> list[ApiStore]:
    """Get stores"""
    return sync_detailed(client, include_inactive=include_inactive, options=options).parsed


async def asyncio_detailed(
    client: AsyncAPIClient,
    *,
    include_inactive: bool | Unset = UNSET,
    options: CallOptions | None = None,
) -> APIResponse[list[ApiStore]]:
    """Get stores (the full response)."""
    return await client.request(
        OPERATION,
        _get_kwargs(
            include_inactive=include_inactive,
        ),
        _parse,
        options,
    )


async def asyncio(
    client: AsyncAPIClient,
    *,
    include_inactive: bool | Unset = UNSET,
    options: CallOptions | None = None,
) -> list[ApiStore]:
    """Get stores"""
    return (await asyncio_detailed(client, include_inactive=include_inactive, options=options)).parsed
