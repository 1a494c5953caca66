# Generated from generator/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Promote to member

POST /api/v2/contacts/{contact_id}/promoteToMember
"""

from collections.abc import Mapping
from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import APIResponse, AsyncAPIClient, Operation, SyncAPIClient, decode_body
from ..._options import CallOptions
from ..._retry import RetryPolicy
from ...models.contacts_v_promote_to_member_body import ContactsVPromoteToMemberBody
from ...models.i_api_contact import IApiContact
from ...types import UNSET, Unset

OPERATION = Operation(
    operation_id="ContactsV_PromoteToMember",
    method="POST",
    path="/api/v2/contacts/{contact_id}/promoteToMember",
    retry_policy=RetryPolicy.NOT_PROCESSED_ONLY,
    body_schema=None,
    idempotency_header=None,
)


def _get_kwargs(
    contact_id: str,
    *,
    body: ContactsVPromoteToMemberBody | Mapping[str, Any],
    source: str | Unset = UNSET,
) -> dict[str, Any]:
    headers = _m.to_parameters(
        {
            "source": (_m.string, source),
        },
        subject="headers",
        as_text=True,
    )

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": OPERATION.path,
        "path_params": {
            "contact_id": contact_id,
        },
    }
    _kwargs["json"] = _m.to_body(_m.model_of(ContactsVPromoteToMemberBody), body)
    _kwargs["headers"] = headers
    return _kwargs


def _parse(response: httpx.Response) -> IApiContact:
    return _m.read_response(_m.model_of(IApiContact), decode_body(response))


def sync_detailed(
    client: SyncAPIClient,
    contact_id: str,
    *,
    body: ContactsVPromoteToMemberBody | Mapping[str, Any],
    source: str | Unset = UNSET,
    options: CallOptions | None = None,
) -> APIResponse[IApiContact]:
    """Promote to member (the full response)."""
    return client.request(
        OPERATION,
        _get_kwargs(
            contact_id,
            body=body,
            source=source,
        ),
        _parse,
        options,
    )


def sync(
    client: SyncAPIClient,
    contact_id: str,
    *,
    body: ContactsVPromoteToMemberBody | Mapping[str, Any],
    source: str | Unset = UNSET,
    options: CallOptions | None = None,
) -> IApiContact:
    """Promote to member"""
    return sync_detailed(client, contact_id, body=body, source=source, options=options).parsed


async def asyncio_detailed(
    client: AsyncAPIClient,
    contact_id: str,
    *,
    body: ContactsVPromoteToMemberBody | Mapping[str, Any],
    source: str | Unset = UNSET,
    options: CallOptions | None = None,
) -> APIResponse[IApiContact]:
    """Promote to member (the full response)."""
    return await client.request(
        OPERATION,
        _get_kwargs(
            contact_id,
            body=body,
            source=source,
        ),
        _parse,
        options,
    )


async def asyncio(
    client: AsyncAPIClient,
    contact_id: str,
    *,
    body: ContactsVPromoteToMemberBody | Mapping[str, Any],
    source: str | Unset = UNSET,
    options: CallOptions | None = None,
) -> IApiContact:
    """Promote to member"""
    return (await asyncio_detailed(client, contact_id, body=body, source=source, options=options)).parsed
