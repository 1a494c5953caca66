# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypedDict

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
