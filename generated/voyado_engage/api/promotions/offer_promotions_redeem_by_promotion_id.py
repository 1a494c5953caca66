# Generated from generator/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Redeem by promotion id

POST /api/v2/promotions/codes/{promotion_id}/redeem
"""

from collections.abc import Mapping
from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import APIResponse, AsyncAPIClient, Operation, SyncAPIClient, decode_body, empty_object_body
from ..._options import CallOptions
from ..._retry import RetryPolicy
from ...models.offer_promotions_redeem_by_promotion_id_response_200 import OfferPromotionsRedeemByPromotionIdResponse200
from ...models.redeem_body_model import RedeemBodyModel

OPERATION = Operation(
    operation_id="OfferPromotions_RedeemByPromotionId",
    method="POST",
    path="/api/v2/promotions/codes/{promotion_id}/redeem",
    retry_policy=RetryPolicy.NOT_PROCESSED_ONLY,
    body_schema="RedeemBodyModel",
    idempotency_header=None,
)


def _get_kwargs(
    promotion_id: str,
    *,
    body: RedeemBodyModel | Mapping[str, Any],
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": OPERATION.path,
        "path_params": {
            "promotion_id": promotion_id,
        },
    }
    _kwargs["json"] = _m.to_body(_m.model_of(RedeemBodyModel), body)
    return _kwargs


def _parse(response: httpx.Response) -> OfferPromotionsRedeemByPromotionIdResponse200:
    return _m.read_response(
        _m.model_of(OfferPromotionsRedeemByPromotionIdResponse200), decode_body(response, empty=empty_object_body)
    )


def sync_detailed(
    client: SyncAPIClient,
    promotion_id: str,
    *,
    body: RedeemBodyModel | Mapping[str, Any],
    options: CallOptions | None = None,
) -> APIResponse[OfferPromotionsRedeemByPromotionIdResponse200]:
    """Redeem by promotion id (the full response)."""
    return client.request(
        OPERATION,
        _get_kwargs(
            promotion_id,
            body=body,
        ),
        _parse,
        options,
    )


def sync(
    client: SyncAPIClient,
    promotion_id: str,
    *,
    body: RedeemBodyModel | Mapping[str, Any],
    options: CallOptions | None = None,
) -> OfferPromotionsRedeemByPromotionIdResponse200:
    """Redeem by promotion id"""
    return sync_detailed(client, promotion_id, body=body, options=options).parsed


async def asyncio_detailed(
    client: AsyncAPIClient,
    promotion_id: str,
    *,
    body: RedeemBodyModel | Mapping[str, Any],
    options: CallOptions | None = None,
) -> APIResponse[OfferPromotionsRedeemByPromotionIdResponse200]:
    """Redeem by promotion id (the full response)."""
    return await client.request(
        OPERATION,
        _get_kwargs(
            promotion_id,
            body=body,
        ),
        _parse,
        options,
    )


async def asyncio(
    client: AsyncAPIClient,
    promotion_id: str,
    *,
    body: RedeemBodyModel | Mapping[str, Any],
    options: CallOptions | None = None,
) -> OfferPromotionsRedeemByPromotionIdResponse200:
    """Redeem by promotion id"""
    return (await asyncio_detailed(client, promotion_id, body=body, options=options)).parsed
