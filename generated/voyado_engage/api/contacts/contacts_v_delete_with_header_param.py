# Generated from generator/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Delete with header param

DELETE /api/v2/contacts/{contact_id}
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import APIResponse, AsyncAPIClient, Operation, SyncAPIClient, decode_body, empty_object_body
from ..._options import CallOptions
from ..._retry import RetryPolicy
from ...models.contacts_v_delete_with_header_param_response_200 import ContactsVDeleteWithHeaderParamResponse200
from ...types import UNSET, Unset

OPERATION = Operation(
    operation_id="ContactsV_DeleteWithHeaderParam",
    method="DELETE",
    path="/api/v2/contacts/{contact_id}",
    retry_policy=RetryPolicy.IDEMPOTENT,
    body_schema=None,
    idempotency_header=None,
)


def _get_kwargs(
    contact_id: str,
    *,
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
        "method": "delete",
        "url": OPERATION.path,
        "path_params": {
            "contact_id": contact_id,
        },
    }
    _kwargs["headers"] = headers
    return _kwargs


def _parse(response: httpx.Response) -> ContactsVDeleteWithHeaderParamResponse200:
    return _m.read_response(
        _m.model_of(ContactsVDeleteWithHeaderParamResponse200), decode_body(response, empty=empty_object_body)
    )


def sync_detailed(
    client: SyncAPIClient,
    contact_id: str,
    *,
    source: str | Unset = UNSET,
    options: CallOptions | None = None,
) -> APIResponse[ContactsVDeleteWithHeaderParamResponse200]:
    """Delete with header param (the full response)."""
    return client.request(
        OPERATION,
        _get_kwargs(
            contact_id,
            source=source,
        ),
        _parse,
        options,
    )


def sync(
    client: SyncAPIClient,
    contact_id: str,
    *,
    source: str | Unset = UNSET,
    options: CallOptions | None = None,
) -> ContactsVDeleteWithHeaderParamResponse200:
    """Delete with header param"""
    return sync_detailed(client, contact_id, source=source, options=options).parsed


async def asyncio_detailed(
    client: AsyncAPIClient,
    contact_id: str,
    *,
    source: str | Unset = UNSET,
    options: CallOptions | None = None,
) -> APIResponse[ContactsVDeleteWithHeaderParamResponse200]:
    """Delete with header param (the full response)."""
    return await client.request(
        OPERATION,
        _get_kwargs(
            contact_id,
            source=source,
        ),
        _parse,
        options,
    )


async def asyncio(
    client: AsyncAPIClient,
    contact_id: str,
    *,
    source: str | Unset = UNSET,
    options: CallOptions | None = None,
) -> ContactsVDeleteWithHeaderParamResponse200:
    """Delete with header param"""
    return (await asyncio_detailed(client, contact_id, source=source, options=options)).parsed
