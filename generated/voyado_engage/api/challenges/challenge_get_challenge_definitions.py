# Generated from generator/render/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Get challenge definitions

GET /api/v2/challenges/definitions
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import Operation, decode_body
from ..._retry import RetryPolicy
from ...models.challenge_definition_models_result import ChallengeDefinitionModelsResult
from ...models.challenge_definition_status import ChallengeDefinitionStatus
from ...types import UNSET, Unset


def _get_kwargs(
    *, offset: int | Unset = UNSET, count: int | Unset = UNSET, status: ChallengeDefinitionStatus | Unset = UNSET
) -> dict[str, Any]:
    params = _m.to_parameters(
        {
            "offset": (_m.integer, offset),
            "count": (_m.integer, count),
            "status": (_m.enum_of(ChallengeDefinitionStatus), status),
        },
        subject="query parameters",
    )

    _kwargs: dict[str, Any] = {"params": params}
    return _kwargs


def _parse(response: httpx.Response) -> ChallengeDefinitionModelsResult:
    return _m.read_response(_m.model_of(ChallengeDefinitionModelsResult), decode_body(response))


OPERATION = Operation(
    operation_id="Challenge_GetChallengeDefinitions",
    method="GET",
    path="/api/v2/challenges/definitions",
    retry_policy=RetryPolicy.IDEMPOTENT,
    parse=_parse,
    name="challenges.list_definitions",
)
