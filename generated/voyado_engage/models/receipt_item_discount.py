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
        self.value = fields.required("value", _m.number, value)
        self.type_ = fields.optional("type", _m.string, type_)
        self.description = fields.optional("description", _m.string, description)
        self.additional_properties = fields.extra(additional_properties)
        fields.done(ReceiptItemDiscount)
