# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, Required, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _model as _m


@_attrs_define(init=False)
class ApiAdjustRewardPointsResponse(_m.Model):
    """ApiAdjustRewardPointsResponse"""

    contact_id: str
    total_reward_points: float | Decimal
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("contact_id", "contactId"),
        ("total_reward_points", "totalRewardPoints"),
    )
    _required: ClassVar[frozenset[str]] = frozenset(
        {
            "contact_id",
            "total_reward_points",
        }
    )

    def __init__(
        self,
        *,
        contact_id: str,
        total_reward_points: float | Decimal,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        fields = _m.Fields()
        self.contact_id = contact_id if type(contact_id) is str else fields.required("contactId", _m.string, contact_id)
        self.total_reward_points = (
            total_reward_points
            if _m.plain_number(total_reward_points)
            else fields.required("totalRewardPoints", _m.number, total_reward_points)
        )
        self.additional_properties = fields.extra(additional_properties)
        fields.done(ApiAdjustRewardPointsResponse)

    _wire_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "contactId",
            "totalRewardPoints",
        }
    )

    @classmethod
    def _from_wire(cls, _data: Any) -> Self | None:
        """`_data` as this model when it is a dict with wire keys only and values that need no conversion (the common
        case, read in straight-line code); None otherwise: then the general path converts it, listing every problem."""
        if type(_data) is not dict or not _data.keys() <= cls._wire_keys:
            return None
        _get = _data.get
        contact_id = _get("contactId")
        if type(contact_id) is not str:
            return None
        total_reward_points = _get("totalRewardPoints")
        if not (
            (type(total_reward_points) is float and total_reward_points - total_reward_points == 0)
            or type(total_reward_points) is int
            or (type(total_reward_points) is Decimal and total_reward_points.is_finite())
        ):
            return None
        _model = cls.__new__(cls)
        _model.contact_id = contact_id
        _model.total_reward_points = total_reward_points
        _model.additional_properties = {}
        return _model

    def to_dict(self) -> dict[str, Any]:
        result = _m.extra_to_wire(self.additional_properties)
        result["contactId"] = self.contact_id
        result["totalRewardPoints"] = self.total_reward_points
        return result


class ApiAdjustRewardPointsResponseParam(TypedDict, total=False):
    """`ApiAdjustRewardPointsResponse` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    contactId: Required[str]
    totalRewardPoints: Required[float | Decimal]
