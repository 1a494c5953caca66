# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
# ruff: noqa: E402
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _model as _m
from ..types import UNSET, Unset


@_attrs_define(init=False)
class CartApiModel(_m.Model):
    """CartApiModel"""

    cart_reference: str | Unset
    time: str | Unset
    contact_id: str | Unset
    language: str | Unset
    url: str | Unset
    items: list[CartItemApiModel] | Unset
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("cart_reference", "cartReference"),
        ("time", "time"),
        ("contact_id", "contactId"),
        ("language", "language"),
        ("url", "url"),
        ("items", "items"),
    )
    _required: ClassVar[frozenset[str]] = frozenset({})

    def __init__(
        self,
        *,
        cart_reference: str | Unset | None = UNSET,
        time: str | Unset | None = UNSET,
        contact_id: str | Unset | None = UNSET,
        language: str | Unset | None = UNSET,
        url: str | Unset | None = UNSET,
        items: Sequence[CartItemApiModel | CartItemApiModelParam] | Unset | None = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        fields = _m.Fields()
        self.cart_reference = (
            cart_reference
            if type(cart_reference) is Unset or type(cart_reference) is str
            else fields.optional("cartReference", _m.string, cart_reference)
        )
        self.time = time if type(time) is Unset or type(time) is str else fields.optional("time", _m.string, time)
        self.contact_id = (
            contact_id
            if type(contact_id) is Unset or type(contact_id) is str
            else fields.optional("contactId", _m.string, contact_id)
        )
        self.language = (
            language
            if type(language) is Unset or type(language) is str
            else fields.optional("language", _m.string, language)
        )
        self.url = url if type(url) is Unset or type(url) is str else fields.optional("url", _m.string, url)
        self.items = (
            items
            if type(items) is Unset
            else fields.optional("items", _m.list_of(_m.model_of(CartItemApiModel)), items)
        )
        self.additional_properties = fields.extra(additional_properties)
        fields.done(CartApiModel)

    _wire_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "cartReference",
            "time",
            "contactId",
            "language",
            "url",
            "items",
        }
    )

    @classmethod
    def _from_wire(cls, _data: Any) -> Self | None:
        """`_data` as this model when it is a dict with wire keys only and values that need no conversion (the common
        case, read in straight-line code); None otherwise: then the general path converts it, listing every problem."""
        if type(_data) is not dict or not _data.keys() <= cls._wire_keys:
            return None
        _get = _data.get
        cart_reference = _get("cartReference")
        if cart_reference is None:
            cart_reference = UNSET
        elif type(cart_reference) is not str:
            return None
        time = _get("time")
        if time is None:
            time = UNSET
        elif type(time) is not str:
            return None
        contact_id = _get("contactId")
        if contact_id is None:
            contact_id = UNSET
        elif type(contact_id) is not str:
            return None
        language = _get("language")
        if language is None:
            language = UNSET
        elif type(language) is not str:
            return None
        url = _get("url")
        if url is None:
            url = UNSET
        elif type(url) is not str:
            return None
        items = _get("items")
        if items is None:
            items = UNSET
        else:
            items = _m.plain_list(CartItemApiModel._from_wire, items)
            if items is None:
                return None
        _model = cls.__new__(cls)
        _model.cart_reference = cart_reference
        _model.time = time
        _model.contact_id = contact_id
        _model.language = language
        _model.url = url
        _model.items = items
        _model.additional_properties = {}
        return _model

    def to_dict(self) -> dict[str, Any]:
        result = _m.extra_to_wire(self.additional_properties)
        if not isinstance(self.cart_reference, Unset):
            result["cartReference"] = self.cart_reference
        if not isinstance(self.time, Unset):
            result["time"] = self.time
        if not isinstance(self.contact_id, Unset):
            result["contactId"] = self.contact_id
        if not isinstance(self.language, Unset):
            result["language"] = self.language
        if not isinstance(self.url, Unset):
            result["url"] = self.url
        if not isinstance(self.items, Unset):
            result["items"] = [item.to_dict() for item in self.items]
        return result


class CartApiModelParam(TypedDict, total=False):
    """`CartApiModel` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    cartReference: str | None
    time: str | None
    contactId: str | None
    language: str | None
    url: str | None
    items: Sequence[CartItemApiModel | CartItemApiModelParam] | None


# Imported after the class, so that models may refer to each other.
from ..models.cart_item_api_model import CartItemApiModel, CartItemApiModelParam
