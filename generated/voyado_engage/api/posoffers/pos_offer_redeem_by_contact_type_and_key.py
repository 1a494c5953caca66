# Generated from generator/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Redeem by contact type and key

POST /api/v2/contacts/{contact_type}/bykey/{key_value}/posoffers/{id}/redeem
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import APIResponse, AsyncAPIClient, Operation, SyncAPIClient, decode_body
from ..._options import CallOptions
from ..._retry import RetryPolicy
from ...models.redeemed_loyalty_bar_claim_model import RedeemedLoyaltyBarClaimModel

OPERATION = Operation(
    operation_id="PosOffer_RedeemByContactTypeAndKey",
    method="POST",
    path="/api/v2/contacts/{contact_type}/bykey/{key_value}/posoffers/{id}/redeem",
    retry_policy=RetryPolicy.NOT_PROCESSED_ONLY,
    body_schema=None,
    idempotency_header=None,
)


def _get_kwargs(
    contact_type: str,
    key_value: str,
    id: str,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": OPERATION.path,
        "path_params": {
            "contact_type": contact_type,
            "key_value": key_value,
            "id": id,
        },
    }
    return _kwargs


def _parse(response: httpx.Response) -> RedeemedLoyaltyBarClaimModel:
    return _m.read_response(_m.model_of(RedeemedLoyaltyBarClaimModel), decode_body(response))


def sync_detailed(
    client: SyncAPIClient,
    contact_type: str,
    key_value: str,
    id: str,
    *,
    options: CallOptions | None = None,
) -> APIResponse[RedeemedLoyaltyBarClaimModel]:
    """Redeem by contact type and key (the full response)."""
    return client.request(
        OPERATION,
        _get_kwargs(
            contact_type,
            key_value,
            id,
        ),
        _parse,
        options,
    )


def sync(
    client: SyncAPIClient,
    contact_type: str,
    key_value: str,
    id: str,
    *,
    options: CallOptions | None = None,
) -> RedeemedLoyaltyBarClaimModel:
    """Redeem by contact type and key"""
    return sync_detailed(client, contact_type, key_value, id, options=options).parsed


async def asyncio_detailed(
    client: AsyncAPIClient,
    contact_type: str,
    key_value: str,
    id: str,
    *,
    options: CallOptions | None = None,
) -> APIResponse[RedeemedLoyaltyBarClaimModel]:
    """Redeem by contact type and key (the full response)."""
    return await client.request(
        OPERATION,
        _get_kwargs(
            contact_type,
            key_value,
            id,
        ),
        _parse,
        options,
    )


async def asyncio(
    client: AsyncAPIClient,
    contact_type: str,
    key_value: str,
    id: str,
    *,
    options: CallOptions | None = None,
) -> RedeemedLoyaltyBarClaimModel:
    """Redeem by contact type and key"""
    return (await asyncio_detailed(client, contact_type, key_value, id, options=options)).parsed
