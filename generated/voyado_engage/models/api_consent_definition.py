# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
# ruff: noqa: E402
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _model as _m
from ..types import UNSET, Unset


@_attrs_define(init=False)
class ApiConsentDefinition(_m.Model):
    """ApiConsentDefinition"""

    name: str | Unset
    id: str | Unset
    meta_data: ApiConsentDefinitionMetaData | Unset
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("name", "name"),
        ("id", "id"),
        ("meta_data", "metaData"),
    )
    _required: ClassVar[frozenset[str]] = frozenset({})

    def __init__(
        self,
        *,
        name: str | Unset | None = UNSET,
        id: str | Unset | None = UNSET,
        meta_data: ApiConsentDefinitionMetaData | Mapping[str, Any] | Unset | None = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        fields = _m.Fields()
        self.name = name if type(name) is Unset or type(name) is str else fields.optional("name", _m.string, name)
        self.id = id if type(id) is Unset or type(id) is str else fields.optional("id", _m.string, id)
        self.meta_data = (
            meta_data
            if type(meta_data) is Unset or type(meta_data) is ApiConsentDefinitionMetaData
            else fields.optional("metaData", _m.model_of(ApiConsentDefinitionMetaData), meta_data)
        )
        self.additional_properties = fields.extra(additional_properties)
        fields.done(ApiConsentDefinition)

    _wire_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
            "id",
            "metaData",
        }
    )

    @classmethod
    def _from_wire(cls, _data: Any) -> Self | None:
        """`_data` as this model when it is a dict with wire keys only and values that need no conversion (the common
        case, read in straight-line code); None otherwise: then the general path converts it, listing every problem."""
        if type(_data) is not dict or not _data.keys() <= cls._wire_keys:
            return None
        _get = _data.get
        name = _get("name")
        if name is None:
            name = UNSET
        elif type(name) is not str:
            return None
        id = _get("id")
        if id is None:
            id = UNSET
        elif type(id) is not str:
            return None
        meta_data = _get("metaData")
        if meta_data is None:
            meta_data = UNSET
        else:
            meta_data = ApiConsentDefinitionMetaData._from_wire(meta_data)
            if meta_data is None:
                return None
        _model = cls.__new__(cls)
        _model.name = name
        _model.id = id
        _model.meta_data = meta_data
        _model.additional_properties = {}
        return _model

    def to_dict(self) -> dict[str, Any]:
        result = _m.extra_to_wire(self.additional_properties)
        if not isinstance(self.name, Unset):
            result["name"] = self.name
        if not isinstance(self.id, Unset):
            result["id"] = self.id
        if not isinstance(self.meta_data, Unset):
            result["metaData"] = self.meta_data.to_dict()
        return result


class ApiConsentDefinitionParam(TypedDict, total=False):
    """`ApiConsentDefinition` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    name: str | None
    id: str | None
    metaData: ApiConsentDefinitionMetaData | Mapping[str, Any] | None


# Imported after the class, so that models may refer to each other.
from ..models.api_consent_definition_meta_data import ApiConsentDefinitionMetaData
