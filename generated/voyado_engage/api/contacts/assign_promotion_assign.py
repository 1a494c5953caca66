# Generated from generator/render/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Assign

POST /api/v2/contacts/{contact_id}/promotions/{promotion_id}/assign
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import Operation, decode_body, empty_object_body
from ..._retry import RetryPolicy
from ...models.promotion_assignment import PromotionAssignment


def _get_kwargs(contact_id: str, promotion_id: str) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {"path_params": {"contact_id": contact_id, "promotion_id": promotion_id}}
    return _kwargs


def _parse(response: httpx.Response) -> PromotionAssignment:
    return _m.read_response(_m.model_of(PromotionAssignment), decode_body(response, empty=empty_object_body))


OPERATION = Operation(
    operation_id="AssignPromotion_Assign",
    method="POST",
    path="/api/v2/contacts/{contact_id}/promotions/{promotion_id}/assign",
    retry_policy=RetryPolicy.NOT_PROCESSED_ONLY,
    parse=_parse,
    name="contacts.assign_promotion",
)
