# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _model as _m
from ..types import UNSET, Unset


@_attrs_define(init=False)
class InteractionSchemaWithoutJsonModel(_m.Model):
    """InteractionSchemaWithoutJsonModel"""

    id: str | Unset
    display_name: str | Unset
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("display_name", "displayName"),
    )
    _required: ClassVar[frozenset[str]] = frozenset({})

    def __init__(
        self,
        *,
        id: str | Unset | None = UNSET,
        display_name: str | Unset | None = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        fields = _m.Fields()
        self.id = id if type(id) is Unset or type(id) is str else fields.optional("id", _m.string, id)
        self.display_name = (
            display_name
            if type(display_name) is Unset or type(display_name) is str
            else fields.optional("displayName", _m.string, display_name)
        )
        self.additional_properties = fields.extra(additional_properties)
        fields.done(InteractionSchemaWithoutJsonModel)

    def to_dict(self) -> dict[str, Any]:
        result = _m.extra_to_wire(self.additional_properties)
        if not isinstance(self.id, Unset):
            result["id"] = self.id
        if not isinstance(self.display_name, Unset):
            result["displayName"] = self.display_name
        return result


class InteractionSchemaWithoutJsonModelParam(TypedDict, total=False):
    """`InteractionSchemaWithoutJsonModel` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    id: str | None
    displayName: str | None
