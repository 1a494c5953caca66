# Generated from generator/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Get consents

GET /api/v2/consents
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import APIResponse, AsyncAPIClient, Operation, SyncAPIClient, decode_body
from ..._options import CallOptions
from ..._retry import RetryPolicy
from ...models.api_consent_definition import ApiConsentDefinition

OPERATION = Operation(
    operation_id="Consents_GetConsents",
    method="GET",
    path="/api/v2/consents",
    retry_policy=RetryPolicy.IDEMPOTENT,
    body_schema=None,
    idempotency_header=None,
)


def _get_kwargs() -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": OPERATION.path,
    }
    return _kwargs


def _parse(response: httpx.Response) -> list[ApiConsentDefinition]:
    return _m.read_response(_m.list_of(_m.model_of(ApiConsentDefinition)), decode_body(response))


def sync_detailed(
    client: SyncAPIClient,
    *,
    options: CallOptions | None = None,
) -> APIResponse[list[ApiConsentDefinition]]:
    """Get consents (the full response)."""
    return client.request(OPERATION, _get_kwargs(), _parse, options)


def sync(
    client: SyncAPIClient,
    *,
    options: CallOptions | None = None,
) -> list[ApiConsentDefinition]:
    """Get consents"""
    return sync_detailed(client, options=options).parsed


async def asyncio_detailed(
    client: AsyncAPIClient,
    *,
    options: CallOptions | None = None,
) -> APIResponse[list[ApiConsentDefinition]]:
    """Get consents (the full response)."""
    return await client.request(OPERATION, _get_kwargs(), _parse, options)


async def asyncio(
    client: AsyncAPIClient,
    *,
    options: CallOptions | None = None,
) -> list[ApiConsentDefinition]:
    """Get consents"""
    return (await asyncio_detailed(client, options=options)).parsed
