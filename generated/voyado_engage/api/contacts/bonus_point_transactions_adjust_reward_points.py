# Generated from generator/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Adjust reward points

POST /api/v2/contacts/{contact_id}/rewardpointtransaction
"""

from collections.abc import Mapping
from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import APIResponse, AsyncAPIClient, Operation, SyncAPIClient, decode_body
from ..._options import CallOptions
from ..._retry import RetryPolicy
from ...models.api_adjust_reward_points import ApiAdjustRewardPoints
from ...models.api_adjust_reward_points_response import ApiAdjustRewardPointsResponse

OPERATION = Operation(
    operation_id="BonusPointTransactions_AdjustRewardPoints",
    method="POST",
    path="/api/v2/contacts/{contact_id}/rewardpointtransaction",
    retry_policy=RetryPolicy.NOT_PROCESSED_ONLY,
    body_schema="ApiAdjustRewardPoints",
    idempotency_header=None,
)


def _get_kwargs(
    contact_id: str,
    *,
    body: ApiAdjustRewardPoints | Mapping[str, Any],
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": OPERATION.path,
        "path_params": {
            "contact_id": contact_id,
        },
    }
    _kwargs["json"] = _m.to_body(_m.model_of(ApiAdjustRewardPoints), body)
    return _kwargs


def _parse(response: httpx.Response) -> ApiAdjustRewardPointsResponse:
    return _m.read_response(_m.model_of(ApiAdjustRewardPointsResponse), decode_body(response))


def sync_detailed(
    client: SyncAPIClient,
    contact_id: str,
    *,
    body: ApiAdjustRewardPoints | Mapping[str, Any],
    options: CallOptions | None = None,
) -> APIResponse[ApiAdjustRewardPointsResponse]:
    """Adjust reward points (the full response)."""
    return client.request(
        OPERATION,
        _get_kwargs(
            contact_id,
            body=body,
        ),
        _parse,
        options,
    )


def sync(
    client: SyncAPIClient,
    contact_id: str,
    *,
    body: ApiAdjustRewardPoints | Mapping[str, Any],
    options: CallOptions | None = None,
) -> ApiAdjustRewardPointsResponse:
    """Adjust reward points"""
    return sync_detailed(client, contact_id, body=body, options=options).parsed


async def asyncio_detailed(
    client: AsyncAPIClient,
    contact_id: str,
    *,
    body: ApiAdjustRewardPoints | Mapping[str, Any],
    options: CallOptions | None = None,
) -> APIResponse[ApiAdjustRewardPointsResponse]:
    """Adjust reward points (the full response)."""
    return await client.request(
        OPERATION,
        _get_kwargs(
            contact_id,
            body=body,
        ),
        _parse,
        options,
    )


async def asyncio(
    client: AsyncAPIClient,
    contact_id: str,
    *,
    body: ApiAdjustRewardPoints | Mapping[str, Any],
    options: CallOptions | None = None,
) -> ApiAdjustRewardPointsResponse:
    """Adjust reward points"""
    return (await asyncio_detailed(client, contact_id, body=body, options=options)).parsed
