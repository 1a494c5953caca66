# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
# ruff: noqa: E402
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, Required, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _model as _m
from ..types import UNSET, Unset


@_attrs_define(init=False)
class OrderItemDiscount(_m.Model):
    """OrderItemDiscount"""

    value: float | Decimal
    """ The discount, as a negative amount. """
    type_: str | Unset
    description: str | Unset
    extra_data: OrderItemDiscountExtraData | Unset
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("value", "value"),
        ("type_", "type"),
        ("description", "description"),
        ("extra_data", "extraData"),
    )
    _required: ClassVar[frozenset[str]] = frozenset(
        {
            "value",
        }
    )

    def __init__(
        self,
        *,
        value: float | Decimal,
        type_: str | Unset | None = UNSET,
        description: str | Unset | None = UNSET,
        extra_data: OrderItemDiscountExtraData | Mapping[str, Any] | Unset | None = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        fields = _m.Fields()
        self.value = fields.required("value", _m.bounded(_m.number, -2147483648.0, 0.0), value)
        self.type_ = type_ if type(type_) is Unset or type(type_) is str else fields.optional("type", _m.string, type_)
        self.description = (
            description
            if type(description) is Unset or type(description) is str
            else fields.optional("description", _m.string, description)
        )
        self.extra_data = (
            extra_data
            if type(extra_data) is Unset or type(extra_data) is OrderItemDiscountExtraData
            else fields.optional("extraData", _m.model_of(OrderItemDiscountExtraData), extra_data)
        )
        self.additional_properties = fields.extra(additional_properties)
        fields.done(OrderItemDiscount)

    _wire_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "value",
            "type",
            "description",
            "extraData",
        }
    )

    @classmethod
    def _from_wire(cls, _data: Any) -> Self | None:
        """`_data` as this model when it is a dict with wire keys only and values that need no conversion (the common
        case, read in straight-line code); None otherwise: then the general path converts it, listing every problem."""
        if type(_data) is not dict or not _data.keys() <= cls._wire_keys:
            return None
        _get = _data.get
        value = _get("value")
        value = _m.plain(_m.bounded(_m.number, -2147483648.0, 0.0), value)
        if value is None:
            return None
        type_ = _get("type")
        if type_ is None:
            type_ = UNSET
        elif type(type_) is not str:
            return None
        description = _get("description")
        if description is None:
            description = UNSET
        elif type(description) is not str:
            return None
        extra_data = _get("extraData")
        if extra_data is None:
            extra_data = UNSET
        else:
            extra_data = OrderItemDiscountExtraData._from_wire(extra_data)
            if extra_data is None:
                return None
        _model = cls.__new__(cls)
        _model.value = value
        _model.type_ = type_
        _model.description = description
        _model.extra_data = extra_data
        _model.additional_properties = {}
        return _model

    def to_dict(self) -> dict[str, Any]:
        result = _m.extra_to_wire(self.additional_properties)
        result["value"] = self.value
        if not isinstance(self.type_, Unset):
            result["type"] = self.type_
        if not isinstance(self.description, Unset):
            result["description"] = self.description
        if not isinstance(self.extra_data, Unset):
            result["extraData"] = self.extra_data.to_dict()
        return result


class OrderItemDiscountParam(TypedDict, total=False):
    """`OrderItemDiscount` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    value: Required[float | Decimal]
    """ The discount, as a negative amount. """
    type: str | None
    description: str | None
    extraData: OrderItemDiscountExtraData | Mapping[str, Any] | None


# Imported after the class, so that models may refer to each other.
from ..models.order_item_discount_extra_data import OrderItemDiscountExtraData
