# Generated from generator/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Update store

POST /api/v2/stores/{external_id}
"""

from collections.abc import Mapping
from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import APIResponse, AsyncAPIClient, Operation, SyncAPIClient, decode_body
from ..._options import CallOptions
from ..._retry import RetryPolicy
from ...models.api_store import ApiStore

OPERATION = Operation(
    operation_id="StoresV_UpdateStore",
    method="POST",
    path="/api/v2/stores/{external_id}",
    retry_policy=RetryPolicy.NOT_PROCESSED_ONLY,
    body_schema="ApiStore",
    idempotency_header=None,
)


def _get_kwargs(
    external_id: str,
    *,
    body: ApiStore | Mapping[str, Any],
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": OPERATION.path,
        "path_params": {
            "external_id": external_id,
        },
    }
    _kwargs["json"] = _m.to_body(_m.model_of(ApiStore), body)
    return _kwargs


def _parse(response: httpx.Response) -> ApiStore:
    return _m.read_response(_m.model_of(ApiStore), decode_body(response))


def sync_detailed(
    client: SyncAPIClient,
    external_id: str,
    *,
    body: ApiStore | Mapping[str, Any],
    options: CallOptions | None = None,
) -> APIResponse[ApiStore]:
    """Update store (the full response)."""
    return client.request(
        OPERATION,
        _get_kwargs(
            external_id,
            body=body,
        ),
        _parse,
        options,
    )


def sync(
    client: SyncAPIClient,
    external_id: str,
    *,
    body: ApiStore | Mapping[str, Any],
    options: CallOptions | None = None,
) -> ApiStore:
    """Update store"""
    return sync_detailed(client, external_id, body=body, options=options).parsed


async def asyncio_detailed(
    client: AsyncAPIClient,
    external_id: str,
    *,
    body: ApiStore | Mapping[str, Any],
    options: CallOptions | None = None,
) -> APIResponse[ApiStore]:
    """Update store (the full response)."""
    return await client.request(
        OPERATION,
        _get_kwargs(
            external_id,
            body=body,
        ),
        _parse,
        options,
    )


async def asyncio(
    client: AsyncAPIClient,
    external_id: str,
    *,
    body: ApiStore | Mapping[str, Any],
    options: CallOptions | None = None,
) -> ApiStore:
    """Update store"""
    return (await asyncio_detailed(client, external_id, body=body, options=options)).parsed
