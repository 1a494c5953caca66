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
class OrderFee(_m.Model):
    """A fee or round-off; `value` counts towards totalGrossPrice and `tax` towards totalTax."""

    value: float | Decimal
    tax: float | Decimal | Unset
    tax_percent: float | Decimal | Unset
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("value", "value"),
        ("tax", "tax"),
        ("tax_percent", "taxPercent"),
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
        tax: float | Decimal | Unset | None = UNSET,
        tax_percent: float | Decimal | Unset | None = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        fields = _m.Fields()
        self.value = value if _m.plain_number(value) else fields.required("value", _m.number, value)
        self.tax = tax if type(tax) is Unset or _m.plain_number(tax) else fields.optional("tax", _m.number, tax)
        self.tax_percent = (
            tax_percent
            if type(tax_percent) is Unset or _m.plain_number(tax_percent)
            else fields.optional("taxPercent", _m.number, tax_percent)
        )
        self.additional_properties = fields.extra(additional_properties)
        fields.done(OrderFee)

    _wire_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "value",
            "tax",
            "taxPercent",
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
        tax = _get("tax")
        if tax is None:
            tax = UNSET
        elif not (
            (type(tax) is float and tax - tax == 0) or type(tax) is int or (type(tax) is Decimal and tax.is_finite())
        ):
            return None
        tax_percent = _get("taxPercent")
        if tax_percent is None:
            tax_percent = UNSET
        elif not (
            (type(tax_percent) is float and tax_percent - tax_percent == 0)
            or type(tax_percent) is int
            or (type(tax_percent) is Decimal and tax_percent.is_finite())
        ):
            return None
        _model = cls.__new__(cls)
        _model.value = value
        _model.tax = tax
        _model.tax_percent = tax_percent
        _model.additional_properties = {}
        return _model

    def to_dict(self) -> dict[str, Any]:
        result = _m.extra_to_wire(self.additional_properties)
        result["value"] = self.value
        if not isinstance(self.tax, Unset):
            result["tax"] = self.tax
        if not isinstance(self.tax_percent, Unset):
            result["taxPercent"] = self.tax_percent
        return result


class OrderFeeParam(TypedDict, total=False):
    """`OrderFee` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    value: Required[float | Decimal]
    tax: float | Decimal | None
    taxPercent: float | Decimal | None
