# Generated from generator/render/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Get a member's status

GET /api/v2/memberstatus
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import Operation, decode_body
from ..._retry import RetryPolicy
from ...models.member_status_model import MemberStatusModel


def _get_kwargs(*, query: str) -> dict[str, Any]:
    params = _m.to_parameters({"query": (_m.string, query)}, subject="query parameters")

    _kwargs: dict[str, Any] = {"params": params}
    return _kwargs


def _parse(response: httpx.Response) -> MemberStatusModel:
    return _m.read_response(_m.model_of(MemberStatusModel), decode_body(response))


OPERATION = Operation(
    operation_id="MemberStatusV_Get",
    method="GET",
    path="/api/v2/memberstatus",
    retry_policy=RetryPolicy.IDEMPOTENT,
    parse=_parse,
    name="memberstatus.get",
)
