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
        consents: Sequence[IApiConsent | IApiConsentParam] | Unset | None = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        fields = _m.Fields()
        self.id = id if type(id) is Unset or type(id) is str else fields.optional("id", _m.string, id)
        self.attributes = (
            attributes
            if type(attributes) is Unset or type(attributes) is IApiContactAttributes
            else fields.optional("attributes", _m.model_of(IApiContactAttributes), attributes)
        )
        self.meta = (
            meta
            if type(meta) is Unset or type(meta) is IApiContactMeta
            else fields.optional("meta", _m.model_of(IApiContactMeta), meta)
        )
        self.preferences = (
            preferences
            if type(preferences) is Unset or type(preferences) is IApiContactPreferences
            else fields.optional("preferences", _m.model_of(IApiContactPreferences), preferences)
        )
        self.consents = (
            consents
            if type(consents) is Unset
            else fields.optional("consents", _m.list_of(_m.model_of(IApiConsent)), consents)
        )
        self.additional_properties = fields.extra(additional_properties)
        fields.done(IApiContact)

    _wire_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "attributes",
            "meta",
            "preferences",
            "consents",
        }
    )

    @classmethod
    def _from_wire(cls, _data: Any) -> Self | None:
        """`_data` as this model when it is a dict with wire keys only and values that need no conversion (the common
        case, read in straight-line code); None otherwise: then the general path converts it, listing every problem."""
        if type(_data) is not dict or not _data.keys() <= cls._wire_keys:
            return None
        _get = _data.get
        id = _get("id")
        if id is None:
            id = UNSET
        elif type(id) is not str:
            return None
        attributes = _get("attributes")
        if attributes is None:
            attributes = UNSET
        else:
            attributes = IApiContactAttributes._from_wire(attributes)
            if attributes is None:
                return None
        meta = _get("meta")
        if meta is None:
            meta = UNSET
        else:
            meta = IApiContactMeta._from_wire(meta)
            if meta is None:
                return None
        preferences = _get("preferences")
        if preferences is None:
            preferences = UNSET
        else:
            preferences = IApiContactPreferences._from_wire(preferences)
            if preferences is None:
                return None
        consents = _get("consents")
        if consents is None:
            consents = UNSET
        else:
            consents = _m.plain_list(IApiConsent._from_wire, consents)
            if consents is None:
                return None
        _model = cls.__new__(cls)
        _model.id = id
        _model.attributes = attributes
        _model.meta = meta
        _model.preferences = preferences
        _model.consents = consents
        _model.additional_properties = {}
        return _model

    def to_dict(self) -> dict[str, Any]:
        result = _m.extra_to_wire(self.additional_properties)
        if not isinstance(self.id, Unset):
            result["id"] = self.id
        if not isinstance(self.attributes, Unset):
            result["attributes"] = self.attributes.to_dict()
        if not isinstance(self.meta, Unset):
            result["meta"] = self.meta.to_dict()
        if not isinstance(self.preferences, Unset):
            result["preferences"] = self.preferences.to_dict()
        if not isinstance(self.consents, Unset):
            result["consents"] = [item.to_dict() for item in self.consents]
        return result


class IApiContactParam(TypedDict, total=False):
    """`IApiContact` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    id: str | None
    attributes: IApiContactAttributes | Mapping[str, Any] | None
    meta: IApiContactMeta | Mapping[str, Any] | None
    preferences: IApiContactPreferences | Mapping[str, Any] | None
    consents: Sequence[IApiConsent | IApiConsentParam] | None


# Imported after the class, so that models may refer to each other.
from ..models.i_api_consent import IApiConsent, IApiConsentParam
from ..models.i_api_contact_attributes import IApiContactAttributes
from ..models.i_api_contact_meta import IApiContactMeta
from ..models.i_api_contact_preferences import IApiContactPreferences
