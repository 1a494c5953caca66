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
from ...models.custom_triggers_trigger_by_social_security_number_body import (
    CustomTriggersTriggerBySocialSecurityNumberBody,
)
from ...models.custom_triggers_trigger_by_social_security_number_response_200 import (
    CustomTriggersTriggerBySocialSecurityNumberResponse200,
)


def _get_kwargs(
    trigger_id: str, ssn: str, *, request_body: CustomTriggersTriggerBySocialSecurityNumberBody | Mapping[str, Any]
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {"path_params": {"trigger_id": trigger_id, "ssn": ssn}}
    _kwargs["json"] = _m.to_body(_m.model_of(CustomTriggersTriggerBySocialSecurityNumberBody), request_body)
    return _kwargs


def _parse(response: httpx.Response) -> CustomTriggersTriggerBySocialSecurityNumberResponse200:
    return _m.read_response(
        _m.model_of(CustomTriggersTriggerBySocialSecurityNumberResponse200),
        decode_body(response, empty=empty_object_body),
    )


OPERATION = Operation(
    operation_id="CustomTriggers_TriggerBySocialSecurityNumber",
    method="POST",
    path="/api/v2/automation/customTriggers/{trigger_id}/triggerBySocialSecurityNumber/{ssn}",
    retry_policy=RetryPolicy.NOT_PROCESSED_ONLY,
    parse=_parse,
)
