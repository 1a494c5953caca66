# Generated from generator/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Update stock levels

PUT /api/v2/inventory/stock-levels/batch
"""

from collections.abc import Mapping, Sequence
from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import APIResponse, AsyncAPIClient, Operation, SyncAPIClient, decode_body, empty_object_body
from ..._options import CallOptions
from ..._retry import RetryPolicy
from ...models.inventory_update_stock_levels_response_200 import InventoryUpdateStockLevelsResponse200
from ...models.stock_level_request import StockLevelRequest

OPERATION = Operation(
    operation_id="Inventory_UpdateStockLevels",
    method="PUT",
    path="/api/v2/inventory/stock-levels/batch",
    retry_policy=RetryPolicy.IDEMPOTENT,
    body_schema=None,
    idempotency_header=None,
)


def _get_kwargs(
    *,
    body: Sequence[StockLevelRequest | Mapping[str, Any]],
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": OPERATION.path,
    }
    _kwargs["json"] = _m.to_body(_m.list_of(_m.model_of(StockLevelRequest)), body)
    return _kwargs


def _parse(response: httpx.Response) -> InventoryUpdateStockLevelsResponse200:
    return _m.read_response(
        _m.model_of(InventoryUpdateStockLevelsResponse200), decode_body(response, empty=empty_object_body)
    )


def sync_detailed(
    client: SyncAPIClient,
    *,
    body: Sequence[StockLevelRequest | Mapping[str, Any]],
    options: CallOptions | None = None,
) -> APIResponse[InventoryUpdateStockLevelsResponse200]:
    """Update stock levels (the full response)."""
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
    body: Sequence[StockLevelRequest | Mapping[str, Any]],
    options: CallOptions | None = None,
) -> InventoryUpdateStockLevelsResponse200:
    """Update stock levels"""
    return sync_detailed(client, body=body, options=options).parsed


async def asyncio_detailed(
    client: AsyncAPIClient,
    *,
    body: Sequence[StockLevelRequest | Mapping[str, Any]],
    options: CallOptions | None = None,
) -> APIResponse[InventoryUpdateStockLevelsResponse200]:
    """Update stock levels (the full response)."""
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
    body: Sequence[StockLevelRequest | Mapping[str, Any]],
    options: CallOptions | None = None,
) -> InventoryUpdateStockLevelsResponse200:
    """Update stock levels"""
    return (await asyncio_detailed(client, body=body, options=options)).parsed
