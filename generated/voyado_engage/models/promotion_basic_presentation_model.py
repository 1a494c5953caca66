# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _model as _m
from ..types import UNSET, Unset


@_attrs_define(init=False)
class PromotionBasicPresentationModel(_m.Model):
    """PromotionBasicPresentationModel"""

    heading: str | Unset
    description: str | Unset
    link: str | Unset
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("heading", "heading"),
        ("description", "description"),
        ("link", "link"),
    )
    _required: ClassVar[frozenset[str]] = frozenset({})

    def __init__(
        self,
        *,
        heading: str | Unset | None = UNSET,
        description: str | Unset | None = UNSET,
        link: str | Unset | None = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        fields = _m.Fields()
        self.heading = (
            heading
            if type(heading) is Unset or type(heading) is str
            else fields.optional("heading", _m.string, heading)
        )
        self.description = (
            description
            if type(description) is Unset or type(description) is str
            else fields.optional("description", _m.string, description)
        )
        self.link = link if type(link) is Unset or type(link) is str else fields.optional("link", _m.string, link)
        self.additional_properties = fields.extra(additional_properties)
        fields.done(PromotionBasicPresentationModel)

    _wire_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "heading",
            "description",
            "link",
        }
    )

    @classmethod
    def _from_wire(cls, _data: Any) -> Self | None:
        """`_data` as this model when it is a dict with wire keys only and values that need no conversion (the common
        case, read in straight-line code); None otherwise: then the general path converts it, listing every problem."""
        if type(_data) is not dict or not _data.keys() <= cls._wire_keys:
            return None
        _get = _data.get
        heading = _get("heading")
        if heading is None:
            heading = UNSET
        elif type(heading) is not str:
            return None
        description = _get("description")
        if description is None:
            description = UNSET
        elif type(description) is not str:
            return None
        link = _get("link")
        if link is None:
            link = UNSET
        elif type(link) is not str:
            return None
        _model = cls.__new__(cls)
        _model.heading = heading
        _model.description = description
        _model.link = link
        _model.additional_properties = {}
        return _model

    def to_dict(self) -> dict[str, Any]:
        result = _m.extra_to_wire(self.additional_properties)
        if not isinstance(self.heading, Unset):
            result["heading"] = self.heading
        if not isinstance(self.description, Unset):
            result["description"] = self.description
        if not isinstance(self.link, Unset):
            result["link"] = self.link
        return result


class PromotionBasicPresentationModelParam(TypedDict, total=False):
    """`PromotionBasicPresentationModel` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    heading: str | None
    description: str | None
    link: str | None
