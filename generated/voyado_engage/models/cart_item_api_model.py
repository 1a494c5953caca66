# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _fields as _f
from .. import _model as _m
from ..types import UNSET, Unset


@_attrs_define(init=False, repr=False)  # the repr is `_m.Model`'s: the fields that are set
class CartItemApiModel(_m.Model):
    """One product line in a tracked cart."""

    sku: str | Unset
    """ SKU (article number) of the product; it must match the product feed to appear in emails. """
    quantity: int | Unset
    """ Number of units of the product in the cart. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[_f.Field, ...]] = (
        _f.Field("sku", "sku", _f.STRING),
        _f.Field("quantity", "quantity", _f.Integer()),
    )

    if TYPE_CHECKING:  # the signature type checkers read; the constructor itself is compiled from `_fields`

        def __init__(
            self,
            *,
            sku: str | Unset | None = UNSET,
            quantity: int | Unset | None = UNSET,
            additional_properties: Mapping[str, Any] | None = None,
        ) -> None: ...


class CartItemApiModelParam(TypedDict, total=False):
    """`CartItemApiModel` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    sku: str | None
    """ SKU (article number) of the product; it must match the product feed to appear in emails. """
    quantity: int | None
    """ Number of units of the product in the cart. """
