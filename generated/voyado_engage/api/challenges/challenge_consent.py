# Generated from generator/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Consent

POST /api/v2/challenges/definitions/{id}/assign
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import APIResponse, AsyncAPIClient, Operation, SyncAPIClient, decode_body
from ..._options import CallOptions
from ..._retry import RetryPolicy

OPERATION = Operation(
    operation_id="Challenge_Consent",
    method="POST",
    path="/api/v2/challenges/definitions/{id}/assign",
    retry_policy=RetryPolicy.NOT_PROCESSED_ONLY,
    body_schema=None,
    idempotency_header=None,
)


def _get_kwargs(
    id: str,
    *,
    contact_id: str,
) -> dict[str, Any]:
    params = _m.to_parameters(
        {
            "contactId": (_m.string, contact_id),
        },
        subject="query parameters",
    )

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": OPERATION.path,
        "path_params": {
            "id": id,
        },
        "params": params,
    }
    return _kwargs


def _parse(response: httpx.Response) -> bool:
    return _m.read_response(_m.boolean, decode_body(response))


def sync_detailed(
    client: SyncAPIClient,
    id: str,
    *,
    contact_id: str,
    options: CallOptions | None = None,
) -> APIResponse[bool]:
    """Consent (the full response)."""
    return client.request(
        OPERATION,
        _get_kwargs(
            id,
            contact_id=contact_id,
        ),
        _parse,
        options,
    )


def sync(
    client: SyncAPIClient,
    id: str,
    *,
    contact_id: str,
    options: CallOptions | None = None,
) -> bool:
    """Consent"""
    return sync_detailed(client, id, contact_id=contact_id, options=options).parsed


async def asyncio_detailed(
    client: AsyncAPIClient,
    id: str,
    *,
    contact_id: str,
    options: CallOptions | None = None,
) -> APIResponse[bool]:
    """Consent (the full response)."""
    return await client.request(
        OPERATION,
        _get_kwargs(
            id,
            contact_id=contact_id,
        ),
        _parse,
        options,
    )


async def asyncio(
    client: AsyncAPIClient,
    id: str,
    *,
    contact_id: str,
    options: CallOptions | None = None,
) -> bool:
    """Consent"""
    return (await asyncio_detailed(client, id, contact_id=contact_id, options=options)).parsed
