# Generated from generator/render/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Add challenge check points

POST /api/v2/challenges/checkpoints
"""

from collections.abc import Sequence
from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import Operation, decode_body
from ..._retry import RetryPolicy
from ...models.add_checkpoint_to_challenge_assignment_result import AddCheckpointToChallengeAssignmentResult
from ...models.challenge_check_point_dto import ChallengeCheckPointDto, ChallengeCheckPointDtoParam


def _get_kwargs(*, request_body: Sequence[ChallengeCheckPointDto | ChallengeCheckPointDtoParam]) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = _m.to_body(_m.list_of(_m.model_of(ChallengeCheckPointDto)), request_body)
    return _kwargs


def _parse(response: httpx.Response) -> AddCheckpointToChallengeAssignmentResult:
    return _m.read_response(_m.model_of(AddCheckpointToChallengeAssignmentResult), decode_body(response))


OPERATION = Operation(
    operation_id="Challenge_AddChallengeCheckPoints",
    method="POST",
    path="/api/v2/challenges/checkpoints",
    retry_policy=RetryPolicy.NOT_PROCESSED_ONLY,
    parse=_parse,
    name="challenges.add_checkpoints",
)
