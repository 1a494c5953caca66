# Generated from generator/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Delete by id

DELETE /api/v2/promotions/multichannels/{id}
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import APIResponse, AsyncAPIClient, Operation, SyncAPIClient, decode_body, status_code_body
from ..._options import CallOptions
from ..._retry import RetryPolicy
from ...models.status_code_result import StatusCodeResult

OPERATION = Operation(
    operation_id="MultichannelPromotions_DeleteById",
    method="DELETE",
    path="/api/v2/promotions/multichannels/{id}",
    retry_policy=RetryPolicy.IDEMPOTENT,
    body_schema=None,
    idempotency_header=None,
)


def _get_kwargs(
    id: str,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": OPERATION.path,
        "path_params": {
            "id": id,
        },
    }
    return _kwargs


def _parse(response: httpx.Response) -> StatusCodeResult:
    return _m.read_response(_m.model_of(StatusCodeResult), decode_body(response, empty=status_code_body))


def sync_detailed(
    client: SyncAPIClient,
    id: str,
    *,
    options: CallOptions | None = None,
) -> APIResponse[StatusCodeResult]:
    """Delete by id (the full response)."""
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
) -> StatusCodeResult:
    """Delete by id"""
    return sync_detailed(client, id, options=options).parsed


async def asyncio_detailed(
    client: AsyncAPIClient,
    id: str,
    *,
    options: CallOptions | None = None,
) -> APIResponse[StatusCodeResult]:
    """Delete by id (the full response)."""
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
) -> StatusCodeResult:
    """Delete by id"""
    return (await asyncio_detailed(client, id, options=options)).parsed
