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
class PointDefinitionModel(_m.Model):
    """PointDefinitionModel"""

    description: str | Unset
    id: int | Unset
    name: str | Unset
    links: list[IHypermediaLink] | Unset
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("description", "description"),
        ("id", "id"),
        ("name", "name"),
        ("links", "links"),
    )
    _required: ClassVar[frozenset[str]] = frozenset({})

    def __init__(
        self,
        *,
        description: str | Unset | None = UNSET,
        id: int | Unset | None = UNSET,
        name: str | Unset | None = UNSET,
        links: Sequence[IHypermediaLink | IHypermediaLinkParam] | Unset | None = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        fields = _m.Fields()
        self.description = (
            description
            if type(description) is Unset or type(description) is str
            else fields.optional("description", _m.string, description)
        )
        self.id = id if type(id) is Unset or type(id) is int else fields.optional("id", _m.integer, id)
        self.name = name if type(name) is Unset or type(name) is str else fields.optional("name", _m.string, name)
        self.links = (
            links if type(links) is Unset else fields.optional("links", _m.list_of(_m.model_of(IHypermediaLink)), links)
        )
        self.additional_properties = fields.extra(additional_properties)
        fields.done(PointDefinitionModel)

    _wire_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "description",
            "id",
            "name",
            "links",
        }
    )

    @classmethod
    def _from_wire(cls, _data: Any) -> Self | None:
        """`_data` as this model when it is a dict with wire keys only and values that need no conversion (the common
        case, read in straight-line code); None otherwise: then the general path converts it, listing every problem."""
        if type(_data) is not dict or not _data.keys() <= cls._wire_keys:
            return None
        _get = _data.get
        description = _get("description")
        if description is None:
            description = UNSET
        elif type(description) is not str:
            return None
        id = _get("id")
        if id is None:
            id = UNSET
        elif type(id) is not int:
            return None
        name = _get("name")
        if name is None:
            name = UNSET
        elif type(name) is not str:
            return None
        links = _get("links")
        if links is None:
            links = UNSET
        else:
            links = _m.plain_list(IHypermediaLink._from_wire, links)
            if links is None:
                return None
        _model = cls.__new__(cls)
        _model.description = description
        _model.id = id
        _model.name = name
        _model.links = links
        _model.additional_properties = {}
        return _model

    def to_dict(self) -> dict[str, Any]:
        result = _m.extra_to_wire(self.additional_properties)
        if not isinstance(self.description, Unset):
            result["description"] = self.description
        if not isinstance(self.id, Unset):
            result["id"] = self.id
        if not isinstance(self.name, Unset):
            result["name"] = self.name
        if not isinstance(self.links, Unset):
            result["links"] = [item.to_dict() for item in self.links]
        return result


class PointDefinitionModelParam(TypedDict, total=False):
    """`PointDefinitionModel` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    description: str | None
    id: int | None
    name: str | None
    links: Sequence[IHypermediaLink | IHypermediaLinkParam] | None


# Imported after the class, so that models may refer to each other.
from ..models.i_hypermedia_link import IHypermediaLink, IHypermediaLinkParam
