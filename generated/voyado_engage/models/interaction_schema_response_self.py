# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _model as _m
from ..types import UNSET, Unset


@_attrs_define(init=False)
class InteractionSchemaResponseSelf(_m.Model):
    """InteractionSchemaResponseSelf"""

    href: str | Unset
    created: str | Unset
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("href", "href"),
        ("created", "created"),
    )
    _required: ClassVar[frozenset[str]] = frozenset({})

    def __init__(
        self,
        *,
        href: str | Unset | None = UNSET,
        created: str | Unset | None = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        fields = _m.Fields()
        self.href = href if type(href) is Unset or type(href) is str else fields.optional("href", _m.string, href)
        self.created = (
            created
            if type(created) is Unset or type(created) is str
            else fields.optional("created", _m.string, created)
        )
        self.additional_properties = fields.extra(additional_properties)
        fields.done(InteractionSchemaResponseSelf)

    _wire_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "href",
            "created",
        }
    )

    @classmethod
    def _from_wire(cls, _data: Any) -> Self | None:
        """`_data` as this model when it is a dict with wire keys only and values that need no conversion (the common
        case, read in straight-line code); None otherwise: then the general path converts it, listing every problem."""
        if type(_data) is not dict or not _data.keys() <= cls._wire_keys:
            return None
        _get = _data.get
        href = _get("href")
        if href is None:
            href = UNSET
        elif type(href) is not str:
            return None
        created = _get("created")
        if created is None:
            created = UNSET
        elif type(created) is not str:
            return None
        _model = cls.__new__(cls)
        _model.href = href
        _model.created = created
        _model.additional_properties = {}
        return _model

    def to_dict(self) -> dict[str, Any]:
        result = _m.extra_to_wire(self.additional_properties)
        if not isinstance(self.href, Unset):
            result["href"] = self.href
        if not isinstance(self.created, Unset):
            result["created"] = self.created
        return result


class InteractionSchemaResponseSelfParam(TypedDict, total=False):
    """`InteractionSchemaResponseSelf` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    href: str | None
    created: str | None
