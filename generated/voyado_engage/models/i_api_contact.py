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
class IApiContact(_m.Model):
    """IApiContact"""

    id: str | Unset
    attributes: IApiContactAttributes | Unset
    meta: IApiContactMeta | Unset
    preferences: IApiContactPreferences | Unset
    consents: list[IApiConsent] | Unset
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("attributes", "attributes"),
        ("meta", "meta"),
        ("preferences", "preferences"),
        ("consents", "consents"),
    )
    _required: ClassVar[frozenset[str]] = frozenset({})

    def __init__(
        self,
        *,
        id: str | Unset | None = UNSET,
        attributes: IApiContactAttributes | Mapping[str, Any] | Unset | None = UNSET,
        meta: IApiContactMeta | Mapping[str, Any] | Unset | None = UNSET,
        preferences: IApiContactPreferences | Mapping[str, Any] | Unset | None = UNSET,
        consents: Sequence[IApiConsent | Mapping[str, Any]] | Unset | None = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        fields = _m.Fields()
        self.id = fields.optional("id", _m.string, id)
        self.attributes = fields.optional("attributes", _m.model_of(IApiContactAttributes), attributes)
        self.meta = fields.optional("meta", _m.model_of(IApiContactMeta), meta)
        self.preferences = fields.optional("preferences", _m.model_of(IApiContactPreferences), preferences)
        self.consents = fields.optional("consents", _m.list_of(_m.model_of(IApiConsent)), consents)
        self.additional_properties = fields.extra(additional_properties)
        fields.done(IApiContact)


# Imported after the class, so that models may refer to each other.
from ..models.i_api_consent import IApiConsent
from ..models.i_api_contact_attributes import IApiContactAttributes
from ..models.i_api_contact_meta import IApiContactMeta
from ..models.i_api_contact_preferences import IApiContactPreferences
