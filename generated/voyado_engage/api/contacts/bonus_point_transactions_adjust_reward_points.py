# Generated from generator/render/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Adjust reward points

POST /api/v2/contacts/{contact_id}/rewardpointtransaction
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import Operation, decode_body
from ..._retry import RetryPolicy
from ...models.api_adjust_reward_points import ApiAdjustRewardPoints, ApiAdjustRewardPointsParam
from ...models.api_adjust_reward_points_response import ApiAdjustRewardPointsResponse


def _get_kwargs(contact_id: str, *, request_body: ApiAdjustRewardPoints | ApiAdjustRewardPointsParam) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {"path_params": {"contact_id": contact_id}}
    _kwargs["json"] = _m.to_body(_m.model_of(ApiAdjustRewardPoints), request_body)
    return _kwargs


def _parse(response: httpx.Response) -> ApiAdjustRewardPointsResponse:
    return _m.read_response(_m.model_of(ApiAdjustRewardPointsResponse), decode_body(response))


OPERATION = Operation(
    operation_id="BonusPointTransactions_AdjustRewardPoints",
    method="POST",
    path="/api/v2/contacts/{contact_id}/rewardpointtransaction",
    retry_policy=RetryPolicy.NOT_PROCESSED_ONLY,
    parse=_parse,
    name="contacts.adjust_reward_points",
)
