# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
# ruff: noqa: E402
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Literal, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type_", "type"),
        ("value_type", "valueType"),
        ("value", "value"),
        ("local_values", "localValues"),
        ("instruction", "instruction"),
    )
    _required: ClassVar[frozenset[str]] = frozenset({})

    def __init__(
        self,
        *,
        type_: MultichannelPromotionRedemptionChannelModelType | Literal["POS", "ECOM", "OTHER"] | Unset | None = UNSET,
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
    ) -> None:
        fields = _m.Fields()
        self.type_ = (
            type_
            if type(type_) is Unset
            or (
                type(type_) is MultichannelPromotionRedemptionChannelModelType
                and MultichannelPromotionRedemptionChannelModelType._value2member_map_.get(type_) is type_
            )
            else fields.optional("type", _m.enum_of(MultichannelPromotionRedemptionChannelModelType), type_)
        )
        self.value_type = (
            value_type
            if type(value_type) is Unset
            or (
                type(value_type) is MultichannelPromotionRedemptionChannelModelValueType
                and MultichannelPromotionRedemptionChannelModelValueType._value2member_map_.get(value_type)
                is value_type
            )
            else fields.optional(
                "valueType", _m.enum_of(MultichannelPromotionRedemptionChannelModelValueType), value_type
            )
        )
        self.value = value if type(value) is Unset or type(value) is str else fields.optional("value", _m.string, value)
        self.local_values = (
            local_values
            if type(local_values) is Unset
            else fields.optional(
                "localValues",
                _m.list_of(_m.model_of(MultichannelPromotionRedemptionChannelModelLocalValuesItem)),
                local_values,
            )
        )
        self.instruction = (
            instruction
            if type(instruction) is Unset or type(instruction) is str
            else fields.optional("instruction", _m.string, instruction)
        )
        self.additional_properties = fields.extra(additional_properties)
        fields.done(MultichannelPromotionRedemptionChannelModel)

    _wire_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "type",
            "valueType",
            "value",
            "localValues",
            "instruction",
        }
    )

    @classmethod
    def _from_wire(cls, _data: Any) -> Self | None:
        """`_data` as this model when it is a dict with wire keys only and values that need no conversion (the common
        case, read in straight-line code); None otherwise: then the general path converts it, listing every problem."""
        if type(_data) is not dict or not _data.keys() <= cls._wire_keys:
            return None
        _get = _data.get
        type_ = _get("type")
        if type_ is None:
            type_ = UNSET
        else:
            type_ = _m.listed_member(MultichannelPromotionRedemptionChannelModelType, type_)
            if type_ is None:
                return None
        value_type = _get("valueType")
        if value_type is None:
            value_type = UNSET
        else:
            value_type = _m.listed_member(MultichannelPromotionRedemptionChannelModelValueType, value_type)
            if value_type is None:
                return None
        value = _get("value")
        if value is None:
            value = UNSET
        elif type(value) is not str:
            return None
        local_values = _get("localValues")
        if local_values is None:
            local_values = UNSET
        else:
            local_values = _m.plain_list(
                MultichannelPromotionRedemptionChannelModelLocalValuesItem._from_wire, local_values
            )
            if local_values is None:
                return None
        instruction = _get("instruction")
        if instruction is None:
            instruction = UNSET
        elif type(instruction) is not str:
            return None
        _model = cls.__new__(cls)
        _model.type_ = type_
        _model.value_type = value_type
        _model.value = value
        _model.local_values = local_values
        _model.instruction = instruction
        _model.additional_properties = {}
        return _model

    def to_dict(self) -> dict[str, Any]:
        result = _m.extra_to_wire(self.additional_properties)
        if not isinstance(self.type_, Unset):
            result["type"] = self.type_._value_
        if not isinstance(self.value_type, Unset):
            result["valueType"] = self.value_type._value_
        if not isinstance(self.value, Unset):
            result["value"] = self.value
        if not isinstance(self.local_values, Unset):
            result["localValues"] = [item.to_dict() for item in self.local_values]
        if not isinstance(self.instruction, Unset):
            result["instruction"] = self.instruction
        return result


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
