# Generated from generator/render/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Get stores

GET /api/v2/stores
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import Operation, decode_body
from ..._retry import RetryPolicy
from ...models.api_store import ApiStore
from ...types import UNSET, Unset


def _get_kwargs(*, include_inactive: bool | Unset = UNSET) -> dict[str, Any]:
    params = _m.to_parameters({"includeInactive": (_m.boolean, include_inactive)}, subject="query parameters")

    _kwargs: dict[str, Any] = {"params": params}
    return _kwargs


def _parse(response: httpx.Response) -> list[ApiStore]:
    return _m.read_response(_m.list_of(_m.model_of(ApiStore)), decode_body(response))


OPERATION = Operation(
    operation_id="StoresV_GetStores",
    method="GET",
    path="/api/v2/stores",
    retry_policy=RetryPolicy.IDEMPOTENT,
    parse=_parse,
    name="stores.list",
)
