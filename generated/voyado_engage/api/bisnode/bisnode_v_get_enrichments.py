# Generated from generator/render/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Get enrichments

GET /api/v2/bisnode/{contact_id}/enrichments
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import Operation, decode_body
from ..._retry import RetryPolicy
from ...models.enrichment_variable_group import EnrichmentVariableGroup


def _get_kwargs(contact_id: str) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {"path_params": {"contact_id": contact_id}}
    return _kwargs


def _parse(response: httpx.Response) -> list[EnrichmentVariableGroup]:
    return _m.read_response(_m.list_of(_m.model_of(EnrichmentVariableGroup)), decode_body(response))


OPERATION = Operation(
    operation_id="BisnodeV_GetEnrichments",
    method="GET",
    path="/api/v2/bisnode/{contact_id}/enrichments",
    retry_policy=RetryPolicy.IDEMPOTENT,
    parse=_parse,
    name="bisnode.get_enrichments",
)
