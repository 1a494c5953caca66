# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Required, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _model as _m
from ..models.assign_date_range_unit import AssignDateRangeUnit


@_attrs_define(init=False)
class AssignDateRange(_m.Model):
    """AssignDateRange"""

    unit: AssignDateRangeUnit
    amount: int
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("unit", "unit"),
        ("amount", "amount"),
    )
    _required: ClassVar[frozenset[str]] = frozenset(
        {
            "unit",
            "amount",
        }
    )

    def __init__(
        self,
        *,
        unit: AssignDateRangeUnit | Literal["Months", "Days"],
        amount: int,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        fields = _m.Fields()
        self.unit = (
            unit
            if (type(unit) is AssignDateRangeUnit and AssignDateRangeUnit._value2member_map_.get(unit) is unit)
            else fields.required("unit", _m.enum_of(AssignDateRangeUnit), unit)
        )
        self.amount = fields.required("amount", _m.bounded(_m.integer, 1.0, 2147483647.0), amount)
        self.additional_properties = fields.extra(additional_properties)
        fields.done(AssignDateRange)

    _wire_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "unit",
            "amount",
        }
    )

    @classmethod
    def _from_wire(cls, _data: Any) -> Self | None:
        """`_data` as this model when it is a dict with wire keys only and values that need no conversion (the common
        case, read in straight-line code); None otherwise: then the general path converts it, listing every problem."""
        if type(_data) is not dict or not _data.keys() <= cls._wire_keys:
            return None
        _get = _data.get
        unit = _get("unit")
        unit = _m.listed_member(AssignDateRangeUnit, unit)
        if unit is None:
            return None
        amount = _get("amount")
        amount = _m.plain(_m.bounded(_m.integer, 1.0, 2147483647.0), amount)
        if amount is None:
            return None
        _model = cls.__new__(cls)
        _model.unit = unit
        _model.amount = amount
        _model.additional_properties = {}
        return _model

    def to_dict(self) -> dict[str, Any]:
        result = _m.extra_to_wire(self.additional_properties)
        result["unit"] = self.unit._value_
        result["amount"] = self.amount
        return result


class AssignDateRangeParam(TypedDict, total=False):
    """`AssignDateRange` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    unit: Required[AssignDateRangeUnit | Literal["Months", "Days"]]
    amount: Required[int]
