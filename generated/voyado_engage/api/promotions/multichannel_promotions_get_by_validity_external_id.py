# Generated from generator/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Get by validity external id

GET /api/v2/promotions/multichannels/validity
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import APIResponse, AsyncAPIClient, Operation, SyncAPIClient, decode_body
from ..._options import CallOptions
from ..._retry import RetryPolicy
from ...models.promotion_validity_model import PromotionValidityModel

OPERATION = Operation(
    operation_id="MultichannelPromotions_GetByValidityExternalId",
    method="GET",
    path="/api/v2/promotions/multichannels/validity",
    retry_policy=RetryPolicy.IDEMPOTENT,
    body_schema=None,
    idempotency_header=None,
)


def _get_kwargs(
    *,
    external_id: str,
) -> dict[str, Any]:
    params = _m.to_parameters(
        {
            "externalId": (_m.string, external_id),
        },
        subject="query parameters",
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": OPERATION.path,
        "params": params,
    }
    return _kwargs


def _parse(response: httpx.Response) -> PromotionValidityModel:
    return _m.read_response(_m.model_of(PromotionValidityModel), decode_body(response))


def sync_detailed(
    client: SyncAPIClient,
    *,
    external_id: str,
    options: CallOptions | None = None,
) -> APIResponse[PromotionValidityModel]:
    """Get by validity external id (the full response)."""
    return client.request(
        OPERATION,
        _get_kwargs(
            external_id=external_id,
        ),
        _parse,
        options,
    )


def sync(
    client: SyncAPIClient,
    *,
    external_id: str,
    options: CallOptions | None = None,
) -> PromotionValidityModel:
    """Get by validity external id"""
    return sync_detailed(client, external_id=external_id, options=options).parsed


async def asyncio_detailed(
    client: AsyncAPIClient,
    *,
    external_id: str,
    options: CallOptions | None = None,
) -> APIResponse[PromotionValidityModel]:
    """Get by validity external id (the full response)."""
    return await client.request(
        OPERATION,
        _get_kwargs(
            external_id=external_id,
        ),
        _parse,
        options,
    )


async def asyncio(
    client: AsyncAPIClient,
    *,
    external_id: str,
    options: CallOptions | None = None,
) -> PromotionValidityModel:
    """Get by validity external id"""
    return (await asyncio_detailed(client, external_id=external_id, options=options)).parsed
