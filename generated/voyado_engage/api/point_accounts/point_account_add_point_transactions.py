# Generated from generator/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Add point transactions

POST /api/v2/point-accounts/transactions
"""

from collections.abc import Mapping, Sequence
from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import APIResponse, AsyncAPIClient, Operation, SyncAPIClient, decode_body
from ..._options import CallOptions
from ..._retry import RetryPolicy
from ...models.point_transaction_to_account import PointTransactionToAccount
from ...models.point_transaction_to_account_result_model import PointTransactionToAccountResultModel
from ...types import UNSET, Unset

OPERATION = Operation(
    operation_id="PointAccount_AddPointTransactions",
    method="POST",
    path="/api/v2/point-accounts/transactions",
    retry_policy=RetryPolicy.IDEMPOTENT,
    body_schema=None,
    idempotency_header="Idempotency-Key",
)


def _get_kwargs(
    *,
    body: Sequence[PointTransactionToAccount | Mapping[str, Any]],
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers = _m.to_parameters(
        {
            "Idempotency-Key": (_m.string, idempotency_key),
        },
        subject="headers",
        as_text=True,
    )

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": OPERATION.path,
    }
    _kwargs["json"] = _m.to_body(_m.list_of(_m.model_of(PointTransactionToAccount)), body)
    _kwargs["headers"] = headers
    return _kwargs


def _parse(response: httpx.Response) -> PointTransactionToAccountResultModel:
    return _m.read_response(_m.model_of(PointTransactionToAccountResultModel), decode_body(response))


def sync_detailed(
    client: SyncAPIClient,
    *,
    body: Sequence[PointTransactionToAccount | Mapping[str, Any]],
    idempotency_key: str | Unset = UNSET,
    options: CallOptions | None = None,
) -> APIResponse[PointTransactionToAccountResultModel]:
    """Add point transactions (the full response)."""
    return client.request(
        OPERATION,
        _get_kwargs(
            body=body,
            idempotency_key=idempotency_key,
        ),
        _parse,
        options,
    )


def sync(
    client: SyncAPIClient,
    *,
    body: Sequence[PointTransactionToAccount | Mapping[str, Any]],
    idempotency_key: str | Unset = UNSET,
    options: CallOptions | None = None,
) -> PointTransactionToAccountResultModel:
    """Add point transactions"""
    return sync_detailed(client, body=body, idempotency_key=idempotency_key, options=options).parsed


async def asyncio_detailed(
    client: AsyncAPIClient,
    *,
    body: Sequence[PointTransactionToAccount | Mapping[str, Any]],
    idempotency_key: str | Unset = UNSET,
    options: CallOptions | None = None,
) -> APIResponse[PointTransactionToAccountResultModel]:
    """Add point transactions (the full response)."""
    return await client.request(
        OPERATION,
        _get_kwargs(
            body=body,
            idempotency_key=idempotency_key,
        ),
        _parse,
        options,
    )


async def asyncio(
    client: AsyncAPIClient,
    *,
    body: Sequence[PointTransactionToAccount | Mapping[str, Any]],
    idempotency_key: str | Unset = UNSET,
    options: CallOptions | None = None,
) -> PointTransactionToAccountResultModel:
    """Add point transactions"""
    return (await asyncio_detailed(client, body=body, idempotency_key=idempotency_key, options=options)).parsed
