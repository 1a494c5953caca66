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


@_attrs_define(init=False, repr=False)  # the repr is `_m.Model`'s: the fields that are set
class CartApiModel(_m.Model):
    """The latest state of one shopping cart, sent on every change. A cart untouched for 30 minutes counts as
    abandoned and can trigger an automation when it belongs to a known contact."""

    cart_reference: str | Unset
    """ Unique id of the cart; every update of the same cart uses it. In a batch only the latest update (by `time`)
    of each cart counts. """
    time: str | Unset
    """ When the cart was changed, ISO 8601 with an offset, e.g. `2021-09-22T11:00:00+02:00`. """
    contact_id: str | Unset
    """ Id of the contact who owns the cart, as a GUID or short GUID. """
    language: str | Unset
    """ Culture code of the cart such as `sv-SE`; it must match a product feed in Engage for an abandoned-cart
    automation to fire. """
    url: str | Unset
    """ URL of the cart on the shop's site. """
    items: list[CartItemApiModel] | Unset
    """ The products now in the cart. An empty list marks the cart as emptied, e.g. after checkout (inferred from
    the tracking script). """
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
    """ Unique id of the cart; every update of the same cart uses it. In a batch only the latest update (by `time`)
    of each cart counts. """
    time: str | None
    """ When the cart was changed, ISO 8601 with an offset, e.g. `2021-09-22T11:00:00+02:00`. """
    contactId: str | None
    """ Id of the contact who owns the cart, as a GUID or short GUID. """
    language: str | None
    """ Culture code of the cart such as `sv-SE`; it must match a product feed in Engage for an abandoned-cart
    automation to fire. """
    url: str | None
    """ URL of the cart on the shop's site. """
    items: Sequence[CartItemApiModel | CartItemApiModelParam] | None
    """ The products now in the cart. An empty list marks the cart as emptied, e.g. after checkout (inferred from
    the tracking script). """


# Imported after the class, so that models may refer to each other.
from ..models.cart_item_api_model import CartItemApiModel, CartItemApiModelParam
