# Generated from generator/render/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Delete interaction schema

DELETE /api/v2/interactionschemas/{interaction_schema_id}
"""

from typing import Any

import httpx

from ..._base_client import Operation
from ..._retry import RetryPolicy


def _get_kwargs(interaction_schema_id: str) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {"path_params": {"interaction_schema_id": interaction_schema_id}}
    return _kwargs


def _parse(response: httpx.Response) -> None:
    return None


OPERATION = Operation(
    operation_id="InteractionSchema_DeleteInteractionSchema",
    method="DELETE",
    path="/api/v2/interactionschemas/{interaction_schema_id}",
    retry_policy=RetryPolicy.IDEMPOTENT,
    parse=_parse,
    name="interactionschemas.delete",
)
