# Generated from generator/render/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Point definitions

GET /api/v2/point-accounts/definitions
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import Operation, decode_body
from ..._retry import RetryPolicy
from ...models.point_definition_model import PointDefinitionModel
from ...types import UNSET, Unset


def _get_kwargs(*, offset: int | Unset = UNSET, count: int | Unset = UNSET) -> dict[str, Any]:
    params = _m.to_parameters(
        {"offset": (_m.integer, offset), "count": (_m.integer, count)}, subject="query parameters"
    )

    _kwargs: dict[str, Any] = {"params": params}
    return _kwargs


def _parse(response: httpx.Response) -> list[PointDefinitionModel]:
    return _m.read_response(_m.list_of(_m.model_of(PointDefinitionModel)), decode_body(response))


OPERATION = Operation(
    operation_id="PointAccount_PointDefinitions",
    method="GET",
    path="/api/v2/point-accounts/definitions",
    retry_policy=RetryPolicy.IDEMPOTENT,
    parse=_parse,
    name="point_accounts.list_definitions",
)
