# Generated from generator/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Get all achievements

GET /api/v2/achievements
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import APIResponse, AsyncAPIClient, Operation, SyncAPIClient, decode_body
from ..._options import CallOptions
from ..._retry import RetryPolicy
from ...models.paged_result_of_api_achievement_definition import PagedResultOfApiAchievementDefinition
from ...types import UNSET, Unset

OPERATION = Operation(
    operation_id="Achievements_GetAllAchievements",
    method="GET",
    path="/api/v2/achievements",
    retry_policy=RetryPolicy.IDEMPOTENT,
    body_schema=None,
    idempotency_header=None,
)


def _get_kwargs(
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
        "params": params,
    }
    return _kwargs


def _parse(response: httpx.Response) -> PagedResultOfApiAchievementDefinition:
    return _m.read_response(_m.model_of(PagedResultOfApiAchievementDefinition), decode_body(response))


def sync_detailed(
    client: SyncAPIClient,
    *,
    offset: int | Unset = UNSET,
    count: int | Unset = UNSET,
    options: CallOptions | None = None,
) -> APIResponse[PagedResultOfApiAchievementDefinition]:
    """Get all achievements (the full response)."""
    return client.request(
        OPERATION,
        _get_kwargs(
            offset=offset,
            count=count,
        ),
        _parse,
        options,
    )


def sync(
    client: SyncAPIClient,
    *,
    offset: int | Unset = UNSET,
    count: int | Unset = UNSET,
    options: CallOptions | None = None,
) -> PagedResultOfApiAchievementDefinition:
    """Get all achievements"""
    return sync_detailed(client, offset=offset, count=count, options=options).parsed


async def asyncio_detailed(
    client: AsyncAPIClient,
    *,
    offset: int | Unset = UNSET,
    count: int | Unset = UNSET,
    options: CallOptions | None = None,
) -> APIResponse[PagedResultOfApiAchievementDefinition]:
    """Get all achievements (the full response)."""
    return await client.request(
        OPERATION,
        _get_kwargs(
            offset=offset,
            count=count,
        ),
        _parse,
        options,
    )


async def asyncio(
    client: AsyncAPIClient,
    *,
    offset: int | Unset = UNSET,
    count: int | Unset = UNSET,
    options: CallOptions | None = None,
) -> PagedResultOfApiAchievementDefinition:
    """Get all achievements"""
    return (await asyncio_detailed(client, offset=offset, count=count, options=options)).parsed
