# Generated from generator/render/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Remove achievement

DELETE /api/v2/contacts/{contact_id}/achievements/{achievement_id}
"""

from typing import Any

import httpx

from ..._base_client import Operation
from ..._retry import RetryPolicy


def _get_kwargs(contact_id: str, achievement_id: str) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {"path_params": {"contact_id": contact_id, "achievement_id": achievement_id}}
    return _kwargs


def _parse(response: httpx.Response) -> None:
    return None


OPERATION = Operation(
    operation_id="Achievements_RemoveAchievement",
    method="DELETE",
    path="/api/v2/contacts/{contact_id}/achievements/{achievement_id}",
    retry_policy=RetryPolicy.IDEMPOTENT,
    parse=_parse,
    name="achievements.remove",
)
