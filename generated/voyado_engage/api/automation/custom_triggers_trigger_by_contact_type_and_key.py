# Generated from generator/render/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Trigger by contact type and key

POST /api/v2/automation/customTriggers/{trigger_id}/triggerByContactTypeAndKey/{contact_type}/{key_value}
"""

from collections.abc import Mapping
from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import Operation, decode_body, empty_object_body
from ..._retry import RetryPolicy
from ...models.trigger_data import TriggerData
from ...models.trigger_result import TriggerResult


def _get_kwargs(
    trigger_id: str, contact_type: str, key_value: str, *, request_body: TriggerData | Mapping[str, Any]
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "path_params": {"trigger_id": trigger_id, "contact_type": contact_type, "key_value": key_value}
    }
    _kwargs["json"] = _m.to_body(_m.model_of(TriggerData), request_body)
    return _kwargs


def _parse(response: httpx.Response) -> TriggerResult:
    return _m.read_response(_m.model_of(TriggerResult), decode_body(response, empty=empty_object_body))


OPERATION = Operation(
    operation_id="CustomTriggers_TriggerByContactTypeAndKey",
    method="POST",
    path="/api/v2/automation/customTriggers/{trigger_id}/triggerByContactTypeAndKey/{contact_type}/{key_value}",
    retry_policy=RetryPolicy.NOT_PROCESSED_ONLY,
    parse=_parse,
    name="automation.trigger_by_contact_type_and_key",
)
