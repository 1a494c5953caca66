# Generated from generator/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Get store

GET /api/v2/stores/{external_id}
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
    operation_id="StoresV_GetStore",
    method="GET",
    path="/api/v2/stores/{external_id}",
    retry_policy=RetryPolicy.IDEMPOTENT,
    body_schema=None,
    idempotency_header=None,
)


def _get_kwargs(
    external_id: str,
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
        "path_params": {
            "external_id": external_id,
        },
        "params": params,
    }
    return _kwargs


def _parse(response: httpx.Response) -> ApiStore:
    return _m.read_response(_m.model_of(ApiStore), decode_body(response))


def sync_detailed(
    client: SyncAPIClient,
    external_id: str,
    *,
    include_inactive: bool | Unset = UNSET,
    options: CallOptions | None = None,
) -> APIResponse[ApiStore]:
    """Get store (the full response)."""
    return client.request(
        OPERATION,
        _get_kwargs(
            external_id,
            include_inactive=include_inactive,
        ),
        _parse,
        options,
    )


def sync(
    client: SyncAPIClient,
    external_id: str,
    *,
    include_inactive: bool | Unset = UNSET,
    options: CallOptions | None = None,
) -> ApiStore:
    """Get store"""
    return sync_detailed(client, external_id, include_inactive=include_inactive, options=options).parsed


async def asyncio_detailed(
    client: AsyncAPIClient,
    external_id: str,
    *,
    include_inactive: bool | Unset = UNSET,
    options: CallOptions | None = None,
) -> APIResponse[ApiStore]:
    """Get store (the full response)."""
    return await client.request(
        OPERATION,
        _get_kwargs(
            external_id,
            include_inactive=include_inactive,
        ),
        _parse,
        options,
    )


async def asyncio(
    client: AsyncAPIClient,
    external_id: str,
    *,
    include_inactive: bool | Unset = UNSET,
    options: CallOptions | None = None,
) -> ApiStore:
    """Get store"""
    return (await asyncio_detailed(client, external_id, include_inactive=include_inactive, options=options)).parsed
