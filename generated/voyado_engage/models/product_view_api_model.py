# Generated from generator/templates/model.py.jinja by `make generate`; do not edit.
# ruff: noqa: E402
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("item_id", "itemId"),
        ("contact_id", "contactId"),
        ("category", "category"),
        ("time", "time"),
        ("session_id", "sessionId"),
        ("new_session", "newSession"),
        ("language", "language"),
        ("url", "url"),
        ("external_referrer", "externalReferrer"),
        ("utm", "utm"),
    )
    _required: ClassVar[frozenset[str]] = frozenset(
        {
            "item_id",
            "contact_id",
        }
    )

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
        utm: Sequence[Utm | Mapping[str, Any]] | Unset | None = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        fields = _m.Fields()
        self.item_id = fields.required("itemId", _m.string, item_id)
        self.contact_id = fields.required("contactId", _m.string, contact_id)
        self.category = fields.optional("category", _m.string, category)
        self.time = fields.optional("time", _m.string, time)
        self.session_id = fields.optional("sessionId", _m.string, session_id)
        self.new_session = fields.optional("newSession", _m.boolean, new_session)
        self.language = fields.optional("language", _m.string, language)
        self.url = fields.optional("url", _m.string, url)
        self.external_referrer = fields.optional("externalReferrer", _m.string, external_referrer)
        self.utm = fields.optional("utm", _m.list_of(_m.model_of(Utm)), utm)
        self.additional_properties = fields.extra(additional_properties)
        fields.done(ProductViewApiModel)


# Imported after the class, so that models may refer to each other.
from ..models.utm import Utm
