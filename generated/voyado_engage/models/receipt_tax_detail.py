# Generated from generator/templates/model.py.jinja by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar

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
        self.description = fields.optional("description", _m.string, description)
        self.value = fields.optional("value", _m.number, value)
        self.percent = fields.optional("percent", _m.number, percent)
        self.total_including_tax = fields.optional("totalIncludingTax", _m.number, total_including_tax)
        self.total_excluding_tax = fields.optional("totalExcludingTax", _m.number, total_excluding_tax)
        self.additional_properties = fields.extra(additional_properties)
        fields.done(ReceiptTaxDetail)
