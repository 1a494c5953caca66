# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, TypedDict

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
