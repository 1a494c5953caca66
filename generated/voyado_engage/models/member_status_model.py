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
class MemberStatusModel(_m.Model):
    """MemberStatusModel"""

    status_color: str | Unset
    status_text: str | Unset
    data: MemberStatusModelData | Unset
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("status_color", "statusColor"),
        ("status_text", "statusText"),
        ("data", "data"),
    )
    _required: ClassVar[frozenset[str]] = frozenset({})

    def __init__(
        self,
        *,
        status_color: str | Unset | None = UNSET,
        status_text: str | Unset | None = UNSET,
        data: MemberStatusModelData | Mapping[str, Any] | Unset | None = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        fields = _m.Fields()
        self.status_color = (
            status_color
            if type(status_color) is Unset or type(status_color) is str
            else fields.optional("statusColor", _m.string, status_color)
        )
        self.status_text = (
            status_text
            if type(status_text) is Unset or type(status_text) is str
            else fields.optional("statusText", _m.string, status_text)
        )
        self.data = (
            data
            if type(data) is Unset or type(data) is MemberStatusModelData
            else fields.optional("data", _m.model_of(MemberStatusModelData), data)
        )
        self.additional_properties = fields.extra(additional_properties)
        fields.done(MemberStatusModel)

    _wire_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "statusColor",
            "statusText",
            "data",
        }
    )

    @classmethod
    def _from_wire(cls, _data: Any) -> Self | None:
        """`_data` as this model when it is a dict with wire keys only and values that need no conversion (the common
        case, read in straight-line code); None otherwise: then the general path converts it, listing every problem."""
        if type(_data) is not dict or not _data.keys() <= cls._wire_keys:
            return None
        _get = _data.get
        status_color = _get("statusColor")
        if status_color is None:
            status_color = UNSET
        elif type(status_color) is not str:
            return None
        status_text = _get("statusText")
        if status_text is None:
            status_text = UNSET
        elif type(status_text) is not str:
            return None
        data = _get("data")
        if data is None:
            data = UNSET
        else:
            data = MemberStatusModelData._from_wire(data)
            if data is None:
                return None
        _model = cls.__new__(cls)
        _model.status_color = status_color
        _model.status_text = status_text
        _model.data = data
        _model.additional_properties = {}
        return _model

    def to_dict(self) -> dict[str, Any]:
        result = _m.extra_to_wire(self.additional_properties)
        if not isinstance(self.status_color, Unset):
            result["statusColor"] = self.status_color
        if not isinstance(self.status_text, Unset):
            result["statusText"] = self.status_text
        if not isinstance(self.data, Unset):
            result["data"] = self.data.to_dict()
        return result


class MemberStatusModelParam(TypedDict, total=False):
    """`MemberStatusModel` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    statusColor: str | None
    statusText: str | None
    data: MemberStatusModelData | Mapping[str, Any] | None


# Imported after the class, so that models may refer to each other.
from ..models.member_status_model_data import MemberStatusModelData
