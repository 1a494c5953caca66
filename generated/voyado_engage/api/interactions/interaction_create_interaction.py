# Generated from generator/render/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Create interaction

POST /api/v2/interactions
"""

from collections.abc import Mapping
from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import Operation, decode_body
from ..._retry import RetryPolicy
from ...models.interaction_create_response import InteractionCreateResponse
from ...models.new_interaction import NewInteraction


def _get_kwargs(*, request_body: NewInteraction | Mapping[str, Any]) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = _m.to_body(_m.model_of(NewInteraction), request_body)
    return _kwargs


def _parse(response: httpx.Response) -> InteractionCreateResponse:
    return _m.read_response(_m.model_of(InteractionCreateResponse), decode_body(response))


OPERATION = Operation(
    operation_id="Interaction_CreateInteraction",
    method="POST",
    path="/api/v2/interactions",
    retry_policy=RetryPolicy.NOT_PROCESSED_ONLY,
    parse=_parse,
    name="interactions.create",
)
