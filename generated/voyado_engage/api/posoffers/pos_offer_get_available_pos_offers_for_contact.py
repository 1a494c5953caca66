# Generated from generator/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Get available pos offers for contact

GET /api/v2/contacts/{contact_id}/posoffers/available
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import APIResponse, AsyncAPIClient, Operation, SyncAPIClient, decode_body
from ..._options import CallOptions
from ..._retry import RetryPolicy
from ...models.paged_result_of_available_loyalty_bar_claim_model import PagedResultOfAvailableLoyaltyBarClaimModel
from ...types import UNSET, Unset

OPERATION = Operation(
    operation_id="PosOffer_GetAvailablePosOffersForContact",
    method="GET",
    path="/api/v2/contacts/{contact_id}/posoffers/available",
    retry_policy=RetryPolicy.IDEMPOTENT,
    body_schema=None,
    idempotency_header=None,
)


def _get_kwargs(
    contact_id: str,
    *,
    offset: int | Unset = UNSET,
    count: int | Unset = UNSET,
) -> dict[str, Any]:
    params = _m.to_parameters(
        {
            "offset": (_m.integer, offset),
            "count": (_m.integer, count),
        },
        subject="query parameters",
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": OPERATION.path,
        "path_params": {
            "contact_id": contact_id,
        },
        "params": params,
    }
    return _kwargs


def _parse(response: httpx.Response) -> PagedResultOfAvailableLoyaltyBarClaimModel:
    return _m.read_response(_m.model_of(PagedResultOfAvailableLoyaltyBarClaimModel), decode_body(response))


def sync_detailed(
    client: SyncAPIClient,
    contact_id: str,
    *,
    offset: int | Unset = UNSET,
    count: int | Unset = UNSET,
    options: CallOptions | None = None,
) -> APIResponse[PagedResultOfAvailableLoyaltyBarClaimModel]:
    """Get available pos offers for contact (the full response)."""
    return client.request(
        OPERATION,
        _get_kwargs(
            contact_id,
            offset=offset,
            count=count,
        ),
        _parse,
        options,
    )


def sync(
    client: SyncAPIClient,
    contact_id: str,
    *,
    offset: int | Unset = UNSET,
    count: int | Unset = UNSET,
    options: CallOptions | None = None,
) -> PagedResultOfAvailableLoyaltyBarClaimModel:
    """Get available pos offers for contact"""
    return sync_detailed(client, contact_id, offset=offset, count=count, options=options).parsed


async def asyncio_detailed(
    client: AsyncAPIClient,
    contact_id: str,
    *,
    offset: int | Unset = UNSET,
    count: int | Unset = UNSET,
    options: CallOptions | None = None,
) -> APIResponse[PagedResultOfAvailableLoyaltyBarClaimModel]:
    """Get available pos offers for contact (the full response)."""
    return await client.request(
        OPERATION,
        _get_kwargs(
            contact_id,
            offset=offset,
            count=count,
        ),
        _parse,
        options,
    )


async def asyncio(
    client: AsyncAPIClient,
    contact_id: str,
    *,
    offset: int | Unset = UNSET,
    count: int | Unset = UNSET,
    options: CallOptions | None = None,
) -> PagedResultOfAvailableLoyaltyBarClaimModel:
    """Get available pos offers for contact"""
    return (await asyncio_detailed(client, contact_id, offset=offset, count=count, options=options)).parsed
