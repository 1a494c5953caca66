# Generated from generator/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Get available pos offers by contact type and key

GET /api/v2/contacts/{contact_type}/bykey/{key_value}/posoffers/available
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import APIResponse, AsyncAPIClient, Operation, SyncAPIClient, decode_body
from ..._options import CallOptions
from ..._retry import RetryPolicy
from ...models.paged_result_of_available_loyalty_bar_claim_model import PagedResultOfAvailableLoyaltyBarClaimModel

OPERATION = Operation(
    operation_id="PosOffer_GetAvailablePosOffersByContactTypeAndKey",
    method="GET",
    path="/api/v2/contacts/{contact_type}/bykey/{key_value}/posoffers/available",
    retry_policy=RetryPolicy.IDEMPOTENT,
    body_schema=None,
    idempotency_header=None,
)


def _get_kwargs(
    contact_type: str,
    key_value: str,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": OPERATION.path,
        "path_params": {
            "contact_type": contact_type,
            "key_value": key_value,
        },
    }
    return _kwargs


def _parse(response: httpx.Response) -> PagedResultOfAvailableLoyaltyBarClaimModel:
    return _m.read_response(_m.model_of(PagedResultOfAvailableLoyaltyBarClaimModel), decode_body(response))


def sync_detailed(
    client: SyncAPIClient,
    contact_type: str,
    key_value: str,
    *,
    options: CallOptions | None = None,
) -> APIResponse[PagedResultOfAvailableLoyaltyBarClaimModel]:
    """Get available pos offers by contact type and key (the full response)."""
    return client.request(
        OPERATION,
        _get_kwargs(
            contact_type,
            key_value,
        ),
        _parse,
        options,
    )


def sync(
    client: SyncAPIClient,
    contact_type: str,
    key_value: str,
    *,
    options: CallOptions | None = None,
) -> PagedResultOfAvailableLoyaltyBarClaimModel:
    """Get available pos offers by contact type and key"""
    return sync_detailed(client, contact_type, key_value, options=options).parsed


async def asyncio_detailed(
    client: AsyncAPIClient,
    contact_type: str,
    key_value: str,
    *,
    options: CallOptions | None = None,
) -> APIResponse[PagedResultOfAvailableLoyaltyBarClaimModel]:
    """Get available pos offers by contact type and key (the full response)."""
    return await client.request(
        OPERATION,
        _get_kwargs(
            contact_type,
            key_value,
        ),
        _parse,
        options,
    )


async def asyncio(
    client: AsyncAPIClient,
    contact_type: str,
    key_value: str,
    *,
    options: CallOptions | None = None,
) -> PagedResultOfAvailableLoyaltyBarClaimModel:
    """Get available pos offers by contact type and key"""
    return (await asyncio_detailed(client, contact_type, key_value, options=options)).parsed
