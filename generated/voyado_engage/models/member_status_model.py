# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
# ruff: noqa: E402
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _fields as _f
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

    _fields: ClassVar[tuple[_f.Field, ...]] = (
        _f.Field("status_color", "statusColor", _f.STRING),
        _f.Field("status_text", "statusText", _f.STRING),
        _f.Field("data", "data", _f.ModelOf("MemberStatusModelData")),
    )

    if TYPE_CHECKING:  # the signature type checkers read; the constructor itself is compiled from `_fields`

        def __init__(
            self,
            *,
            status_color: str | Unset | None = UNSET,
            status_text: str | Unset | None = UNSET,
            data: MemberStatusModelData | Mapping[str, Any] | Unset | None = UNSET,
            additional_properties: Mapping[str, Any] | None = None,
        ) -> None: ...


class MemberStatusModelParam(TypedDict, total=False):
    """`MemberStatusModel` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    statusColor: str | None
    statusText: str | None
    data: MemberStatusModelData | Mapping[str, Any] | None


# Imported after the class, so that models may refer to each other.
from ..models.member_status_model_data import MemberStatusModelData
