# Generated from generator/render/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Update store

POST /api/v2/stores/{external_id}
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import Operation, decode_body
from ..._retry import RetryPolicy
from ...models.api_store import ApiStore, ApiStoreParam


def _get_kwargs(external_id: str, *, request_body: ApiStore | ApiStoreParam) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {"path_params": {"external_id": external_id}}
    _kwargs["json"] = _m.to_body(_m.model_of(ApiStore), request_body)
    return _kwargs


def _parse(response: httpx.Response) -> ApiStore:
    return _m.read_response(_m.model_of(ApiStore), decode_body(response))


OPERATION = Operation(
    operation_id="StoresV_UpdateStore",
    method="POST",
    path="/api/v2/stores/{external_id}",
    retry_policy=RetryPolicy.NOT_PROCESSED_ONLY,
    parse=_parse,
    name="stores.update",
)
