# Generated from generator/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Get contact by type and key value async

GET /api/v2/contacts/{contact_type}/bykey
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import APIResponse, AsyncAPIClient, Operation, SyncAPIClient, decode_body
from ..._options import CallOptions
from ..._retry import RetryPolicy
from ...models.i_api_contact import IApiContact

OPERATION = Operation(
    operation_id="ContactsV_GetContactByTypeAndKeyValueAsync",
    method="GET",
    path="/api/v2/contacts/{contact_type}/bykey",
    retry_policy=RetryPolicy.IDEMPOTENT,
    body_schema=None,
    idempotency_header=None,
)


def _get_kwargs(
    contact_type: str,
    *,
    key_value: str,
) -> dict[str, Any]:
    params = _m.to_parameters(
        {
            "keyValue": (_m.string, key_value),
        },
        subject="query parameters",
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": OPERATION.path,
        "path_params": {
            "contact_type": contact_type,
        },
        "params": params,
    }
    return _kwargs


def _parse(response: httpx.Response) -> IApiContact:
    return _m.read_response(_m.model_of(IApiContact), decode_body(response))


def sync_detailed(
    client: SyncAPIClient,
    contact_type: str,
    *,
    key_value: str,
    options: CallOptions | None = None,
) -> APIResponse[IApiContact]:
    """Get contact by type and key value async (the full response)."""
    return client.request(
        OPERATION,
        _get_kwargs(
            contact_type,
            key_value=key_value,
        ),
        _parse,
        options,
    )


def sync(
    client: SyncAPIClient,
    contact_type: str,
    *,
    key_value: str,
    options: CallOptions | None = None,
) -> IApiContact:
    """Get contact by type and key value async"""
    return sync_detailed(client, contact_type, key_value=key_value, options=options).parsed


async def asyncio_detailed(
    client: AsyncAPIClient,
    contact_type: str,
    *,
    key_value: str,
    options: CallOptions | None = None,
) -> APIResponse[IApiContact]:
    """Get contact by type and key value async (the full response)."""
    return await client.request(
        OPERATION,
        _get_kwargs(
            contact_type,
            key_value=key_value,
        ),
        _parse,
        options,
    )


async def asyncio(
    client: AsyncAPIClient,
    contact_type: str,
    *,
    key_value: str,
    options: CallOptions | None = None,
) -> IApiContact:
    """Get contact by type and key value async"""
    return (await asyncio_detailed(client, contact_type, key_value=key_value, options=options)).parsed
