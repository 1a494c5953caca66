# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
# ruff: noqa: E402
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _fields as _f
from .. import _model as _m
from ..types import UNSET, Unset


@_attrs_define(init=False, repr=False)  # the repr is `_m.Model`'s: the fields that are set
class ProductViewApiModel(_m.Model):
    """One view of a product page by a known contact. Used for abandoned-browse automations, products of interest
    and recommendations."""

    item_id: str
    """ SKU (or article or item id) of the viewed product, matched against the articles' SKU in Voyado. """
    contact_id: str
    """ Id of the contact who viewed the product, as a GUID or short GUID. """
    category: str | Unset
    """ The product's category on the site, e.g. `Women / Sweaters / Cardigan`; used for filtering. """
    time: str | Unset
    """ When the product was viewed, ISO 8601 with an offset, e.g. `2021-09-22T11:00:00+02:00`. """
    session_id: str | Unset
    """ Unique id of the visitor's browsing session. """
    new_session: bool | Unset
    """ True when this view starts a new session. """
    language: str | Unset
    """ Culture code of the site such as `sv-SE`; a matching product feed should be configured in Engage. """
    url: str | Unset
    """ URL of the viewed product page. """
    external_referrer: str | Unset
    """ The outside site the visitor came from by following a link, e.g. `https://www.google.com`. """
    utm: list[Utm] | Unset
    """ UTM campaign parameters of the visit, as key and value pairs (inferred). """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[_f.Field, ...]] = (
        _f.Field("item_id", "itemId", _f.STRING, required=True),
        _f.Field("contact_id", "contactId", _f.STRING, required=True),
        _f.Field("category", "category", _f.STRING),
        _f.Field("time", "time", _f.STRING),
        _f.Field("session_id", "sessionId", _f.STRING),
        _f.Field("new_session", "newSession", _f.BOOLEAN),
        _f.Field("language", "language", _f.STRING),
        _f.Field("url", "url", _f.STRING),
        _f.Field("external_referrer", "externalReferrer", _f.STRING),
        _f.Field("utm", "utm", _f.ListOf(_f.ModelOf("Utm"))),
    )

    if TYPE_CHECKING:  # the signature type checkers read; the constructor itself is compiled from `_fields`

        def __init__(
            self,
            *,
            item_id: str,
            contact_id: str,
            category: str | Unset | None = UNSET,
            time: str | Unset | None = UNSET,
            session_id: str | Unset | None = UNSET,
            new_session: bool | Unset | None = UNSET,
            language: str | Unset | None = UNSET,
            url: str | Unset | None = UNSET,
            external_referrer: str | Unset | None = UNSET,
            utm: Sequence[Utm | UtmParam] | Unset | None = UNSET,
            additional_properties: Mapping[str, Any] | None = None,
        ) -> None: ...


class ProductViewApiModelParam(TypedDict, total=False):
    """`ProductViewApiModel` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    itemId: Required[str]
    """ SKU (or article or item id) of the viewed product, matched against the articles' SKU in Voyado. """
    contactId: Required[str]
    """ Id of the contact who viewed the product, as a GUID or short GUID. """
    category: str | None
    """ The product's category on the site, e.g. `Women / Sweaters / Cardigan`; used for filtering. """
    time: str | None
    """ When the product was viewed, ISO 8601 with an offset, e.g. `2021-09-22T11:00:00+02:00`. """
    sessionId: str | None
    """ Unique id of the visitor's browsing session. """
    newSession: bool | None
    """ True when this view starts a new session. """
    language: str | None
    """ Culture code of the site such as `sv-SE`; a matching product feed should be configured in Engage. """
    url: str | None
    """ URL of the viewed product page. """
    externalReferrer: str | None
    """ The outside site the visitor came from by following a link, e.g. `https://www.google.com`. """
    utm: Sequence[Utm | UtmParam] | None
    """ UTM campaign parameters of the visit, as key and value pairs (inferred). """


# Imported after the class, so that models may refer to each other.
from ..models.utm import Utm, UtmParam
