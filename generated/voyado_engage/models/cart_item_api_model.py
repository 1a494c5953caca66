# Generated from generator/templates/model.py.jinja by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _model as _m
from ..types import UNSET, Unset


@_attrs_define(init=False)
class CartItemApiModel(_m.Model):
    """CartItemApiModel"""

    sku: str | Unset
    quantity: int | Unset
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("sku", "sku"),
        ("quantity", "quantity"),
    )
    _required: ClassVar[frozenset[str]] = frozenset({})

    def __init__(
        self,
        *,
        sku: str | Unset | None = UNSET,
        quantity: int | Unset | None = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        fields = _m.Fields()
        self.sku = fields.optional("sku", _m.string, sku)
        self.quantity = fields.optional("quantity", _m.integer, quantity)
        self.additional_properties = fields.extra(additional_properties)
        fields.done(CartItemApiModel)
