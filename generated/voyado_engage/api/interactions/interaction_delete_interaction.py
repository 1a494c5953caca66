# Generated from generator/render/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Delete interaction

DELETE /api/v2/interactions/{interaction_id}
"""

from typing import Any

import httpx

from ..._base_client import Operation
from ..._retry import RetryPolicy


def _get_kwargs(interaction_id: str) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {"path_params": {"interaction_id": interaction_id}}
    return _kwargs


def _parse(response: httpx.Response) -> None:
    return None


OPERATION = Operation(
    operation_id="Interaction_DeleteInteraction",
    method="DELETE",
    path="/api/v2/interactions/{interaction_id}",
    retry_policy=RetryPolicy.IDEMPOTENT,
    parse=_parse,
    name="interactions.delete",
)
