# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, Required, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _model as _m
from ..types import UNSET, Unset


@_attrs_define(init=False)
class ReceiptItemDiscount(_m.Model):
    """ReceiptItemDiscount"""

    value: float | Decimal
    type_: str | Unset
    description: str | Unset
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("value", "value"),
        ("type_", "type"),
        ("description", "description"),
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
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        fields = _m.Fields()
        self.value = value if _m.plain_number(value) else fields.required("value", _m.number, value)
        self.type_ = type_ if type(type_) is Unset or type(type_) is str else fields.optional("type", _m.string, type_)
        self.description = (
            description
            if type(description) is Unset or type(description) is str
            else fields.optional("description", _m.string, description)
        )
        self.additional_properties = fields.extra(additional_properties)
        fields.done(ReceiptItemDiscount)

    _wire_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "value",
            "type",
            "description",
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
        if not (
            (type(value) is float and value - value == 0)
            or type(value) is int
            or (type(value) is Decimal and value.is_finite())
        ):
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
        _model = cls.__new__(cls)
        _model.value = value
        _model.type_ = type_
        _model.description = description
        _model.additional_properties = {}
        return _model

    def to_dict(self) -> dict[str, Any]:
        result = _m.extra_to_wire(self.additional_properties)
        result["value"] = self.value
        if not isinstance(self.type_, Unset):
            result["type"] = self.type_
        if not isinstance(self.description, Unset):
            result["description"] = self.description
        return result


class ReceiptItemDiscountParam(TypedDict, total=False):
    """`ReceiptItemDiscount` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    value: Required[float | Decimal]
    type: str | None
    description: str | None
