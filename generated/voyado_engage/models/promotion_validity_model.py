# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
# ruff: noqa: E402
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _fields as _f
from .. import _model as _m
from ..types import UNSET, Unset


@_attrs_define(init=False)
class PromotionValidityModel(_m.Model):
    """PromotionValidityModel"""

    start_date: str
    end_date: str | Unset
    assigned_validity: AssignDateRange | Unset
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[_f.Field, ...]] = (
        _f.Field("start_date", "startDate", _f.STRING, required=True),
        _f.Field("end_date", "endDate", _f.STRING),
        _f.Field("assigned_validity", "assignedValidity", _f.ModelOf("AssignDateRange")),
    )

    if TYPE_CHECKING:  # the signature type checkers read; the constructor itself is compiled from `_fields`

        def __init__(
            self,
            *,
            start_date: str,
            end_date: str | Unset | None = UNSET,
            assigned_validity: AssignDateRange | AssignDateRangeParam | Unset | None = UNSET,
            additional_properties: Mapping[str, Any] | None = None,
        ) -> None: ...


class PromotionValidityModelParam(TypedDict, total=False):
    """`PromotionValidityModel` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    startDate: Required[str]
    endDate: str | None
    assignedValidity: AssignDateRange | AssignDateRangeParam | None


# Imported after the class, so that models may refer to each other.
from ..models.assign_date_range import AssignDateRange, AssignDateRangeParam
