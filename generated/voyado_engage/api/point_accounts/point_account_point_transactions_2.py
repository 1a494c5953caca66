# Generated from generator/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Point transactions2

GET /api/v2/point-accounts/transactions
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import APIResponse, AsyncAPIClient, Operation, SyncAPIClient, decode_body
from ..._options import CallOptions
from ..._retry import RetryPolicy
from ...models.point_account_point_transactions_2_filter import PointAccountPointTransactions2Filter
from ...models.point_transaction_models_result import PointTransactionModelsResult
from ...types import UNSET, Unset

OPERATION = Operation(
    operation_id="PointAccount_PointTransactions2",
    method="GET",
    path="/api/v2/point-accounts/transactions",
    retry_policy=RetryPolicy.IDEMPOTENT,
    body_schema=None,
    idempotency_header=None,
)


def _get_kwargs(
    *,
    contact_id: str | Unset = UNSET,
    definition_id: int | Unset = UNSET,
    account_id: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    count: int | Unset = UNSET,
    filter_: PointAccountPointTransactions2Filter | Unset = UNSET,
) -> dict[str, Any]:
    params = _m.to_parameters(
        {
            "contactId": (_m.string, contact_id),
            "definitionId": (_m.integer, definition_id),
            "accountId": (_m.integer, account_id),
            "offset": (_m.integer, offset),
            "count": (_m.integer, count),
            "filter": (_m.enum_of(PointAccountPointTransactions2Filter), filter_),
        },
        subject="query parameters",
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": OPERATION.path,
        "params": params,
    }
    return _kwargs


def _parse(response: httpx.Response) -> PointTransactionModelsResult:
    return _m.read_response(_m.model_of(PointTransactionModelsResult), decode_body(response))


def sync_detailed(
    client: SyncAPIClient,
    *,
    contact_id: str | Unset = UNSET,
    definition_id: int | Unset = UNSET,
    account_id: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    count: int | Unset = UNSET,
    filter_: PointAccountPointTransactions2Filter | Unset = UNSET,
    options: CallOptions | None = None,
) -> APIResponse[PointTransactionModelsResult]:
    """Point transactions2 (the full response)."""
    return client.request(
        OPERATION,
        _get_kwargs(
            contact_id=contact_id,
            definition_id=definition_id,
            account_id=account_id,
            offset=offset,
            count=count,
            filter_=filter_,
        ),
        _parse,
        options,
    )


def sync(
    client: SyncAPIClient,
    *,
    contact_id: str | Unset = UNSET,
    definition_id: int | Unset = UNSET,
    account_id: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    count: int | Unset = UNSET,
    filter_: PointAccountPointTransactions2Filter | Unset = UNSET,
    options: CallOptions | None = None,
) -> PointTransactionModelsResult:
    """Point transactions2"""
    return sync_detailed(
        client,
        contact_id=contact_id,
        definition_id=definition_id,
        account_id=account_id,
        offset=offset,
        count=count,
        filter_=filter_,
        options=options,
    ).parsed


async def asyncio_detailed(
    client: AsyncAPIClient,
    *,
    contact_id: str | Unset = UNSET,
    definition_id: int | Unset = UNSET,
    account_id: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    count: int | Unset = UNSET,
    filter_: PointAccountPointTransactions2Filter | Unset = UNSET,
    options: CallOptions | None = None,
) -> APIResponse[PointTransactionModelsResult]:
    """Point transactions2 (the full response)."""
    return await client.request(
        OPERATION,
        _get_kwargs(
            contact_id=contact_id,
            definition_id=definition_id,
            account_id=account_id,
            offset=offset,
            count=count,
            filter_=filter_,
        ),
        _parse,
        options,
    )


async def asyncio(
    client: AsyncAPIClient,
    *,
    contact_id: str | Unset = UNSET,
    definition_id: int | Unset = UNSET,
    account_id: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    count: int | Unset = UNSET,
    filter_: PointAccountPointTransactions2Filter | Unset = UNSET,
    options: CallOptions | None = None,
) -> PointTransactionModelsResult:
    """Point transactions2"""
    return (
        await asyncio_detailed(
            client,
            contact_id=contact_id,
            definition_id=definition_id,
            account_id=account_id,
            offset=offset,
            count=count,
            filter_=filter_,
            options=options,
        )
    ).parsed
