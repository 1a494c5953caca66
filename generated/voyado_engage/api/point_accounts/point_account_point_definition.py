# Generated from generator/render/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Point definition

GET /api/v2/point-accounts/definitions/{id}
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import Operation, decode_body
from ..._retry import RetryPolicy
from ...models.point_definition_model import PointDefinitionModel


def _get_kwargs(id: int) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {"path_params": {"id": id}}
    return _kwargs


def _parse(response: httpx.Response) -> PointDefinitionModel:
    return _m.read_response(_m.model_of(PointDefinitionModel), decode_body(response))


OPERATION = Operation(
    operation_id="PointAccount_PointDefinition",
    method="GET",
    path="/api/v2/point-accounts/definitions/{id}",
    retry_policy=RetryPolicy.IDEMPOTENT,
    parse=_parse,
    name="point_accounts.get_definition",
)
