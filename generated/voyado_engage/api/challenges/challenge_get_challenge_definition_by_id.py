# Generated from generator/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Get challenge definition by id

GET /api/v2/challenges/definitions/{id}
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import APIResponse, AsyncAPIClient, Operation, SyncAPIClient, decode_body
from ..._options import CallOptions
from ..._retry import RetryPolicy
from ...models.challenge_definition_model import ChallengeDefinitionModel

OPERATION = Operation(
    operation_id="Challenge_GetChallengeDefinitionById",
    method="GET",
    path="/api/v2/challenges/definitions/{id}",
    retry_policy=RetryPolicy.IDEMPOTENT,
    body_schema=None,
    idempotency_header=None,
)


def _get_kwargs(
    id: str,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": OPERATION.path,
        "path_params": {
            "id": id,
        },
    }
    return _kwargs


def _parse(response: httpx.Response) -> ChallengeDefinitionModel:
    return _m.read_response(_m.model_of(ChallengeDefinitionModel), decode_body(response))


def sync_detailed(
    client: SyncAPIClient,
    id: str,
    *,
    options: CallOptions | None = None,
) -> APIResponse[ChallengeDefinitionModel]:
    """Get challenge definition by id (the full response)."""
    return client.request(
        OPERATION,
        _get_kwargs(
            id,
        ),
        _parse,
        options,
    )


def sync(
    client: SyncAPIClient,
    id: str,
    *,
    options: CallOptions | None = None,
) -> ChallengeDefinitionModel:
    """Get challenge definition by id"""
    return sync_detailed(client, id, options=options).parsed


async def asyncio_detailed(
    client: AsyncAPIClient,
    id: str,
    *,
    options: CallOptions | None = None,
) -> APIResponse[ChallengeDefinitionModel]:
    """Get challenge definition by id (the full response)."""
    return await client.request(
        OPERATION,
        _get_kwargs(
            id,
        ),
        _parse,
        options,
    )


async def asyncio(
    client: AsyncAPIClient,
    id: str,
    *,
    options: CallOptions | None = None,
) -> ChallengeDefinitionModel:
    """Get challenge definition by id"""
    return (await asyncio_detailed(client, id, options=options)).parsed
