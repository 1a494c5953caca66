# Generated from generator/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Get contact by external id async

GET /api/v2/contacts/{contact_type}/byexternalid/{external_id}
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import APIResponse, AsyncAPIClient, Operation, SyncAPIClient, decode_body
from ..._options import CallOptions
from ..._retry import RetryPolicy
from ...models.i_api_contact import IApiContact

OPERATION = Operation(
    operation_id="ContactsV_GetContactByExternalIdAsync",
    method="GET",
    path="/api/v2/contacts/{contact_type}/byexternalid/{external_id}",
    retry_policy=RetryPolicy.IDEMPOTENT,
    body_schema=None,
    idempotency_header=None,
)


def _get_kwargs(
    contact_type: str,
    external_id: str,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": OPERATION.path,
        "path_params": {
            "contact_type": contact_type,
            "external_id": external_id,
        },
    }
    return _kwargs


def _parse(response: httpx.Response) -> IApiContact:
    return _m.read_response(_m.model_of(IApiContact), decode_body(response))


def sync_detailed(
    client: SyncAPIClient,
    contact_type: str,
    external_id: str,
    *,
    options: CallOptions | None = None,
) -> APIResponse[IApiContact]:
    """Get contact by external id async (the full response)."""
    return client.request(
        OPERATION,
        _get_kwargs(
            contact_type,
            external_id,
        ),
        _parse,
        options,
    )


def sync(
    client: SyncAPIClient,
    contact_type: str,
    external_id: str,
    *,
    options: CallOptions | None = None,
) -> IApiContact:
    """Get contact by external id async"""
    return sync_detailed(client, contact_type, external_id, options=options).parsed


async def asyncio_detailed(
    client: AsyncAPIClient,
    contact_type: str,
    external_id: str,
    *,
    options: CallOptions | None = None,
) -> APIResponse[IApiContact]:
    """Get contact by external id async (the full response)."""
    return await client.request(
        OPERATION,
        _get_kwargs(
            contact_type,
            external_id,
        ),
        _parse,
        options,
    )


async def asyncio(
    client: AsyncAPIClient,
    contact_type: str,
    external_id: str,
    *,
    options: CallOptions | None = None,
) -> IApiContact:
    """Get contact by external id async"""
    return (await asyncio_detailed(client, contact_type, external_id, options=options)).parsed
