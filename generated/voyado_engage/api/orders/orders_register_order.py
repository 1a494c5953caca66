# Generated from generator/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Trigger order automations (order, delivery or return confirmation)

POST /api/v2/orders
"""

from collections.abc import Mapping
from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import APIResponse, AsyncAPIClient, Operation, SyncAPIClient, decode_body, status_code_body
from ..._options import CallOptions
from ..._retry import RetryPolicy
from ...models.order import Order
from ...models.status_code_result import StatusCodeResult

OPERATION = Operation(
    operation_id="Orders_RegisterOrder",
    method="POST",
    path="/api/v2/orders",
    retry_policy=RetryPolicy.NOT_PROCESSED_ONLY,
    body_schema="Order",
    idempotency_header=None,
)


def _get_kwargs(
    *,
    body: Order | Mapping[str, Any],
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": OPERATION.path,
    }
    _kwargs["json"] = _m.to_body(_m.model_of(Order), body)
    return _kwargs


def _parse(response: httpx.Response) -> StatusCodeResult:
    return _m.read_response(_m.model_of(StatusCodeResult), decode_body(response, empty=status_code_body))


def sync_detailed(
    client: SyncAPIClient,
    *,
    body: Order | Mapping[str, Any],
    options: CallOptions | None = None,
) -> APIResponse[StatusCodeResult]:
    """Trigger order automations (order, delivery or return confirmation) (the full response)."""
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
    body: Order | Mapping[str, Any],
    options: CallOptions | None = None,
) -> StatusCodeResult:
    """Trigger order automations (order, delivery or return confirmation)"""
    return sync_detailed(client, body=body, options=options).parsed


async def asyncio_detailed(
    client: AsyncAPIClient,
    *,
    body: Order | Mapping[str, Any],
    options: CallOptions | None = None,
) -> APIResponse[StatusCodeResult]:
    """Trigger order automations (order, delivery or return confirmation) (the full response)."""
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
    body: Order | Mapping[str, Any],
    options: CallOptions | None = None,
) -> StatusCodeResult:
    """Trigger order automations (order, delivery or return confirmation)"""
    return (await asyncio_detailed(client, body=body, options=options)).parsed
