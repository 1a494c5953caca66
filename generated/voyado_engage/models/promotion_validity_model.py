# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
# ruff: noqa: E402
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Required, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("start_date", "startDate"),
        ("end_date", "endDate"),
        ("assigned_validity", "assignedValidity"),
    )
    _required: ClassVar[frozenset[str]] = frozenset(
        {
            "start_date",
        }
    )

    def __init__(
        self,
        *,
        start_date: str,
        end_date: str | Unset | None = UNSET,
        assigned_validity: AssignDateRange | AssignDateRangeParam | Unset | None = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        fields = _m.Fields()
        self.start_date = start_date if type(start_date) is str else fields.required("startDate", _m.string, start_date)
        self.end_date = (
            end_date
            if type(end_date) is Unset or type(end_date) is str
            else fields.optional("endDate", _m.string, end_date)
        )
        self.assigned_validity = (
            assigned_validity
            if type(assigned_validity) is Unset or type(assigned_validity) is AssignDateRange
            else fields.optional("assignedValidity", _m.model_of(AssignDateRange), assigned_validity)
        )
        self.additional_properties = fields.extra(additional_properties)
        fields.done(PromotionValidityModel)

    _wire_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "startDate",
            "endDate",
            "assignedValidity",
        }
    )

    @classmethod
    def _from_wire(cls, _data: Any) -> Self | None:
        """`_data` as this model when it is a dict with wire keys only and values that need no conversion (the common
        case, read in straight-line code); None otherwise: then the general path converts it, listing every problem."""
        if type(_data) is not dict or not _data.keys() <= cls._wire_keys:
            return None
        _get = _data.get
        start_date = _get("startDate")
        if type(start_date) is not str:
            return None
        end_date = _get("endDate")
        if end_date is None:
            end_date = UNSET
        elif type(end_date) is not str:
            return None
        assigned_validity = _get("assignedValidity")
        if assigned_validity is None:
            assigned_validity = UNSET
        else:
            assigned_validity = AssignDateRange._from_wire(assigned_validity)
            if assigned_validity is None:
                return None
        _model = cls.__new__(cls)
        _model.start_date = start_date
        _model.end_date = end_date
        _model.assigned_validity = assigned_validity
        _model.additional_properties = {}
        return _model

    def to_dict(self) -> dict[str, Any]:
        result = _m.extra_to_wire(self.additional_properties)
        result["startDate"] = self.start_date
        if not isinstance(self.end_date, Unset):
            result["endDate"] = self.end_date
        if not isinstance(self.assigned_validity, Unset):
            result["assignedValidity"] = self.assigned_validity.to_dict()
        return result


class PromotionValidityModelParam(TypedDict, total=False):
    """`PromotionValidityModel` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    startDate: Required[str]
    endDate: str | None
    assignedValidity: AssignDateRange | AssignDateRangeParam | None


# Imported after the class, so that models may refer to each other.
from ..models.assign_date_range import AssignDateRange, AssignDateRangeParam
