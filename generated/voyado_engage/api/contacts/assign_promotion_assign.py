# Generated from generator/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Assign

POST /api/v2/contacts/{contact_id}/promotions/{promotion_id}/assign
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import APIResponse, AsyncAPIClient, Operation, SyncAPIClient, decode_body, empty_object_body
from ..._options import CallOptions
from ..._retry import RetryPolicy
from ...models.assign_promotion_assign_response_200 import AssignPromotionAssignResponse200

OPERATION = Operation(
    operation_id="AssignPromotion_Assign",
    method="POST",
    path="/api/v2/contacts/{contact_id}/promotions/{promotion_id}/assign",
    retry_policy=RetryPolicy.NOT_PROCESSED_ONLY,
    body_schema=None,
    idempotency_header=None,
)


def _get_kwargs(
    contact_id: str,
    promotion_id: str,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": OPERATION.path,
        "path_params": {
            "contact_id": contact_id,
            "promotion_id": promotion_id,
        },
    }
    return _kwargs


def _parse(response: httpx.Response) -> AssignPromotionAssignResponse200:
    return _m.read_response(
        _m.model_of(AssignPromotionAssignResponse200), decode_body(response, empty=empty_object_body)
    )


def sync_detailed(
    client: SyncAPIClient,
    contact_id: str,
    promotion_id: str,
    *,
    options: CallOptions | None = None,
) -> APIResponse[AssignPromotionAssignResponse200]:
    """Assign (the full response)."""
    return client.request(
        OPERATION,
        _get_kwargs(
            contact_id,
            promotion_id,
        ),
        _parse,
        options,
    )


def sync(
    client: SyncAPIClient,
    contact_id: str,
    promotion_id: str,
    *,
    options: CallOptions | None = None,
) -> AssignPromotionAssignResponse200:
    """Assign"""
    return sync_detailed(client, contact_id, promotion_id, options=options).parsed


async def asyncio_detailed(
    client: AsyncAPIClient,
    contact_id: str,
    promotion_id: str,
    *,
    options: CallOptions | None = None,
) -> APIResponse[AssignPromotionAssignResponse200]:
    """Assign (the full response)."""
    return await client.request(
        OPERATION,
        _get_kwargs(
            contact_id,
            promotion_id,
        ),
        _parse,
        options,
    )


async def asyncio(
    client: AsyncAPIClient,
    contact_id: str,
    promotion_id: str,
    *,
    options: CallOptions | None = None,
) -> AssignPromotionAssignResponse200:
    """Assign"""
    return (await asyncio_detailed(client, contact_id, promotion_id, options=options)).parsed
