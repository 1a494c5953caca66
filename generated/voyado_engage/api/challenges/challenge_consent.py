# Generated from generator/render/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Assign a contact to a challenge

POST /api/v2/challenges/definitions/{id}/assign
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import Operation, decode_body
from ..._retry import RetryPolicy


def _get_kwargs(id: str, *, contact_id: str) -> dict[str, Any]:
    params = _m.to_parameters({"contactId": (_m.string, contact_id)}, subject="query parameters")

    _kwargs: dict[str, Any] = {"path_params": {"id": id}, "params": params}
    return _kwargs


def _parse(response: httpx.Response) -> bool:
    return _m.read_response(_m.boolean, decode_body(response))


OPERATION = Operation(
    operation_id="Challenge_Consent",
    method="POST",
    path="/api/v2/challenges/definitions/{id}/assign",
    retry_policy=RetryPolicy.NOT_PROCESSED_ONLY,
    parse=_parse,
    name="challenges.assign",
)
