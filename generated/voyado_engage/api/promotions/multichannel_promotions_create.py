# Generated from generator/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Create

POST /api/v2/promotions/multichannels
"""

from collections.abc import Mapping
from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import APIResponse, AsyncAPIClient, Operation, SyncAPIClient, decode_body
from ..._options import CallOptions
from ..._retry import RetryPolicy
from ...models.multichannel_base_promotion_model import MultichannelBasePromotionModel
from ...models.multichannel_promotion_model import MultichannelPromotionModel

OPERATION = Operation(
    operation_id="MultichannelPromotions_Create",
    method="POST",
    path="/api/v2/promotions/multichannels",
    retry_policy=RetryPolicy.NOT_PROCESSED_ONLY,
    body_schema="MultichannelBasePromotionModel",
    idempotency_header=None,
)


def _get_kwargs(
    *,
    body: MultichannelBasePromotionModel | Mapping[str, Any],
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": OPERATION.path,
    }
    _kwargs["json"] = _m.to_body(_m.model_of(MultichannelBasePromotionModel), body)
    return _kwargs


def _parse(response: httpx.Response) -> MultichannelPromotionModel:
    return _m.read_response(_m.model_of(MultichannelPromotionModel), decode_body(response))


def sync_detailed(
    client: SyncAPIClient,
    *,
    body: MultichannelBasePromotionModel | Mapping[str, Any],
    options: CallOptions | None = None,
) -> APIResponse[MultichannelPromotionModel]:
    """Create (the full response)."""
    return client.request(
        OPERATION,
        _get_kwargs(
            body=body,
        ),
        _parse,
        options,
    )


def sync(
    client: SyncAPIClient,
    *,
    body: MultichannelBasePromotionModel | Mapping[str, Any],
    options: CallOptions | None = None,
) -> MultichannelPromotionModel:
    """Create"""
    return sync_detailed(client, body=body, options=options).parsed


async def asyncio_detailed(
    client: AsyncAPIClient,
    *,
    body: MultichannelBasePromotionModel | Mapping[str, Any],
    options: CallOptions | None = None,
) -> APIResponse[MultichannelPromotionModel]:
    """Create (the full response)."""
    return await client.request(
        OPERATION,
        _get_kwargs(
            body=body,
        ),
        _parse,
        options,
    )


async def asyncio(
    client: AsyncAPIClient,
    *,
    body: MultichannelBasePromotionModel | Mapping[str, Any],
    options: CallOptions | None = None,
) -> MultichannelPromotionModel:
    """Create"""
    return (await asyncio_detailed(client, body=body, options=options)).parsed
