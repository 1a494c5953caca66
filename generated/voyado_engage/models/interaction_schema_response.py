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
class InteractionSchemaResponse(_m.Model):
    """InteractionSchemaResponse"""

    id: str | Unset
    self_: InteractionSchemaResponseSelf | Unset
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("self_", "self"),
    )
    _required: ClassVar[frozenset[str]] = frozenset({})

    def __init__(
        self,
        *,
        id: str | Unset | None = UNSET,
        self_: InteractionSchemaResponseSelf | InteractionSchemaResponseSelfParam | Unset | None = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        fields = _m.Fields()
        self.id = id if type(id) is Unset or type(id) is str else fields.optional("id", _m.string, id)
        self.self_ = (
            self_
            if type(self_) is Unset or type(self_) is InteractionSchemaResponseSelf
            else fields.optional("self", _m.model_of(InteractionSchemaResponseSelf), self_)
        )
        self.additional_properties = fields.extra(additional_properties)
        fields.done(InteractionSchemaResponse)

    _wire_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "self",
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
        self_ = _get("self")
        if self_ is None:
            self_ = UNSET
        else:
            self_ = InteractionSchemaResponseSelf._from_wire(self_)
            if self_ is None:
                return None
        _model = cls.__new__(cls)
        _model.id = id
        _model.self_ = self_
        _model.additional_properties = {}
        return _model

    def to_dict(self) -> dict[str, Any]:
        result = _m.extra_to_wire(self.additional_properties)
        if not isinstance(self.id, Unset):
            result["id"] = self.id
        if not isinstance(self.self_, Unset):
            result["self"] = self.self_.to_dict()
        return result


class InteractionSchemaResponseParam(TypedDict, total=False):
    """`InteractionSchemaResponse` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    id: str | None
    self: InteractionSchemaResponseSelf | InteractionSchemaResponseSelfParam | None


# Imported after the class, so that models may refer to each other.
from ..models.interaction_schema_response_self import InteractionSchemaResponseSelf, InteractionSchemaResponseSelfParam
