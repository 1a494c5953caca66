# Generated from generator/render/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Get store

GET /api/v2/stores/{external_id}
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import Operation, decode_body
from ..._retry import RetryPolicy
from ...models.api_store import ApiStore
from ...types import UNSET, Unset


def _get_kwargs(external_id: str, *, include_inactive: bool | Unset = UNSET) -> dict[str, Any]:
    params = _m.to_parameters({"includeInactive": (_m.boolean, include_inactive)}, subject="query parameters")

    _kwargs: dict[str, Any] = {"path_params": {"external_id": external_id}, "params": params}
    return _kwargs


def _parse(response: httpx.Response) -> ApiStore:
    return _m.read_response(_m.model_of(ApiStore), decode_body(response))


OPERATION = Operation(
    operation_id="StoresV_GetStore",
    method="GET",
    path="/api/v2/stores/{external_id}",
    retry_policy=RetryPolicy.IDEMPOTENT,
    parse=_parse,
    name="stores.get",
)
