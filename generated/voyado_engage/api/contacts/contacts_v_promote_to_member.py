# Generated from generator/render/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Promote to member

POST /api/v2/contacts/{contact_id}/promoteToMember
"""

from collections.abc import Mapping
from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import Operation, decode_body
from ..._retry import RetryPolicy
from ...models.i_api_contact import IApiContact
from ...models.member_attributes import MemberAttributes
from ...types import UNSET, Unset


def _get_kwargs(
    contact_id: str, *, request_body: MemberAttributes | Mapping[str, Any], source: str | Unset = UNSET
) -> dict[str, Any]:
    headers = _m.to_parameters({"source": (_m.string, source)}, subject="headers", as_text=True)

    _kwargs: dict[str, Any] = {"path_params": {"contact_id": contact_id}}
    _kwargs["json"] = _m.to_body(_m.model_of(MemberAttributes), request_body)
    _kwargs["headers"] = headers
    return _kwargs


def _parse(response: httpx.Response) -> IApiContact:
    return _m.read_response(_m.model_of(IApiContact), decode_body(response))


OPERATION = Operation(
    operation_id="ContactsV_PromoteToMember",
    method="POST",
    path="/api/v2/contacts/{contact_id}/promoteToMember",
    retry_policy=RetryPolicy.NOT_PROCESSED_ONLY,
    parse=_parse,
    name="contacts.promote_to_member",
)
