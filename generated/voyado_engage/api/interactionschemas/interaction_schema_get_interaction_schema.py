# Generated from generator/render/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Get interaction schema

GET /api/v2/interactionschemas/{interaction_schema_id}
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import Operation, decode_body
from ..._retry import RetryPolicy
from ...models.interaction_schema_model import InteractionSchemaModel


def _get_kwargs(interaction_schema_id: str) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {"path_params": {"interaction_schema_id": interaction_schema_id}}
    return _kwargs


def _parse(response: httpx.Response) -> InteractionSchemaModel:
    return _m.read_response(_m.model_of(InteractionSchemaModel), decode_body(response))


OPERATION = Operation(
    operation_id="InteractionSchema_GetInteractionSchema",
    method="GET",
    path="/api/v2/interactionschemas/{interaction_schema_id}",
    retry_policy=RetryPolicy.IDEMPOTENT,
    parse=_parse,
    name="interactionschemas.get",
)
