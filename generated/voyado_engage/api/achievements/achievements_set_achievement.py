# Generated from generator/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Set achievement

POST /api/v2/contacts/{contact_id}/achievements/{achievement_id}
"""

from collections.abc import Mapping
from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import APIResponse, AsyncAPIClient, Operation, SyncAPIClient
from ..._options import CallOptions
from ..._retry import RetryPolicy
from ...models.achievements_set_achievement_body import AchievementsSetAchievementBody

OPERATION = Operation(
    operation_id="Achievements_SetAchievement",
    method="POST",
    path="/api/v2/contacts/{contact_id}/achievements/{achievement_id}",
    retry_policy=RetryPolicy.NOT_PROCESSED_ONLY,
    body_schema=None,
    idempotency_header=None,
)


def _get_kwargs(
    contact_id: str,
    achievement_id: str,
    *,
    body: AchievementsSetAchievementBody | Mapping[str, Any],
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": OPERATION.path,
        "path_params": {
            "contact_id": contact_id,
            "achievement_id": achievement_id,
        },
    }
    _kwargs["json"] = _m.to_body(_m.model_of(AchievementsSetAchievementBody), body)
    return _kwargs


def _parse(response: httpx.Response) -> None:
    return None


def sync_detailed(
    client: SyncAPIClient,
    contact_id: str,
    achievement_id: str,
    *,
    body: AchievementsSetAchievementBody | Mapping[str, Any],
    options: CallOptions | None = None,
) -> APIResponse[None]:
    """Set achievement (the full response)."""
    return client.request(
        OPERATION,
        _get_kwargs(
            contact_id,
            achievement_id,
            body=body,
        ),
        _parse,
        options,
    )


def sync(
    client: SyncAPIClient,
    contact_id: str,
    achievement_id: str,
    *,
    body: AchievementsSetAchievementBody | Mapping[str, Any],
    options: CallOptions | None = None,
) -> None:
    """Set achievement"""
    return sync_detailed(client, contact_id, achievement_id, body=body, options=options).parsed


async def asyncio_detailed(
    client: AsyncAPIClient,
    contact_id: str,
    achievement_id: str,
    *,
    body: AchievementsSetAchievementBody | Mapping[str, Any],
    options: CallOptions | None = None,
) -> APIResponse[None]:
    """Set achievement (the full response)."""
    return await client.request(
        OPERATION,
        _get_kwargs(
            contact_id,
            achievement_id,
            body=body,
        ),
        _parse,
        options,
    )


async def asyncio(
    client: AsyncAPIClient,
    contact_id: str,
    achievement_id: str,
    *,
    body: AchievementsSetAchievementBody | Mapping[str, Any],
    options: CallOptions | None = None,
) -> None:
    """Set achievement"""
    return (await asyncio_detailed(client, contact_id, achievement_id, body=body, options=options)).parsed
