# Generated from generator/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Update

PUT /api/v2/promotions/multichannels/{id}
"""

from collections.abc import Mapping
from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import APIResponse, AsyncAPIClient, Operation, SyncAPIClient, decode_body
from ..._options import CallOptions
from ..._retry import RetryPolicy
from ...models.multichannel_promotion_model import MultichannelPromotionModel

OPERATION = Operation(
    operation_id="MultichannelPromotions_Update",
    method="PUT",
    path="/api/v2/promotions/multichannels/{id}",
    retry_policy=RetryPolicy.IDEMPOTENT,
    body_schema="MultichannelPromotionModel",
    idempotency_header=None,
)


def _get_kwargs(
    id: str,
    *,
    body: MultichannelPromotionModel | Mapping[str, Any],
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": OPERATION.path,
        "path_params": {
            "id": id,
        },
    }
    _kwargs["json"] = _m.to_body(_m.model_of(MultichannelPromotionModel), body)
    return _kwargs


def _parse(response: httpx.Response) -> MultichannelPromotionModel:
    return _m.read_response(_m.model_of(MultichannelPromotionModel), decode_body(response))


def sync_detailed(
    client: SyncAPIClient,
    id: str,
    *,
    body: MultichannelPromotionModel | Mapping[str, Any],
    options: CallOptions | None = None,
) -> APIResponse[MultichannelPromotionModel]:
    """Update (the full response)."""
    return client.request(
        OPERATION,
        _get_kwargs(
            id,
            body=body,
        ),
        _parse,
        options,
    )


def sync(
    client: SyncAPIClient,
    id: str,
    *,
    body: MultichannelPromotionModel | Mapping[str, Any],
    options: CallOptions | None = None,
) -> MultichannelPromotionModel:
    """Update"""
    return sync_detailed(client, id, body=body, options=options).parsed


async def asyncio_detailed(
    client: AsyncAPIClient,
    id: str,
    *,
    body: MultichannelPromotionModel | Mapping[str, Any],
    options: CallOptions | None = None,
) -> APIResponse[MultichannelPromotionModel]:
    """Update (the full response)."""
    return await client.request(
        OPERATION,
        _get_kwargs(
            id,
            body=body,
        ),
        _parse,
        options,
    )


async def asyncio(
    client: AsyncAPIClient,
    id: str,
    *,
    body: MultichannelPromotionModel | Mapping[str, Any],
    options: CallOptions | None = None,
) -> MultichannelPromotionModel:
    """Update"""
    return (await asyncio_detailed(client, id, body=body, options=options)).parsed
