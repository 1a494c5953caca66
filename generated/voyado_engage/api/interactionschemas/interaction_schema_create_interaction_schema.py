# Generated from generator/render/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Create interaction schema

POST /api/v2/interactionschemas
"""

from collections.abc import Mapping
from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import Operation, decode_body
from ..._retry import RetryPolicy
from ...models.interaction_schema_response import InteractionSchemaResponse
from ...models.new_interaction_schema import NewInteractionSchema


def _get_kwargs(*, request_body: NewInteractionSchema | Mapping[str, Any]) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = _m.to_body(_m.model_of(NewInteractionSchema), request_body)
    return _kwargs


def _parse(response: httpx.Response) -> InteractionSchemaResponse:
    return _m.read_response(_m.model_of(InteractionSchemaResponse), decode_body(response))


OPERATION = Operation(
    operation_id="InteractionSchema_CreateInteractionSchema",
    method="POST",
    path="/api/v2/interactionschemas",
    retry_policy=RetryPolicy.NOT_PROCESSED_ONLY,
    parse=_parse,
    name="interactionschemas.create",
)
