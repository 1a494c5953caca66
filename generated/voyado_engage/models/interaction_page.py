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
class InteractionPage(_m.Model):
    """InteractionPage"""

    links: list[HypermediaLink] | Unset
    items: list[InteractionModel] | Unset
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("links", "links"),
        ("items", "items"),
    )
    _required: ClassVar[frozenset[str]] = frozenset({})

    def __init__(
        self,
        *,
        links: Sequence[HypermediaLink | HypermediaLinkParam] | Unset | None = UNSET,
        items: Sequence[InteractionModel | InteractionModelParam] | Unset | None = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        fields = _m.Fields()
        self.links = (
            links if type(links) is Unset else fields.optional("links", _m.list_of(_m.model_of(HypermediaLink)), links)
        )
        self.items = (
            items
            if type(items) is Unset
            else fields.optional("items", _m.list_of(_m.model_of(InteractionModel)), items)
        )
        self.additional_properties = fields.extra(additional_properties)
        fields.done(InteractionPage)

    _wire_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "links",
            "items",
        }
    )

    @classmethod
    def _from_wire(cls, _data: Any) -> Self | None:
        """`_data` as this model when it is a dict with wire keys only and values that need no conversion (the common
        case, read in straight-line code); None otherwise: then the general path converts it, listing every problem."""
        if type(_data) is not dict or not _data.keys() <= cls._wire_keys:
            return None
        _get = _data.get
        links = _get("links")
        if links is None:
            links = UNSET
        else:
            links = _m.plain_list(HypermediaLink._from_wire, links)
            if links is None:
                return None
        items = _get("items")
        if items is None:
            items = UNSET
        else:
            items = _m.plain_list(InteractionModel._from_wire, items)
            if items is None:
                return None
        _model = cls.__new__(cls)
        _model.links = links
        _model.items = items
        _model.additional_properties = {}
        return _model

    def to_dict(self) -> dict[str, Any]:
        result = _m.extra_to_wire(self.additional_properties)
        if not isinstance(self.links, Unset):
            result["links"] = [item.to_dict() for item in self.links]
        if not isinstance(self.items, Unset):
            result["items"] = [item.to_dict() for item in self.items]
        return result


class InteractionPageParam(TypedDict, total=False):
    """`InteractionPage` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    links: Sequence[HypermediaLink | HypermediaLinkParam] | None
    items: Sequence[InteractionModel | InteractionModelParam] | None


# Imported after the class, so that models may refer to each other.
from ..models.hypermedia_link import HypermediaLink, HypermediaLinkParam
from ..models.interaction_model import InteractionModel, InteractionModelParam
