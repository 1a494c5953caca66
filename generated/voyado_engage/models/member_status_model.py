# Generated from generator/templates/model.py.jinja by `make generate`; do not edit.
# ruff: noqa: E402
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

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
        self.status_color = fields.optional("statusColor", _m.string, status_color)
        self.status_text = fields.optional("statusText", _m.string, status_text)
        self.data = fields.optional("data", _m.model_of(MemberStatusModelData), data)
        self.additional_properties = fields.extra(additional_properties)
        fields.done(MemberStatusModel)


# Imported after the class, so that models may refer to each other.
from ..models.member_status_model_data import MemberStatusModelData
