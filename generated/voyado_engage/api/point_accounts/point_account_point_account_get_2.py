# Generated from generator/render/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""List a contact's point accounts

GET /api/v2/point-accounts
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import Operation, decode_body
from ..._retry import RetryPolicy
from ...models.point_account_models_result import PointAccountModelsResult
from ...types import UNSET, Unset


def _get_kwargs(*, contact_id: str, offset: int | Unset = UNSET, count: int | Unset = UNSET) -> dict[str, Any]:
    params = _m.to_parameters(
        {"contactId": (_m.string, contact_id), "offset": (_m.integer, offset), "count": (_m.integer, count)},
        subject="query parameters",
    )

    _kwargs: dict[str, Any] = {"params": params}
    return _kwargs


def _parse(response: httpx.Response) -> PointAccountModelsResult:
    return _m.read_response(_m.model_of(PointAccountModelsResult), decode_body(response))


OPERATION = Operation(
    operation_id="PointAccount_PointAccountGet2",
    method="GET",
    path="/api/v2/point-accounts",
    retry_policy=RetryPolicy.IDEMPOTENT,
    parse=_parse,
    name="point_accounts.list",
)
