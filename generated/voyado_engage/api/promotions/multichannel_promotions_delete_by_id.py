# Generated from generator/render/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Delete by id

DELETE /api/v2/promotions/multichannels/{id}
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import Operation, decode_body, status_code_body
from ..._retry import RetryPolicy
from ...models.status_code_result import StatusCodeResult


def _get_kwargs(id: str) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {"path_params": {"id": id}}
    return _kwargs


def _parse(response: httpx.Response) -> StatusCodeResult:
    return _m.read_response(_m.model_of(StatusCodeResult), decode_body(response, empty=status_code_body))


OPERATION = Operation(
    operation_id="MultichannelPromotions_DeleteById",
    method="DELETE",
    path="/api/v2/promotions/multichannels/{id}",
    retry_policy=RetryPolicy.IDEMPOTENT,
    parse=_parse,
    name="promotions.delete",
)
