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


@_attrs_define(init=False)
class ProductViewApiModel(_m.Model):
    """ProductViewApiModel"""

    item_id: str
    contact_id: str
    category: str | Unset
    time: str | Unset
    session_id: str | Unset
    new_session: bool | Unset
    language: str | Unset
    url: str | Unset
    external_referrer: str | Unset
    utm: list[Utm] | Unset
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
    contactId: Required[str]
    category: str | None
    time: str | None
    sessionId: str | None
    newSession: bool | None
    language: str | None
    url: str | None
    externalReferrer: str | None
    utm: Sequence[Utm | UtmParam] | None


# Imported after the class, so that models may refer to each other.
from ..models.utm import Utm, UtmParam
