# Generated from generator/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Get promotions for contact

GET /api/v2/contacts/{contact_id}/promotions
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import APIResponse, AsyncAPIClient, Operation, SyncAPIClient, decode_body
from ..._options import CallOptions
from ..._retry import RetryPolicy
from ...models.api_promotion_model import ApiPromotionModel
from ...types import UNSET, Unset

OPERATION = Operation(
    operation_id="OfferPromotions_GetPromotionsForContact",
    method="GET",
    path="/api/v2/contacts/{contact_id}/promotions",
    retry_policy=RetryPolicy.IDEMPOTENT,
    body_schema=None,
    idempotency_header=None,
)


def _get_kwargs(
    contact_id: str,
    *,
    redemption_channel_type: str | Unset = UNSET,
) -> dict[str, Any]:
    params = _m.to_parameters(
        {
            "redemptionChannelType": (_m.string, redemption_channel_type),
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


def _parse(response: httpx.Response) -> list[ApiPromotionModel]:
    return _m.read_response(_m.list_of(_m.model_of(ApiPromotionModel)), decode_body(response))


def sync_detailed(
    client: SyncAPIClient,
    contact_id: str,
    *,
    redemption_channel_type: str | Unset = UNSET,
    options: CallOptions | None = None,
) -> APIResponse[list[ApiPromotionModel]]:
    """Get promotions for contact (the full response)."""
    return client.request(
        OPERATION,
        _get_kwargs(
            contact_id,
            redemption_channel_type=redemption_channel_type,
        ),
        _parse,
        options,
    )


def sync(
    client: SyncAPIClient,
    contact_id: str,
    *,
    redemption_channel_type: str | Unset = UNSET,
    options: CallOptions | None = None,
) -> list[ApiPromotionModel]:
    """Get promotions for contact"""
    return sync_detailed(client, contact_id, redemption_channel_type=redemption_channel_type, options=options).parsed


async def asyncio_detailed(
    client: AsyncAPIClient,
    contact_id: str,
    *,
    redemption_channel_type: str | Unset = UNSET,
    options: CallOptions | None = None,
) -> APIResponse[list[ApiPromotionModel]]:
    """Get promotions for contact (the full response)."""
    return await client.request(
        OPERATION,
        _get_kwargs(
            contact_id,
            redemption_channel_type=redemption_channel_type,
        ),
        _parse,
        options,
    )


async def asyncio(
    client: AsyncAPIClient,
    contact_id: str,
    *,
    redemption_channel_type: str | Unset = UNSET,
    options: CallOptions | None = None,
) -> list[ApiPromotionModel]:
    """Get promotions for contact"""
    return (
        await asyncio_detailed(client, contact_id, redemption_channel_type=redemption_channel_type, options=options)
    ).parsed
