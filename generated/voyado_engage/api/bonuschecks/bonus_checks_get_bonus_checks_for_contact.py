# Generated from generator/render/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Get bonus checks for contact

GET /api/v2/contacts/{contact_id}/bonuschecks
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import Operation, decode_body
from ..._retry import RetryPolicy
from ...models.paged_result_of_all_bonus_check_model import PagedResultOfAllBonusCheckModel
from ...types import UNSET, Unset


def _get_kwargs(contact_id: str, *, offset: int | Unset = UNSET, count: int | Unset = UNSET) -> dict[str, Any]:
    params = _m.to_parameters(
        {"offset": (_m.integer, offset), "count": (_m.integer, count)}, subject="query parameters"
    )

    _kwargs: dict[str, Any] = {"path_params": {"contact_id": contact_id}, "params": params}
    return _kwargs


def _parse(response: httpx.Response) -> PagedResultOfAllBonusCheckModel:
    return _m.read_response(_m.model_of(PagedResultOfAllBonusCheckModel), decode_body(response))


OPERATION = Operation(
    operation_id="BonusChecks_GetBonusChecksForContact",
    method="GET",
    path="/api/v2/contacts/{contact_id}/bonuschecks",
    retry_policy=RetryPolicy.IDEMPOTENT,
    parse=_parse,
    name="bonuschecks.list_for_contact",
)
