# Generated from generator/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Point definitions

GET /api/v2/point-accounts/definitions
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import APIResponse, AsyncAPIClient, Operation, SyncAPIClient, decode_body
from ..._options import CallOptions
from ..._retry import RetryPolicy
from ...models.point_definition_model import PointDefinitionModel
from ...types import UNSET, Unset

OPERATION = Operation(
    operation_id="PointAccount_PointDefinitions",
    method="GET",
    path="/api/v2/point-accounts/definitions",
    retry_policy=RetryPolicy.IDEMPOTENT,
    body_schema=None,
    idempotency_header=None,
)


def _get_kwargs(
    *,
    offset: int | Unset = UNSET,
    count: int | Unset = UNSET,
) -> dict[str, Any]:
    params = _m.to_parameters(
        {
            "offset": (_m.integer, offset),
            "count": (_m.integer, count),
        },
        subject="query parameters",
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": OPERATION.path,
        "params": params,
    }
    return _kwargs


def _parse(response: httpx.Response) -> list[PointDefinitionModel]:
    return _m.read_response(_m.list_of(_m.model_of(PointDefinitionModel)), decode_body(response))


def sync_detailed(
    client: SyncAPIClient,
    *,
    offset: int | Unset = UNSET,
    count: int | Unset = UNSET,
    options: CallOptions | None = None,
) -> APIResponse[list[PointDefinitionModel]]:
    """Point definitions (the full response)."""
    return client.request(
        OPERATION,
        _get_kwargs(
            offset=offset,
            count=count,
        ),
        _parse,
        options,
    )


def sync(
    client: SyncAPIClient,
    *,
    offset: int | Unset = UNSET,
    count: int | Unset = UNSET,
    options: CallOptions | None = None,
) -> list[PointDefinitionModel]:
    """Point definitions"""
    return sync_detailed(client, offset=offset, count=count, options=options).parsed


async def asyncio_detailed(
    client: AsyncAPIClient,
    *,
    offset: int | Unset = UNSET,
    count: int | Unset = UNSET,
    options: CallOptions | None = None,
) -> APIResponse[list[PointDefinitionModel]]:
    """Point definitions (the full response)."""
    return await client.request(
        OPERATION,
        _get_kwargs(
            offset=offset,
            count=count,
        ),
        _parse,
        options,
    )


async def asyncio(
    client: AsyncAPIClient,
    *,
    offset: int | Unset = UNSET,
    count: int | Unset = UNSET,
    options: CallOptions | None = None,
) -> list[PointDefinitionModel]:
    """Point definitions"""
    return (await asyncio_detailed(client, offset=offset, count=count, options=options)).parsed
