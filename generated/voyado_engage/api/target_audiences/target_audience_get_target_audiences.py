# Generated from generator/render/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Get target audiences

GET /api/v2/target-audiences
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import Operation, decode_body
from ..._retry import RetryPolicy
from ...models.id_name import IdName


def _get_kwargs() -> dict[str, Any]:
    _kwargs: dict[str, Any] = {}
    return _kwargs


def _parse(response: httpx.Response) -> list[IdName]:
    return _m.read_response(_m.list_of(_m.model_of(IdName)), decode_body(response))


OPERATION = Operation(
    operation_id="TargetAudience_GetTargetAudiences",
    method="GET",
    path="/api/v2/target-audiences",
    retry_policy=RetryPolicy.IDEMPOTENT,
    parse=_parse,
    name="target_audiences.list",
)
