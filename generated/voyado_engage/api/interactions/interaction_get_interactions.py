# Generated from generator/render/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Get interactions

GET /api/v2/interactions
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import Operation, decode_body
from ..._retry import RetryPolicy
from ...models.interaction_page import InteractionPage
from ...types import UNSET, Unset


def _get_kwargs(*, contact_id: str, schema_id: str, continuation: str | Unset = UNSET) -> dict[str, Any]:
    params = _m.to_parameters(
        {
            "contactId": (_m.string, contact_id),
            "schemaId": (_m.string, schema_id),
            "continuation": (_m.string, continuation),
        },
        subject="query parameters",
    )

    _kwargs: dict[str, Any] = {"params": params}
    return _kwargs


def _parse(response: httpx.Response) -> InteractionPage:
    return _m.read_response(_m.model_of(InteractionPage), decode_body(response))


OPERATION = Operation(
    operation_id="Interaction_GetInteractions",
    method="GET",
    path="/api/v2/interactions",
    retry_policy=RetryPolicy.IDEMPOTENT,
    parse=_parse,
    name="interactions.list",
)
