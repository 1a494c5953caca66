# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _model as _m
from ..types import UNSET, Unset


@_attrs_define(init=False)
class ReceiptTaxDetail(_m.Model):
    """ReceiptTaxDetail"""

    description: str | Unset
    value: float | Decimal | Unset
    percent: float | Decimal | Unset
    total_including_tax: float | Decimal | Unset
    total_excluding_tax: float | Decimal | Unset
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("description", "description"),
        ("value", "value"),
        ("percent", "percent"),
        ("total_including_tax", "totalIncludingTax"),
        ("total_excluding_tax", "totalExcludingTax"),
    )
    _required: ClassVar[frozenset[str]] = frozenset({})

    def __init__(
        self,
        *,
        description: str | Unset | None = UNSET,
        value: float | Decimal | Unset | None = UNSET,
        percent: float | Decimal | Unset | None = UNSET,
        total_including_tax: float | Decimal | Unset | None = UNSET,
        total_excluding_tax: float | Decimal | Unset | None = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        fields = _m.Fields()
        self.description = (
            description
            if type(description) is Unset or type(description) is str
            else fields.optional("description", _m.string, description)
        )
        self.value = (
            value if type(value) is Unset or _m.plain_number(value) else fields.optional("value", _m.number, value)
        )
        self.percent = (
            percent
            if type(percent) is Unset or _m.plain_number(percent)
            else fields.optional("percent", _m.number, percent)
        )
        self.total_including_tax = (
            total_including_tax
            if type(total_including_tax) is Unset or _m.plain_number(total_including_tax)
            else fields.optional("totalIncludingTax", _m.number, total_including_tax)
        )
        self.total_excluding_tax = (
            total_excluding_tax
            if type(total_excluding_tax) is Unset or _m.plain_number(total_excluding_tax)
            else fields.optional("totalExcludingTax", _m.number, total_excluding_tax)
        )
        self.additional_properties = fields.extra(additional_properties)
        fields.done(ReceiptTaxDetail)

    _wire_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "description",
            "value",
            "percent",
            "totalIncludingTax",
            "totalExcludingTax",
        }
    )

    @classmethod
    def _from_wire(cls, _data: Any) -> Self | None:
        """`_data` as this model when it is a dict with wire keys only and values that need no conversion (the common
        case, read in straight-line code); None otherwise: then the general path converts it, listing every problem."""
        if type(_data) is not dict or not _data.keys() <= cls._wire_keys:
            return None
        _get = _data.get
        description = _get("description")
        if description is None:
            description = UNSET
        elif type(description) is not str:
            return None
        value = _get("value")
        if value is None:
            value = UNSET
        elif not (
            (type(value) is float and value - value == 0)
            or type(value) is int
            or (type(value) is Decimal and value.is_finite())
        ):
            return None
        percent = _get("percent")
        if percent is None:
            percent = UNSET
        elif not (
            (type(percent) is float and percent - percent == 0)
            or type(percent) is int
            or (type(percent) is Decimal and percent.is_finite())
        ):
            return None
        total_including_tax = _get("totalIncludingTax")
        if total_including_tax is None:
            total_including_tax = UNSET
        elif not (
            (type(total_including_tax) is float and total_including_tax - total_including_tax == 0)
            or type(total_including_tax) is int
            or (type(total_including_tax) is Decimal and total_including_tax.is_finite())
        ):
            return None
        total_excluding_tax = _get("totalExcludingTax")
        if total_excluding_tax is None:
            total_excluding_tax = UNSET
        elif not (
            (type(total_excluding_tax) is float and total_excluding_tax - total_excluding_tax == 0)
            or type(total_excluding_tax) is int
            or (type(total_excluding_tax) is Decimal and total_excluding_tax.is_finite())
        ):
            return None
        _model = cls.__new__(cls)
        _model.description = description
        _model.value = value
        _model.percent = percent
        _model.total_including_tax = total_including_tax
        _model.total_excluding_tax = total_excluding_tax
        _model.additional_properties = {}
        return _model

    def to_dict(self) -> dict[str, Any]:
        result = _m.extra_to_wire(self.additional_properties)
        if not isinstance(self.description, Unset):
            result["description"] = self.description
        if not isinstance(self.value, Unset):
            result["value"] = self.value
        if not isinstance(self.percent, Unset):
            result["percent"] = self.percent
        if not isinstance(self.total_including_tax, Unset):
            result["totalIncludingTax"] = self.total_including_tax
        if not isinstance(self.total_excluding_tax, Unset):
            result["totalExcludingTax"] = self.total_excluding_tax
        return result


class ReceiptTaxDetailParam(TypedDict, total=False):
    """`ReceiptTaxDetail` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    description: str | None
    value: float | Decimal | None
    percent: float | Decimal | None
    totalIncludingTax: float | Decimal | None
    totalExcludingTax: float | Decimal | None
