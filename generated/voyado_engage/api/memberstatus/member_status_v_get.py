# Generated from generator/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Get

GET /api/v2/memberstatus
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import APIResponse, AsyncAPIClient, Operation, SyncAPIClient, decode_body
from ..._options import CallOptions
from ..._retry import RetryPolicy
from ...models.member_status_model import MemberStatusModel

OPERATION = Operation(
    operation_id="MemberStatusV_Get",
    method="GET",
    path="/api/v2/memberstatus",
    retry_policy=RetryPolicy.IDEMPOTENT,
    body_schema=None,
    idempotency_header=None,
)


def _get_kwargs(
    *,
    query: str,
) -> dict[str, Any]:
    params = _m.to_parameters(
        {
            "query": (_m.string, query),
        },
        subject="query parameters",
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": OPERATION.path,
        "params": params,
    }
    return _kwargs


def _parse(response: httpx.Response) -> MemberStatusModel:
    return _m.read_response(_m.model_of(MemberStatusModel), decode_body(response))


def sync_detailed(
    client: SyncAPIClient,
    *,
    query: str,
    options: CallOptions | None = None,
) -> APIResponse[MemberStatusModel]:
    """Get (the full response)."""
    return client.request(
        OPERATION,
        _get_kwargs(
            query=query,
        ),
        _parse,
        options,
    )


def sync(
    client: SyncAPIClient,
    *,
    query: str,
    options: CallOptions | None = None,
) -> MemberStatusModel:
    """Get"""
    return sync_detailed(client, query=query, options=options).parsed


async def asyncio_detailed(
    client: AsyncAPIClient,
    *,
    query: str,
    options: CallOptions | None = None,
) -> APIResponse[MemberStatusModel]:
    """Get (the full response)."""
    return await client.request(
        OPERATION,
        _get_kwargs(
            query=query,
        ),
        _parse,
        options,
    )


async def asyncio(
    client: AsyncAPIClient,
    *,
    query: str,
    options: CallOptions | None = None,
) -> MemberStatusModel:
    """Get"""
    return (await asyncio_detailed(client, query=query, options=options)).parsed
