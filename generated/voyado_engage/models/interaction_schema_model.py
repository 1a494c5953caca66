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
class InteractionSchemaModel(_m.Model):
    """InteractionSchemaModel"""

    json_schema: InteractionSchemaModelJsonSchema | Unset
    id: str | Unset
    display_name: str | Unset
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("json_schema", "jsonSchema"),
        ("id", "id"),
        ("display_name", "displayName"),
    )
    _required: ClassVar[frozenset[str]] = frozenset({})

    def __init__(
        self,
        *,
        json_schema: InteractionSchemaModelJsonSchema | Mapping[str, Any] | Unset | None = UNSET,
        id: str | Unset | None = UNSET,
        display_name: str | Unset | None = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        fields = _m.Fields()
        self.json_schema = (
            json_schema
            if type(json_schema) is Unset or type(json_schema) is InteractionSchemaModelJsonSchema
            else fields.optional("jsonSchema", _m.model_of(InteractionSchemaModelJsonSchema), json_schema)
        )
        self.id = id if type(id) is Unset or type(id) is str else fields.optional("id", _m.string, id)
        self.display_name = (
            display_name
            if type(display_name) is Unset or type(display_name) is str
            else fields.optional("displayName", _m.string, display_name)
        )
        self.additional_properties = fields.extra(additional_properties)
        fields.done(InteractionSchemaModel)

    _wire_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "jsonSchema",
            "id",
            "displayName",
        }
    )

    @classmethod
    def _from_wire(cls, _data: Any) -> Self | None:
        """`_data` as this model when it is a dict with wire keys only and values that need no conversion (the common
        case, read in straight-line code); None otherwise: then the general path converts it, listing every problem."""
        if type(_data) is not dict or not _data.keys() <= cls._wire_keys:
            return None
        _get = _data.get
        json_schema = _get("jsonSchema")
        if json_schema is None:
            json_schema = UNSET
        else:
            json_schema = InteractionSchemaModelJsonSchema._from_wire(json_schema)
            if json_schema is None:
                return None
        id = _get("id")
        if id is None:
            id = UNSET
        elif type(id) is not str:
            return None
        display_name = _get("displayName")
        if display_name is None:
            display_name = UNSET
        elif type(display_name) is not str:
            return None
        _model = cls.__new__(cls)
        _model.json_schema = json_schema
        _model.id = id
        _model.display_name = display_name
        _model.additional_properties = {}
        return _model

    def to_dict(self) -> dict[str, Any]:
        result = _m.extra_to_wire(self.additional_properties)
        if not isinstance(self.json_schema, Unset):
            result["jsonSchema"] = self.json_schema.to_dict()
        if not isinstance(self.id, Unset):
            result["id"] = self.id
        if not isinstance(self.display_name, Unset):
            result["displayName"] = self.display_name
        return result


class InteractionSchemaModelParam(TypedDict, total=False):
    """`InteractionSchemaModel` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    jsonSchema: InteractionSchemaModelJsonSchema | Mapping[str, Any] | None
    id: str | None
    displayName: str | None


# Imported after the class, so that models may refer to each other.
from ..models.interaction_schema_model_json_schema import InteractionSchemaModelJsonSchema
