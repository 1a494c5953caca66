# Generated from generator/render/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Set achievement

POST /api/v2/contacts/{contact_id}/achievements/{achievement_id}
"""

from collections.abc import Mapping
from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import Operation
from ..._retry import RetryPolicy
from ...models.achievement_value import AchievementValue


def _get_kwargs(
    contact_id: str, achievement_id: str, *, request_body: AchievementValue | Mapping[str, Any]
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {"path_params": {"contact_id": contact_id, "achievement_id": achievement_id}}
    _kwargs["json"] = _m.to_body(_m.model_of(AchievementValue), request_body)
    return _kwargs


def _parse(response: httpx.Response) -> None:
    return None


OPERATION = Operation(
    operation_id="Achievements_SetAchievement",
    method="POST",
    path="/api/v2/contacts/{contact_id}/achievements/{achievement_id}",
    retry_policy=RetryPolicy.NOT_PROCESSED_ONLY,
    parse=_parse,
    name="achievements.set",
)
