# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
# ruff: noqa: E402
from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any, ClassVar, Required, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _model as _m
from ..types import UNSET, Unset


@_attrs_define(init=False)
class ReceiptPaymentMethod(_m.Model):
    """ReceiptPaymentMethod"""

    type_: str
    value: float | Decimal
    description: str | Unset
    extra_data: list[ReceiptExtraDataItem] | Unset
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type_", "type"),
        ("value", "value"),
        ("description", "description"),
        ("extra_data", "extraData"),
    )
    _required: ClassVar[frozenset[str]] = frozenset(
        {
            "type_",
            "value",
        }
    )

    def __init__(
        self,
        *,
        type_: str,
        value: float | Decimal,
        description: str | Unset | None = UNSET,
        extra_data: Sequence[ReceiptExtraDataItem | ReceiptExtraDataItemParam] | Unset | None = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        fields = _m.Fields()
        self.type_ = type_ if type(type_) is str else fields.required("type", _m.string, type_)
        self.value = value if _m.plain_number(value) else fields.required("value", _m.number, value)
        self.description = (
            description
            if type(description) is Unset or type(description) is str
            else fields.optional("description", _m.string, description)
        )
        self.extra_data = (
            extra_data
            if type(extra_data) is Unset
            else fields.optional("extraData", _m.list_of(_m.model_of(ReceiptExtraDataItem)), extra_data)
        )
        self.additional_properties = fields.extra(additional_properties)
        fields.done(ReceiptPaymentMethod)

    _wire_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "type",
            "value",
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
        type_ = _get("type")
        if type(type_) is not str:
            return None
        value = _get("value")
        if not (
            (type(value) is float and value - value == 0)
            or type(value) is int
            or (type(value) is Decimal and value.is_finite())
        ):
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
            extra_data = _m.plain_list(ReceiptExtraDataItem._from_wire, extra_data)
            if extra_data is None:
                return None
        _model = cls.__new__(cls)
        _model.type_ = type_
        _model.value = value
        _model.description = description
        _model.extra_data = extra_data
        _model.additional_properties = {}
        return _model

    def to_dict(self) -> dict[str, Any]:
        result = _m.extra_to_wire(self.additional_properties)
        result["type"] = self.type_
        result["value"] = self.value
        if not isinstance(self.description, Unset):
            result["description"] = self.description
        if not isinstance(self.extra_data, Unset):
            result["extraData"] = [item.to_dict() for item in self.extra_data]
        return result


class ReceiptPaymentMethodParam(TypedDict, total=False):
    """`ReceiptPaymentMethod` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    type: Required[str]
    value: Required[float | Decimal]
    description: str | None
    extraData: Sequence[ReceiptExtraDataItem | ReceiptExtraDataItemParam] | None


# Imported after the class, so that models may refer to each other.
from ..models.receipt_extra_data_item import ReceiptExtraDataItem, ReceiptExtraDataItemParam
