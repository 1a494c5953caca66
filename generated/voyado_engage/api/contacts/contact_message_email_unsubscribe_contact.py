# Generated from generator/render/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Email unsubscribe contact

POST /api/v2/contacts/{contact_id}/unsubscribeEmail
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import Operation
from ..._retry import RetryPolicy
from ...types import UNSET, Unset


def _get_kwargs(contact_id: str, *, message_id: str | Unset = UNSET) -> dict[str, Any]:
    params = _m.to_parameters({"messageId": (_m.string, message_id)}, subject="query parameters")

    _kwargs: dict[str, Any] = {"path_params": {"contact_id": contact_id}, "params": params}
    return _kwargs


def _parse(response: httpx.Response) -> None:
    return None


OPERATION = Operation(
    operation_id="ContactMessage_EmailUnsubscribeContact",
    method="POST",
    path="/api/v2/contacts/{contact_id}/unsubscribeEmail",
    retry_policy=RetryPolicy.NOT_PROCESSED_ONLY,
    parse=_parse,
    name="contacts.unsubscribe_email",
)
