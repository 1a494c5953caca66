# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _fields as _f
from .. import _model as _m
from ..models.assign_date_range_unit import AssignDateRangeUnit


@_attrs_define(init=False, repr=False)  # the repr is `_m.Model`'s: the fields that are set
class AssignDateRange(_m.Model):
    """How long a promotion stays valid for a contact, counted from when it is assigned to them, e.g. 3 `Months`."""

    unit: AssignDateRangeUnit
    """ Unit of `amount`, `Months` or `Days`. """
    amount: int
    """ Number of `unit`s the promotion stays valid; at least 1. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[_f.Field, ...]] = (
        _f.Field("unit", "unit", _f.EnumOf("AssignDateRangeUnit"), required=True),
        _f.Field("amount", "amount", _f.Integer(1.0, 2147483647.0), required=True),
    )

    if TYPE_CHECKING:  # the signature type checkers read; the constructor itself is compiled from `_fields`

        def __init__(
            self,
            *,
            unit: AssignDateRangeUnit | Literal["Months", "Days"],
            amount: int,
            additional_properties: Mapping[str, Any] | None = None,
        ) -> None: ...


class AssignDateRangeParam(TypedDict, total=False):
    """`AssignDateRange` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    unit: Required[AssignDateRangeUnit | Literal["Months", "Days"]]
    """ Unit of `amount`, `Months` or `Days`. """
    amount: Required[int]
    """ Number of `unit`s the promotion stays valid; at least 1. """
