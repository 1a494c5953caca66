# Generated from generator/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Update contact post

POST /api/v2/contacts/{contact_id}
"""

from collections.abc import Mapping
from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import APIResponse, AsyncAPIClient, Operation, SyncAPIClient, decode_body
from ..._options import CallOptions
from ..._retry import RetryPolicy
from ...models.contacts_v_update_contact_post_body import ContactsVUpdateContactPostBody
from ...models.i_api_contact import IApiContact

OPERATION = Operation(
    operation_id="ContactsV_UpdateContactPost",
    method="POST",
    path="/api/v2/contacts/{contact_id}",
    retry_policy=RetryPolicy.NOT_PROCESSED_ONLY,
    body_schema=None,
    idempotency_header=None,
)


def _get_kwargs(
    contact_id: str,
    *,
    body: ContactsVUpdateContactPostBody | Mapping[str, Any],
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": OPERATION.path,
        "path_params": {
            "contact_id": contact_id,
        },
    }
    _kwargs["json"] = _m.to_body(_m.model_of(ContactsVUpdateContactPostBody), body)
    return _kwargs


def _parse(response: httpx.Response) -> IApiContact:
    return _m.read_response(_m.model_of(IApiContact), decode_body(response))


def sync_detailed(
    client: SyncAPIClient,
    contact_id: str,
    *,
    body: ContactsVUpdateContactPostBody | Mapping[str, Any],
    options: CallOptions | None = None,
) -> APIResponse[IApiContact]:
    """Update contact post (the full response)."""
    return client.request(
        OPERATION,
        _get_kwargs(
            contact_id,
            body=body,
        ),
        _parse,
        options,
    )


def sync(
    client: SyncAPIClient,
    contact_id: str,
    *,
    body: ContactsVUpdateContactPostBody | Mapping[str, Any],
    options: CallOptions | None = None,
) -> IApiContact:
    """Update contact post"""
    return sync_detailed(client, contact_id, body=body, options=options).parsed


async def asyncio_detailed(
    client: AsyncAPIClient,
    contact_id: str,
    *,
    body: ContactsVUpdateContactPostBody | Mapping[str, Any],
    options: CallOptions | None = None,
) -> APIResponse[IApiContact]:
    """Update contact post (the full response)."""
    return await client.request(
        OPERATION,
        _get_kwargs(
            contact_id,
            body=body,
        ),
        _parse,
        options,
    )


async def asyncio(
    client: AsyncAPIClient,
    contact_id: str,
    *,
    body: ContactsVUpdateContactPostBody | Mapping[str, Any],
    options: CallOptions | None = None,
) -> IApiContact:
    """Update contact post"""
    return (await asyncio_detailed(client, contact_id, body=body, options=options)).parsed
