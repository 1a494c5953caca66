# Generated from generator/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Add challenge check points

POST /api/v2/challenges/checkpoints
"""

from collections.abc import Mapping, Sequence
from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import APIResponse, AsyncAPIClient, Operation, SyncAPIClient, decode_body
from ..._options import CallOptions
from ..._retry import RetryPolicy
from ...models.add_checkpoint_to_challenge_assignment_result import AddCheckpointToChallengeAssignmentResult
from ...models.challenge_check_point_dto import ChallengeCheckPointDto

OPERATION = Operation(
    operation_id="Challenge_AddChallengeCheckPoints",
    method="POST",
    path="/api/v2/challenges/checkpoints",
    retry_policy=RetryPolicy.NOT_PROCESSED_ONLY,
    body_schema=None,
    idempotency_header=None,
)


def _get_kwargs(
    *,
    body: Sequence[ChallengeCheckPointDto | Mapping[str, Any]],
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": OPERATION.path,
    }
    _kwargs["json"] = _m.to_body(_m.list_of(_m.model_of(ChallengeCheckPointDto)), body)
    return _kwargs


def _parse(response: httpx.Response) -> AddCheckpointToChallengeAssignmentResult:
    return _m.read_response(_m.model_of(AddCheckpointToChallengeAssignmentResult), decode_body(response))


def sync_detailed(
    client: SyncAPIClient,
    *,
    body: Sequence[ChallengeCheckPointDto | Mapping[str, Any]],
    options: CallOptions | None = None,
) -> APIResponse[AddCheckpointToChallengeAssignmentResult]:
    """Add challenge check points (the full response)."""
    return client.request(
        OPERATION,
        _get_kwargs(
            body=body,
        ),
        _parse,
        options,
    )


def sync(
    client: SyncAPIClient,
    *,
    body: Sequence[ChallengeCheckPointDto | Mapping[str, Any]],
    options: CallOptions | None = None,
) -> AddCheckpointToChallengeAssignmentResult:
    """Add challenge check points"""
    return sync_detailed(client, body=body, options=options).parsed


async def asyncio_detailed(
    client: AsyncAPIClient,
    *,
    body: Sequence[ChallengeCheckPointDto | Mapping[str, Any]],
    options: CallOptions | None = None,
) -> APIResponse[AddCheckpointToChallengeAssignmentResult]:
    """Add challenge check points (the full response)."""
    return await client.request(
        OPERATION,
        _get_kwargs(
            body=body,
        ),
        _parse,
        options,
    )


async def asyncio(
    client: AsyncAPIClient,
    *,
    body: Sequence[ChallengeCheckPointDto | Mapping[str, Any]],
    options: CallOptions | None = None,
) -> AddCheckpointToChallengeAssignmentResult:
    """Add challenge check points"""
    return (await asyncio_detailed(client, body=body, options=options)).parsed
