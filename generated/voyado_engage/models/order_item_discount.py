# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
# ruff: noqa: E402
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, ClassVar, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _fields as _f
from .. import _model as _m
from ..types import UNSET, Unset


@_attrs_define(init=False, repr=False)  # the repr is `_m.Model`'s: the fields that are set
class OrderItemDiscount(_m.Model):
    """One discount on an order line. `value` is negative."""

    value: float | Decimal
    """ The discount, as a negative amount. """
    type_: str | Unset
    """ Kind of discount, free text such as `campaign` (inferred). """
    description: str | Unset
    """ Text describing the discount, such as the campaign name (inferred). """
    extra_data: OrderItemDiscountExtraData | Unset
    """ Free-form data for this discount, made available to the automation (inferred). """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[_f.Field, ...]] = (
        _f.Field("value", "value", _f.Number(-2147483648.0, 0.0), required=True),
        _f.Field("type_", "type", _f.STRING),
        _f.Field("description", "description", _f.STRING),
        _f.Field("extra_data", "extraData", _f.ModelOf("OrderItemDiscountExtraData")),
    )

    if TYPE_CHECKING:  # the signature type checkers read; the constructor itself is compiled from `_fields`

        def __init__(
            self,
            *,
            value: float | Decimal,
            type_: str | Unset | None = UNSET,
            description: str | Unset | None = UNSET,
            extra_data: OrderItemDiscountExtraData | Mapping[str, Any] | Unset | None = UNSET,
            additional_properties: Mapping[str, Any] | None = None,
        ) -> None: ...


class OrderItemDiscountParam(TypedDict, total=False):
    """`OrderItemDiscount` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    value: Required[float | Decimal]
    """ The discount, as a negative amount. """
    type: str | None
    """ Kind of discount, free text such as `campaign` (inferred). """
    description: str | None
    """ Text describing the discount, such as the campaign name (inferred). """
    extraData: OrderItemDiscountExtraData | Mapping[str, Any] | None
    """ Free-form data for this discount, made available to the automation (inferred). """


# Imported after the class, so that models may refer to each other.
from ..models.order_item_discount_extra_data import OrderItemDiscountExtraData
