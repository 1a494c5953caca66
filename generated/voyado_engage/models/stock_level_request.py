# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _model as _m
from ..types import UNSET, Unset


@_attrs_define(init=False)
class StockLevelRequest(_m.Model):
    """StockLevelRequest"""

    sku: str | Unset
    locale: str | Unset
    quantity: int | Unset
    external_id: str | Unset
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("sku", "sku"),
        ("locale", "locale"),
        ("quantity", "quantity"),
        ("external_id", "externalId"),
    )
    _required: ClassVar[frozenset[str]] = frozenset({})

    def __init__(
        self,
        *,
        sku: str | Unset | None = UNSET,
        locale: str | Unset | None = UNSET,
        quantity: int | Unset | None = UNSET,
        external_id: str | Unset | None = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        fields = _m.Fields()
        self.sku = sku if type(sku) is Unset or type(sku) is str else fields.optional("sku", _m.string, sku)
        self.locale = (
            locale if type(locale) is Unset or type(locale) is str else fields.optional("locale", _m.string, locale)
        )
        self.quantity = (
            quantity
            if type(quantity) is Unset or type(quantity) is int
            else fields.optional("quantity", _m.integer, quantity)
        )
        self.external_id = (
            external_id
            if type(external_id) is Unset or type(external_id) is str
            else fields.optional("externalId", _m.string, external_id)
        )
        self.additional_properties = fields.extra(additional_properties)
        fields.done(StockLevelRequest)

    _wire_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "sku",
            "locale",
            "quantity",
            "externalId",
        }
    )

    @classmethod
    def _from_wire(cls, _data: Any) -> Self | None:
        """`_data` as this model when it is a dict with wire keys only and values that need no conversion (the common
        case, read in straight-line code); None otherwise: then the general path converts it, listing every problem."""
        if type(_data) is not dict or not _data.keys() <= cls._wire_keys:
            return None
        _get = _data.get
        sku = _get("sku")
        if sku is None:
            sku = UNSET
        elif type(sku) is not str:
            return None
        locale = _get("locale")
        if locale is None:
            locale = UNSET
        elif type(locale) is not str:
            return None
        quantity = _get("quantity")
        if quantity is None:
            quantity = UNSET
        elif type(quantity) is not int:
            return None
        external_id = _get("externalId")
        if external_id is None:
            external_id = UNSET
        elif type(external_id) is not str:
            return None
        _model = cls.__new__(cls)
        _model.sku = sku
        _model.locale = locale
        _model.quantity = quantity
        _model.external_id = external_id
        _model.additional_properties = {}
        return _model

    def to_dict(self) -> dict[str, Any]:
        result = _m.extra_to_wire(self.additional_properties)
        if not isinstance(self.sku, Unset):
            result["sku"] = self.sku
        if not isinstance(self.locale, Unset):
            result["locale"] = self.locale
        if not isinstance(self.quantity, Unset):
            result["quantity"] = self.quantity
        if not isinstance(self.external_id, Unset):
            result["externalId"] = self.external_id
        return result


class StockLevelRequestParam(TypedDict, total=False):
    """`StockLevelRequest` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    sku: str | None
    locale: str | None
    quantity: int | None
    externalId: str | None
