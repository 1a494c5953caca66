# Generated from generator/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Point definition

GET /api/v2/point-accounts/definitions/{id}
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import APIResponse, AsyncAPIClient, Operation, SyncAPIClient, decode_body
from ..._options import CallOptions
from ..._retry import RetryPolicy
from ...models.point_definition_model import PointDefinitionModel

OPERATION = Operation(
    operation_id="PointAccount_PointDefinition",
    method="GET",
    path="/api/v2/point-accounts/definitions/{id}",
    retry_policy=RetryPolicy.IDEMPOTENT,
    body_schema=None,
    idempotency_header=None,
)


def _get_kwargs(
    id: int,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": OPERATION.path,
        "path_params": {
            "id": id,
        },
    }
    return _kwargs


def _parse(response: httpx.Response) -> PointDefinitionModel:
    return _m.read_response(_m.model_of(PointDefinitionModel), decode_body(response))


def sync_detailed(
    client: SyncAPIClient,
    id: int,
    *,
    options: CallOptions | None = None,
) -> APIResponse[PointDefinitionModel]:
    """Point definition (the full response)."""
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
    id: int,
    *,
    options: CallOptions | None = None,
) -> PointDefinitionModel:
    """Point definition"""
    return sync_detailed(client, id, options=options).parsed


async def asyncio_detailed(
    client: AsyncAPIClient,
    id: int,
    *,
    options: CallOptions | None = None,
) -> APIResponse[PointDefinitionModel]:
    """Point definition (the full response)."""
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
    id: int,
    *,
    options: CallOptions | None = None,
) -> PointDefinitionModel:
    """Point definition"""
    return (await asyncio_detailed(client, id, options=options)).parsed
