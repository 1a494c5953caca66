# Generated from generator/render/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Get interaction

GET /api/v2/interactions/{interaction_id}
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import Operation, decode_body
from ..._retry import RetryPolicy
from ...models.interaction_model import InteractionModel


def _get_kwargs(interaction_id: str) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {"path_params": {"interaction_id": interaction_id}}
    return _kwargs


def _parse(response: httpx.Response) -> InteractionModel:
    return _m.read_response(_m.model_of(InteractionModel), decode_body(response))


OPERATION = Operation(
    operation_id="Interaction_GetInteraction",
    method="GET",
    path="/api/v2/interactions/{interaction_id}",
    retry_policy=RetryPolicy.IDEMPOTENT,
    parse=_parse,
    name="interactions.get",
)
