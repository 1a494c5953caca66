# Generated from generator/render/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Get consents

GET /api/v2/consents
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import Operation, decode_body
from ..._retry import RetryPolicy
from ...models.api_consent_definition import ApiConsentDefinition


def _get_kwargs() -> dict[str, Any]:
    _kwargs: dict[str, Any] = {}
    return _kwargs


def _parse(response: httpx.Response) -> list[ApiConsentDefinition]:
    return _m.read_response(_m.list_of(_m.model_of(ApiConsentDefinition)), decode_body(response))


OPERATION = Operation(
    operation_id="Consents_GetConsents",
    method="GET",
    path="/api/v2/consents",
    retry_policy=RetryPolicy.IDEMPOTENT,
    parse=_parse,
    name="consents.list",
)
