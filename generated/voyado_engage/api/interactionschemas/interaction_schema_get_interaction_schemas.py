# Generated from generator/render/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Get interaction schemas

GET /api/v2/interactionschemas
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import Operation, decode_body
from ..._retry import RetryPolicy
from ...models.interaction_schema_without_json_model import InteractionSchemaWithoutJsonModel


def _get_kwargs() -> dict[str, Any]:
    _kwargs: dict[str, Any] = {}
    return _kwargs


def _parse(response: httpx.Response) -> list[InteractionSchemaWithoutJsonModel]:
    return _m.read_response(_m.list_of(_m.model_of(InteractionSchemaWithoutJsonModel)), decode_body(response))


OPERATION = Operation(
    operation_id="InteractionSchema_GetInteractionSchemas",
    method="GET",
    path="/api/v2/interactionschemas",
    retry_policy=RetryPolicy.IDEMPOTENT,
    parse=_parse,
    name="interactionschemas.list",
)
