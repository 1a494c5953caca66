# Generated from generator/render/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Trigger by social security number

POST /api/v2/automation/customTriggers/{trigger_id}/triggerBySocialSecurityNumber/{ssn}
"""

from collections.abc import Mapping
from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import Operation, decode_body, empty_object_body
from ..._retry import RetryPolicy
from ...models.trigger_data import TriggerData
from ...models.trigger_result import TriggerResult


def _get_kwargs(trigger_id: str, ssn: str, *, request_body: TriggerData | Mapping[str, Any]) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {"path_params": {"trigger_id": trigger_id, "ssn": ssn}}
    _kwargs["json"] = _m.to_body(_m.model_of(TriggerData), request_body)
    return _kwargs


def _parse(response: httpx.Response) -> TriggerResult:
    return _m.read_response(_m.model_of(TriggerResult), decode_body(response, empty=empty_object_body))


OPERATION = Operation(
    operation_id="CustomTriggers_TriggerBySocialSecurityNumber",
    method="POST",
    path="/api/v2/automation/customTriggers/{trigger_id}/triggerBySocialSecurityNumber/{ssn}",
    retry_policy=RetryPolicy.NOT_PROCESSED_ONLY,
    parse=_parse,
    name="automation.trigger_by_social_security_number",
)
