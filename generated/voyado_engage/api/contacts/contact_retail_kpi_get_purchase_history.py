# Generated from generator/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Get purchase history

GET /api/v2/contacts/{contact_id}/purchasehistorysummary
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import APIResponse, AsyncAPIClient, Operation, SyncAPIClient, decode_body
from ..._options import CallOptions
from ..._retry import RetryPolicy
from ...models.purchase_history_summary import PurchaseHistorySummary

OPERATION = Operation(
    operation_id="ContactRetailKpi_GetPurchaseHistory",
    method="GET",
    path="/api/v2/contacts/{contact_id}/purchasehistorysummary",
    retry_policy=RetryPolicy.IDEMPOTENT,
    body_schema=None,
    idempotency_header=None,
)


def _get_kwargs(
    contact_id: str,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": OPERATION.path,
        "path_params": {
            "contact_id": contact_id,
        },
    }
    return _kwargs


def _parse(response: httpx.Response) -> PurchaseHistorySummary:
    return _m.read_response(_m.model_of(PurchaseHistorySummary), decode_body(response))


def sync_detailed(
    client: SyncAPIClient,
    contact_id: str,
    *,
    options: CallOptions | None = None,
) -> APIResponse[PurchaseHistorySummary]:
    """Get purchase history (the full response)."""
    return client.request(
        OPERATION,
        _get_kwargs(
            contact_id,
        ),
        _parse,
        options,
    )


def sync(
    client: SyncAPIClient,
    contact_id: str,
    *,
    options: CallOptions | None = None,
) -> PurchaseHistorySummary:
    """Get purchase history"""
    return sync_detailed(client, contact_id, options=options).parsed


async def asyncio_detailed(
    client: AsyncAPIClient,
    contact_id: str,
    *,
    options: CallOptions | None = None,
) -> APIResponse[PurchaseHistorySummary]:
    """Get purchase history (the full response)."""
    return await client.request(
        OPERATION,
        _get_kwargs(
            contact_id,
        ),
        _parse,
        options,
    )


async def asyncio(
    client: AsyncAPIClient,
    contact_id: str,
    *,
    options: CallOptions | None = None,
) -> PurchaseHistorySummary:
    """Get purchase history"""
    return (await asyncio_detailed(client, contact_id, options=options)).parsed
