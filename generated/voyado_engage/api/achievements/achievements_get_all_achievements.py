# Generated from generator/render/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Get all achievements

GET /api/v2/achievements
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import Operation, decode_body
from ..._retry import RetryPolicy
from ...models.paged_result_of_api_achievement_definition import PagedResultOfApiAchievementDefinition
from ...types import UNSET, Unset


def _get_kwargs(*, offset: int | Unset = UNSET, count: int | Unset = UNSET) -> dict[str, Any]:
    params = _m.to_parameters(
        {"offset": (_m.integer, offset), "count": (_m.integer, count)}, subject="query parameters"
    )

    _kwargs: dict[str, Any] = {"params": params}
    return _kwargs


def _parse(response: httpx.Response) -> PagedResultOfApiAchievementDefinition:
    return _m.read_response(_m.model_of(PagedResultOfApiAchievementDefinition), decode_body(response))


OPERATION = Operation(
    operation_id="Achievements_GetAllAchievements",
    method="GET",
    path="/api/v2/achievements",
    retry_policy=RetryPolicy.IDEMPOTENT,
    parse=_parse,
    name="achievements.list",
)
