# Generated from generator/render/templates/endpoint_module.py.jinja by `make generate`; do not edit.
"""Update

PUT /api/v2/promotions/multichannels/{id}
"""

from typing import Any

import httpx

from ... import _model as _m
from ..._base_client import Operation, decode_body
from ..._retry import RetryPolicy
from ...models.multichannel_promotion_model import MultichannelPromotionModel, MultichannelPromotionModelParam


def _get_kwargs(
    id: str, *, request_body: MultichannelPromotionModel | MultichannelPromotionModelParam
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {"path_params": {"id": id}}
    _kwargs["json"] = _m.to_body(_m.model_of(MultichannelPromotionModel), request_body)
    return _kwargs


def _parse(response: httpx.Response) -> MultichannelPromotionModel:
    return _m.read_response(_m.model_of(MultichannelPromotionModel), decode_body(response))


OPERATION = Operation(
    operation_id="MultichannelPromotions_Update",
    method="PUT",
    path="/api/v2/promotions/multichannels/{id}",
    retry_policy=RetryPolicy.IDEMPOTENT,
    parse=_parse,
    name="promotions.update",
)
