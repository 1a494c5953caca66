# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
# ruff: noqa: E402
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _fields as _f
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

    _fields: ClassVar[tuple[_f.Field, ...]] = (
        _f.Field("cart_reference", "cartReference", _f.STRING),
        _f.Field("time", "time", _f.STRING),
        _f.Field("contact_id", "contactId", _f.STRING),
        _f.Field("language", "language", _f.STRING),
        _f.Field("url", "url", _f.STRING),
        _f.Field("items", "items", _f.ListOf(_f.ModelOf("CartItemApiModel"))),
    )

    if TYPE_CHECKING:  # the signature type checkers read; the constructor itself is compiled from `_fields`

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
        ) -> None: ...


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
