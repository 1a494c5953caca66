# Generated from generator/render/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Count by contact type

GET /api/v2/contacts/{contact_type}/count
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import Operation, decode_body
from ..._retry import RetryPolicy


def _get_kwargs(contact_type: str) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {"path_params": {"contact_type": contact_type}}
    return _kwargs


def _parse(response: httpx.Response) -> int:
    return _m.read_response(_m.integer, decode_body(response))


OPERATION = Operation(
    operation_id="ContactsV_CountByContactType",
    method="GET",
    path="/api/v2/contacts/{contact_type}/count",
    retry_policy=RetryPolicy.IDEMPOTENT,
    parse=_parse,
    name="contacts.count_by_type",
)
