# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
# ruff: noqa: E402
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _fields as _f
from .. import _model as _m
from ..models.api_promotion_redemption_channel_model_type import ApiPromotionRedemptionChannelModelType
from ..models.api_promotion_redemption_channel_model_value_type import ApiPromotionRedemptionChannelModelValueType
from ..types import UNSET, Unset


@_attrs_define(init=False, repr=False)  # the repr is `_m.Model`'s: the fields that are set
class ApiPromotionRedemptionChannelModel(_m.Model):
    """One channel where a contact's promotion can be redeemed, and what it gives there."""

    type_: ApiPromotionRedemptionChannelModelType | Unset
    """ The channel: `POS` (in store), `ECOM` (online) or `OTHER`. """
    value_type: ApiPromotionRedemptionChannelModelValueType | Unset
    """ How to read `value`: `PERCENT` a percentage discount, `MONEY` an amount off, `EXTERNALOFFER` a reference to
    an offer defined in the POS or e-commerce system, `MANUAL` handled by hand, `SWIPE` a mobile swipe offer. """
    value: Any | Unset
    """ Any JSON value; its shape follows `valueType`: an object with the amount and currency for MONEY, a text such
    as "Promotion" for EXTERNALOFFER and MANUAL, an integer percentage for PERCENT. """
    local_values: list[ApiPromotionRedemptionChannelModelLocalValuesItem] | Unset
    """ Local variants of `value`, as free-form objects (meaning not documented; inferred). """
    instruction: str | Unset
    """ Instruction for the cashier or channel on how to apply the promotion. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[_f.Field, ...]] = (
        _f.Field("type_", "type", _f.EnumOf("ApiPromotionRedemptionChannelModelType")),
        _f.Field("value_type", "valueType", _f.EnumOf("ApiPromotionRedemptionChannelModelValueType")),
        _f.Field("value", "value", _f.ANYTHING),
        _f.Field(
            "local_values", "localValues", _f.ListOf(_f.ModelOf("ApiPromotionRedemptionChannelModelLocalValuesItem"))
        ),
        _f.Field("instruction", "instruction", _f.STRING),
    )

    if TYPE_CHECKING:  # the signature type checkers read; the constructor itself is compiled from `_fields`

        def __init__(
            self,
            *,
            type_: ApiPromotionRedemptionChannelModelType | Literal["POS", "ECOM", "OTHER"] | Unset | None = UNSET,
            value_type: ApiPromotionRedemptionChannelModelValueType
            | Literal["PERCENT", "MONEY", "EXTERNALOFFER", "MANUAL", "SWIPE"]
            | Unset
            | None = UNSET,
            value: Any | Unset | None = UNSET,
            local_values: Sequence[ApiPromotionRedemptionChannelModelLocalValuesItem | Mapping[str, Any]]
            | Unset
            | None = UNSET,
            instruction: str | Unset | None = UNSET,
            additional_properties: Mapping[str, Any] | None = None,
        ) -> None: ...


class ApiPromotionRedemptionChannelModelParam(TypedDict, total=False):
    """`ApiPromotionRedemptionChannelModel` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    type: ApiPromotionRedemptionChannelModelType | Literal["POS", "ECOM", "OTHER"] | None
    """ The channel: `POS` (in store), `ECOM` (online) or `OTHER`. """
    valueType: (
        ApiPromotionRedemptionChannelModelValueType
        | Literal["PERCENT", "MONEY", "EXTERNALOFFER", "MANUAL", "SWIPE"]
        | None
    )
    """ How to read `value`: `PERCENT` a percentage discount, `MONEY` an amount off, `EXTERNALOFFER` a reference to
    an offer defined in the POS or e-commerce system, `MANUAL` handled by hand, `SWIPE` a mobile swipe offer. """
    value: Any | None
    """ Any JSON value; its shape follows `valueType`: an object with the amount and currency for MONEY, a text such
    as "Promotion" for EXTERNALOFFER and MANUAL, an integer percentage for PERCENT. """
    localValues: Sequence[ApiPromotionRedemptionChannelModelLocalValuesItem | Mapping[str, Any]] | None
    """ Local variants of `value`, as free-form objects (meaning not documented; inferred). """
    instruction: str | None
    """ Instruction for the cashier or channel on how to apply the promotion. """


# Imported after the class, so that models may refer to each other.
from ..models.api_promotion_redemption_channel_model_local_values_item import (
    ApiPromotionRedemptionChannelModelLocalValuesItem,
)
