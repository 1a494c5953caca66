# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, ClassVar, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _fields as _f
from .. import _model as _m


@_attrs_define(init=False, repr=False)  # the repr is `_m.Model`'s: the fields that are set
class ApiAdjustRewardPointsResponse(_m.Model):
    """The result of a reward point adjustment."""

    contact_id: str
    """ The contact's id in Voyado (a GUID). """
    total_reward_points: float | Decimal
    """ The contact's reward point balance after the adjustment (inferred). """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[_f.Field, ...]] = (
        _f.Field("contact_id", "contactId", _f.STRING, required=True),
        _f.Field("total_reward_points", "totalRewardPoints", _f.Number(), required=True),
    )

    if TYPE_CHECKING:  # the signature type checkers read; the constructor itself is compiled from `_fields`

        def __init__(
            self,
            *,
            contact_id: str,
            total_reward_points: float | Decimal,
            additional_properties: Mapping[str, Any] | None = None,
        ) -> None: ...


class ApiAdjustRewardPointsResponseParam(TypedDict, total=False):
    """`ApiAdjustRewardPointsResponse` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    contactId: Required[str]
    """ The contact's id in Voyado (a GUID). """
    totalRewardPoints: Required[float | Decimal]
    """ The contact's reward point balance after the adjustment (inferred). """
