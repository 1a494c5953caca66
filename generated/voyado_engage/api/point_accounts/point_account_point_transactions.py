# Generated from generator/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Point transactions

GET /api/v2/point-accounts/transactions/{id}
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import APIResponse, AsyncAPIClient, Operation, SyncAPIClient, decode_body
from ..._options import CallOptions
from ..._retry import RetryPolicy
from ...models.point_transaction_model import PointTransactionModel

OPERATION = Operation(
    operation_id="PointAccount_PointTransactions",
    method="GET",
    path="/api/v2/point-accounts/transactions/{id}",
    retry_policy=RetryPolicy.IDEMPOTENT,
    body_schema=None,
    idempotency_header=None,
)


def _get_kwargs(
    id: int,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": OPERATION.path,
        "path_params": {
            "id": id,
        },
    }
    return _kwargs


def _parse(response: httpx.Response) -> PointTransactionModel:
    return _m.read_response(_m.model_of(PointTransactionModel), decode_body(response))


def sync_detailed(
    client: SyncAPIClient,
    id: int,
    *,
    options: CallOptions | None = None,
) -> APIResponse[PointTransactionModel]:
    """Point transactions (the full response)."""
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
    id: int,
    *,
    options: CallOptions | None = None,
) -> PointTransactionModel:
    """Point transactions"""
    return sync_detailed(client, id, options=options).parsed


async def asyncio_detailed(
    client: AsyncAPIClient,
    id: int,
    *,
    options: CallOptions | None = None,
) -> APIResponse[PointTransactionModel]:
    """Point transactions (the full response)."""
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
    id: int,
    *,
    options: CallOptions | None = None,
) -> PointTransactionModel:
    """Point transactions"""
    return (await asyncio_detailed(client, id, options=options)).parsed
