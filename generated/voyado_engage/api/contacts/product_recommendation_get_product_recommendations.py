# Generated from generator/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Get product recommendations

GET /api/v2/contacts/{contact_id}/productrecommendations
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import APIResponse, AsyncAPIClient, Operation, SyncAPIClient, decode_body
from ..._options import CallOptions
from ..._retry import RetryPolicy
from ...models.product_recommendations_model import ProductRecommendationsModel

OPERATION = Operation(
    operation_id="ProductRecommendation_GetProductRecommendations",
    method="GET",
    path="/api/v2/contacts/{contact_id}/productrecommendations",
    retry_policy=RetryPolicy.IDEMPOTENT,
    body_schema=None,
    idempotency_header=None,
)


def _get_kwargs(
    contact_id: str,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": OPERATION.path,
        "path_params": {
            "contact_id": contact_id,
        },
    }
    return _kwargs


def _parse(response: httpx.Response) -> ProductRecommendationsModel:
    return _m.read_response(_m.model_of(ProductRecommendationsModel), decode_body(response))


def sync_detailed(
    client: SyncAPIClient,
    contact_id: str,
    *,
    options: CallOptions | None = None,
) -> APIResponse[ProductRecommendationsModel]:
    """Get product recommendations (the full response)."""
    return client.request(
        OPERATION,
        _get_kwargs(
            contact_id,
        ),
        _parse,
        options,
    )


def sync(
    client: SyncAPIClient,
    contact_id: str,
    *,
    options: CallOptions | None = None,
) -> ProductRecommendationsModel:
    """Get product recommendations"""
    return sync_detailed(client, contact_id, options=options).parsed


async def asyncio_detailed(
    client: AsyncAPIClient,
    contact_id: str,
    *,
    options: CallOptions | None = None,
) -> APIResponse[ProductRecommendationsModel]:
    """Get product recommendations (the full response)."""
    return await client.request(
        OPERATION,
        _get_kwargs(
            contact_id,
        ),
        _parse,
        options,
    )


async def asyncio(
    client: AsyncAPIClient,
    contact_id: str,
    *,
    options: CallOptions | None = None,
) -> ProductRecommendationsModel:
    """Get product recommendations"""
    return (await asyncio_detailed(client, contact_id, options=options)).parsed
