# Generated from generator/render/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Get bulk status

GET /api/v2/contacts/bulk/status
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import Operation, decode_body, empty_object_body
from ..._retry import RetryPolicy
from ...models.bulk_status import BulkStatus


def _get_kwargs(*, batch_id: str) -> dict[str, Any]:
    params = _m.to_parameters({"batchId": (_m.string, batch_id)}, subject="query parameters")

    _kwargs: dict[str, Any] = {"params": params}
    return _kwargs


def _parse(response: httpx.Response) -> BulkStatus:
    return _m.read_response(_m.model_of(BulkStatus), decode_body(response, empty=empty_object_body))


OPERATION = Operation(
    operation_id="ContactBulk_GetBulkStatus",
    method="GET",
    path="/api/v2/contacts/bulk/status",
    retry_policy=RetryPolicy.IDEMPOTENT,
    parse=_parse,
    name="contacts.get_bulk_status",
)
