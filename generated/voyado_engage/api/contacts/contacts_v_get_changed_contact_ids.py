# Generated from generator/render/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Get changed contact ids

GET /api/v2/contacts/changes
"""

import datetime
from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import Operation, decode_body
from ..._retry import RetryPolicy
from ...models.change_type import ChangeType
from ...types import UNSET, Unset


def _get_kwargs(
    *, change_type: ChangeType, from_date: datetime.datetime, to_date: datetime.datetime | Unset = UNSET
) -> dict[str, Any]:
    params = _m.to_parameters(
        {
            "changeType": (_m.enum_of(ChangeType), change_type),
            "fromDate": (_m.date_time, from_date),
            "toDate": (_m.date_time, to_date),
        },
        subject="query parameters",
    )

    _kwargs: dict[str, Any] = {"params": params}
    return _kwargs


def _parse(response: httpx.Response) -> list[str]:
    return _m.read_response(_m.list_of(_m.string), decode_body(response))


OPERATION = Operation(
    operation_id="ContactsV_GetChangedContactIds",
    method="GET",
    path="/api/v2/contacts/changes",
    retry_policy=RetryPolicy.IDEMPOTENT,
    parse=_parse,
    name="contacts.list_changed_ids",
)
