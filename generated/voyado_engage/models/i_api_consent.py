# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _model as _m
from ..types import UNSET, Unset


@_attrs_define(init=False)
class IApiConsent(_m.Model):
    """IApiConsent"""

    comment: str | Unset
    date: str | Unset
    id: str | Unset
    source: str | Unset
    value: bool | Unset
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("comment", "comment"),
        ("date", "date"),
        ("id", "id"),
        ("source", "source"),
        ("value", "value"),
    )
    _required: ClassVar[frozenset[str]] = frozenset({})

    def __init__(
        self,
        *,
        comment: str | Unset | None = UNSET,
        date: str | Unset | None = UNSET,
        id: str | Unset | None = UNSET,
        source: str | Unset | None = UNSET,
        value: bool | Unset | None = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        fields = _m.Fields()
        self.comment = (
            comment
            if type(comment) is Unset or type(comment) is str
            else fields.optional("comment", _m.string, comment)
        )
        self.date = date if type(date) is Unset or type(date) is str else fields.optional("date", _m.string, date)
        self.id = id if type(id) is Unset or type(id) is str else fields.optional("id", _m.string, id)
        self.source = (
            source if type(source) is Unset or type(source) is str else fields.optional("source", _m.string, source)
        )
        self.value = (
            value if type(value) is Unset or type(value) is bool else fields.optional("value", _m.boolean, value)
        )
        self.additional_properties = fields.extra(additional_properties)
        fields.done(IApiConsent)

    _wire_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "comment",
            "date",
            "id",
            "source",
            "value",
        }
    )

    @classmethod
    def _from_wire(cls, _data: Any) -> Self | None:
        """`_data` as this model when it is a dict with wire keys only and values that need no conversion (the common
        case, read in straight-line code); None otherwise: then the general path converts it, listing every problem."""
        if type(_data) is not dict or not _data.keys() <= cls._wire_keys:
            return None
        _get = _data.get
        comment = _get("comment")
        if comment is None:
            comment = UNSET
        elif type(comment) is not str:
            return None
        date = _get("date")
        if date is None:
            date = UNSET
        elif type(date) is not str:
            return None
        id = _get("id")
        if id is None:
            id = UNSET
        elif type(id) is not str:
            return None
        source = _get("source")
        if source is None:
            source = UNSET
        elif type(source) is not str:
            return None
        value = _get("value")
        if value is None:
            value = UNSET
        elif type(value) is not bool:
            return None
        _model = cls.__new__(cls)
        _model.comment = comment
        _model.date = date
        _model.id = id
        _model.source = source
        _model.value = value
        _model.additional_properties = {}
        return _model

    def to_dict(self) -> dict[str, Any]:
        result = _m.extra_to_wire(self.additional_properties)
        if not isinstance(self.comment, Unset):
            result["comment"] = self.comment
        if not isinstance(self.date, Unset):
            result["date"] = self.date
        if not isinstance(self.id, Unset):
            result["id"] = self.id
        if not isinstance(self.source, Unset):
            result["source"] = self.source
        if not isinstance(self.value, Unset):
            result["value"] = self.value
        return result


class IApiConsentParam(TypedDict, total=False):
    """`IApiConsent` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    comment: str | None
    date: str | None
    id: str | None
    source: str | None
    value: bool | None
