# Generated from generator/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Reactivate promotion code

POST /api/v2/promotions/reward-vouchers/{id}/reactivate
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import APIResponse, AsyncAPIClient, Operation, SyncAPIClient, decode_body
from ..._options import CallOptions
from ..._retry import RetryPolicy

OPERATION = Operation(
    operation_id="OfferPromotions_ReactivatePromotionCode",
    method="POST",
    path="/api/v2/promotions/reward-vouchers/{id}/reactivate",
    retry_policy=RetryPolicy.NOT_PROCESSED_ONLY,
    body_schema=None,
    idempotency_header=None,
)


def _get_kwargs(
    id: str,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": OPERATION.path,
        "path_params": {
            "id": id,
        },
    }
    return _kwargs


def _parse(response: httpx.Response) -> str:
    return _m.read_response(_m.string, decode_body(response))


def sync_detailed(
    client: SyncAPIClient,
    id: str,
    *,
    options: CallOptions | None = None,
) -> APIResponse[str]:
    """Reactivate promotion code (the full response)."""
    return client.request(
        OPERATION,
        _get_kwargs(
            id,
        ),
        _parse,
        options,
    )


def sync(
    client: SyncAPIClient,
    id: str,
    *,
    options: CallOptions | None = None,
) -> str:
    """Reactivate promotion code"""
    return sync_detailed(client, id, options=options).parsed


async def asyncio_detailed(
    client: AsyncAPIClient,
    id: str,
    *,
    options: CallOptions | None = None,
) -> APIResponse[str]:
    """Reactivate promotion code (the full response)."""
    return await client.request(
        OPERATION,
        _get_kwargs(
            id,
        ),
        _parse,
        options,
    )


async def asyncio(
    client: AsyncAPIClient,
    id: str,
    *,
    options: CallOptions | None = None,
) -> str:
    """Reactivate promotion code"""
    return (await asyncio_detailed(client, id, options=options)).parsed
