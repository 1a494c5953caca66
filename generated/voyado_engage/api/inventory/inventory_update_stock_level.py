# Generated from generator/render/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Update stock level

PUT /api/v2/inventory/stock-levels
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import Operation, decode_body, empty_object_body
from ..._retry import RetryPolicy
from ...models.stock_level_request import StockLevelRequest, StockLevelRequestParam
from ...models.stock_level_update import StockLevelUpdate


def _get_kwargs(*, request_body: StockLevelRequest | StockLevelRequestParam) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = _m.to_body(_m.model_of(StockLevelRequest), request_body)
    return _kwargs


def _parse(response: httpx.Response) -> StockLevelUpdate:
    return _m.read_response(_m.model_of(StockLevelUpdate), decode_body(response, empty=empty_object_body))


OPERATION = Operation(
    operation_id="Inventory_UpdateStockLevel",
    method="PUT",
    path="/api/v2/inventory/stock-levels",
    retry_policy=RetryPolicy.IDEMPOTENT,
    parse=_parse,
    name="inventory.update_stock_level",
)
