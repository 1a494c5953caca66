# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
# ruff: noqa: E402
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _fields as _f
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

    _fields: ClassVar[tuple[_f.Field, ...]] = (
        _f.Field("json_schema", "jsonSchema", _f.ModelOf("InteractionSchemaModelJsonSchema")),
        _f.Field("id", "id", _f.STRING),
        _f.Field("display_name", "displayName", _f.STRING),
    )

    if TYPE_CHECKING:  # the signature type checkers read; the constructor itself is compiled from `_fields`

        def __init__(
            self,
            *,
            json_schema: InteractionSchemaModelJsonSchema | Mapping[str, Any] | Unset | None = UNSET,
            id: str | Unset | None = UNSET,
            display_name: str | Unset | None = UNSET,
            additional_properties: Mapping[str, Any] | None = None,
        ) -> None: ...


class InteractionSchemaModelParam(TypedDict, total=False):
    """`InteractionSchemaModel` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    jsonSchema: InteractionSchemaModelJsonSchema | Mapping[str, Any] | None
    id: str | None
    displayName: str | None


# Imported after the class, so that models may refer to each other.
from ..models.interaction_schema_model_json_schema import InteractionSchemaModelJsonSchema
