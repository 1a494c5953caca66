# Generated from generator/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Register product views

POST /api/v2/tracking/productviews
"""

from collections.abc import Mapping, Sequence
from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import APIResponse, AsyncAPIClient, Operation, SyncAPIClient, decode_body, empty_object_body
from ..._options import CallOptions
from ..._retry import RetryPolicy
from ...models.product_view_api_model import ProductViewApiModel
from ...models.product_view_v_register_product_views_response_200 import ProductViewVRegisterProductViewsResponse200

OPERATION = Operation(
    operation_id="ProductViewV_RegisterProductViews",
    method="POST",
    path="/api/v2/tracking/productviews",
    retry_policy=RetryPolicy.NOT_PROCESSED_ONLY,
    body_schema=None,
    idempotency_header=None,
)


def _get_kwargs(
    *,
    body: Sequence[ProductViewApiModel | Mapping[str, Any]],
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": OPERATION.path,
    }
    _kwargs["json"] = _m.to_body(_m.list_of(_m.model_of(ProductViewApiModel)), body)
    return _kwargs


def _parse(response: httpx.Response) -> ProductViewVRegisterProductViewsResponse200:
    return _m.read_response(
        _m.model_of(ProductViewVRegisterProductViewsResponse200), decode_body(response, empty=empty_object_body)
    )


def sync_detailed(
    client: SyncAPIClient,
    *,
    body: Sequence[ProductViewApiModel | Mapping[str, Any]],
    options: CallOptions | None = None,
) -> APIResponse[ProductViewVRegisterProductViewsResponse200]:
    """Register product views (the full response)."""
    return client.request(
        OPERATION,
        _get_kwargs(
            body=body,
        ),
        _parse,
        options,
    )


def sync(
    client: SyncAPIClient,
    *,
    body: Sequence[ProductViewApiModel | Mapping[str, Any]],
    options: CallOptions | None = None,
) -> ProductViewVRegisterProductViewsResponse200:
    """Register product views"""
    return sync_detailed(client, body=body, options=options).parsed


async def asyncio_detailed(
    client: AsyncAPIClient,
    *,
    body: Sequence[ProductViewApiModel | Mapping[str, Any]],
    options: CallOptions | None = None,
) -> APIResponse[ProductViewVRegisterProductViewsResponse200]:
    """Register product views (the full response)."""
    return await client.request(
        OPERATION,
        _get_kwargs(
            body=body,
        ),
        _parse,
        options,
    )


async def asyncio(
    client: AsyncAPIClient,
    *,
    body: Sequence[ProductViewApiModel | Mapping[str, Any]],
    options: CallOptions | None = None,
) -> ProductViewVRegisterProductViewsResponse200:
    """Register product views"""
    return (await asyncio_detailed(client, body=body, options=options)).parsed
