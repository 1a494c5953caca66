# Generated from generator/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Redeem bonus check

POST /api/v2/contacts/{contact_id}/bonuschecks/{bonus_check_id}/redeem
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import APIResponse, AsyncAPIClient, Operation, SyncAPIClient, decode_body
from ..._options import CallOptions
from ..._retry import RetryPolicy
from ...models.redeemed_bonus_check_model import RedeemedBonusCheckModel

OPERATION = Operation(
    operation_id="BonusChecks_RedeemBonusCheck",
    method="POST",
    path="/api/v2/contacts/{contact_id}/bonuschecks/{bonus_check_id}/redeem",
    retry_policy=RetryPolicy.NOT_PROCESSED_ONLY,
    body_schema=None,
    idempotency_header=None,
)


def _get_kwargs(
    contact_id: str,
    bonus_check_id: str,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": OPERATION.path,
        "path_params": {
            "contact_id": contact_id,
            "bonus_check_id": bonus_check_id,
        },
    }
    return _kwargs


def _parse(response: httpx.Response) -> RedeemedBonusCheckModel:
    return _m.read_response(_m.model_of(RedeemedBonusCheckModel), decode_body(response))


def sync_detailed(
    client: SyncAPIClient,
    contact_id: str,
    bonus_check_id: str,
    *,
    options: CallOptions | None = None,
) -> APIResponse[RedeemedBonusCheckModel]:
    """Redeem bonus check (the full response)."""
    return client.request(
        OPERATION,
        _get_kwargs(
            contact_id,
            bonus_check_id,
        ),
        _parse,
        options,
    )


def sync(
    client: SyncAPIClient,
    contact_id: str,
    bonus_check_id: str,
    *,
    options: CallOptions | None = None,
) -> RedeemedBonusCheckModel:
    """Redeem bonus check"""
    return sync_detailed(client, contact_id, bonus_check_id, options=options).parsed


async def asyncio_detailed(
    client: AsyncAPIClient,
    contact_id: str,
    bonus_check_id: str,
    *,
    options: CallOptions | None = None,
) -> APIResponse[RedeemedBonusCheckModel]:
    """Redeem bonus check (the full response)."""
    return await client.request(
        OPERATION,
        _get_kwargs(
            contact_id,
            bonus_check_id,
        ),
        _parse,
        options,
    )


async def asyncio(
    client: AsyncAPIClient,
    contact_id: str,
    bonus_check_id: str,
    *,
    options: CallOptions | None = None,
) -> RedeemedBonusCheckModel:
    """Redeem bonus check"""
    return (await asyncio_detailed(client, contact_id, bonus_check_id, options=options)).parsed
