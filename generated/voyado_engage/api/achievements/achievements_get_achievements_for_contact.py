# Generated from generator/render/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Get achievements for contact

GET /api/v2/contacts/{contact_id}/achievements
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import Operation, decode_body
from ..._retry import RetryPolicy
from ...models.api_achievement_value import ApiAchievementValue


def _get_kwargs(contact_id: str) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {"path_params": {"contact_id": contact_id}}
    return _kwargs


def _parse(response: httpx.Response) -> list[ApiAchievementValue]:
    return _m.read_response(_m.list_of(_m.model_of(ApiAchievementValue)), decode_body(response))


OPERATION = Operation(
    operation_id="Achievements_GetAchievementsForContact",
    method="GET",
    path="/api/v2/contacts/{contact_id}/achievements",
    retry_policy=RetryPolicy.IDEMPOTENT,
    parse=_parse,
    name="achievements.list_for_contact",
)
