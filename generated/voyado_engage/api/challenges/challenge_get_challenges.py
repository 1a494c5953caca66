# Generated from generator/render/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Get challenges

GET /api/v2/challenges
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import Operation, decode_body
from ..._retry import RetryPolicy
from ...models.challenge_assignment_models_result import ChallengeAssignmentModelsResult
from ...models.challenge_filter import ChallengeFilter
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    contact_id: str,
    definition_id: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    count: int | Unset = UNSET,
    filter_: ChallengeFilter | Unset = UNSET,
) -> dict[str, Any]:
    params = _m.to_parameters(
        {
            "contactId": (_m.string, contact_id),
            "definitionId": (_m.string, definition_id),
            "offset": (_m.integer, offset),
            "count": (_m.integer, count),
            "filter": (_m.enum_of(ChallengeFilter), filter_),
        },
        subject="query parameters",
    )

    _kwargs: dict[str, Any] = {"params": params}
    return _kwargs


def _parse(response: httpx.Response) -> ChallengeAssignmentModelsResult:
    return _m.read_response(_m.model_of(ChallengeAssignmentModelsResult), decode_body(response))


OPERATION = Operation(
    operation_id="Challenge_GetChallenges",
    method="GET",
    path="/api/v2/challenges",
    retry_policy=RetryPolicy.IDEMPOTENT,
    parse=_parse,
    name="challenges.list",
)
