# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
# ruff: noqa: E402
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _fields as _f
from .. import _model as _m
from ..models.multichannel_promotion_redemption_channel_model_type import (
    MultichannelPromotionRedemptionChannelModelType,
)
from ..models.multichannel_promotion_redemption_channel_model_value_type import (
    MultichannelPromotionRedemptionChannelModelValueType,
)
from ..types import UNSET, Unset


@_attrs_define(init=False)
class MultichannelPromotionRedemptionChannelModel(_m.Model):
    """MultichannelPromotionRedemptionChannelModel"""

    type_: MultichannelPromotionRedemptionChannelModelType | Unset
    value_type: MultichannelPromotionRedemptionChannelModelValueType | Unset
    value: str | Unset
    local_values: list[MultichannelPromotionRedemptionChannelModelLocalValuesItem] | Unset
    instruction: str | Unset
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[_f.Field, ...]] = (
        _f.Field("type_", "type", _f.EnumOf("MultichannelPromotionRedemptionChannelModelType")),
        _f.Field("value_type", "valueType", _f.EnumOf("MultichannelPromotionRedemptionChannelModelValueType")),
        _f.Field("value", "value", _f.STRING),
        _f.Field(
            "local_values",
            "localValues",
            _f.ListOf(_f.ModelOf("MultichannelPromotionRedemptionChannelModelLocalValuesItem")),
        ),
        _f.Field("instruction", "instruction", _f.STRING),
    )

    if TYPE_CHECKING:  # the signature type checkers read; the constructor itself is compiled from `_fields`

        def __init__(
            self,
            *,
            type_: MultichannelPromotionRedemptionChannelModelType
            | Literal["POS", "ECOM", "OTHER"]
            | Unset
            | None = UNSET,
            value_type: MultichannelPromotionRedemptionChannelModelValueType
            | Literal["PERCENT", "MONEY", "EXTERNALOFFER", "MANUAL", "SWIPE"]
            | Unset
            | None = UNSET,
            value: str | Unset | None = UNSET,
            local_values: Sequence[MultichannelPromotionRedemptionChannelModelLocalValuesItem | Mapping[str, Any]]
            | Unset
            | None = UNSET,
            instruction: str | Unset | None = UNSET,
            additional_properties: Mapping[str, Any] | None = None,
        ) -> None: ...


class MultichannelPromotionRedemptionChannelModelParam(TypedDict, total=False):
    """`MultichannelPromotionRedemptionChannelModel` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    type: MultichannelPromotionRedemptionChannelModelType | Literal["POS", "ECOM", "OTHER"] | None
    valueType: (
        MultichannelPromotionRedemptionChannelModelValueType
        | Literal["PERCENT", "MONEY", "EXTERNALOFFER", "MANUAL", "SWIPE"]
        | None
    )
    value: str | None
    localValues: Sequence[MultichannelPromotionRedemptionChannelModelLocalValuesItem | Mapping[str, Any]] | None
    instruction: str | None


# Imported after the class, so that models may refer to each other.
from ..models.multichannel_promotion_redemption_channel_model_local_values_item import (
    MultichannelPromotionRedemptionChannelModelLocalValuesItem,
)
