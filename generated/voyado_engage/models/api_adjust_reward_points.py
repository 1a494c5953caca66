# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, ClassVar, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _fields as _f
from .. import _model as _m
from ..types import UNSET, Unset


@_attrs_define(init=False, repr=False)  # the repr is `_m.Model`'s: the fields that are set
class ApiAdjustRewardPoints(_m.Model):
    """Body for adjusting a contact's reward (bonus) points through the API: how many points to add or take away,
    and why. Needs the rewards (bonus) module to be enabled for the tenant."""

    points: float | Decimal
    """ How many points to adjust by: positive adds points, negative takes them away. Decimals are allowed (e.g.
    `25.95`). """
    description: str | Unset
    """ Free text that says why the points were adjusted, such as `Performed a review`. """
    type_: str | Unset
    """ Kind of adjustment; the accepted values are not documented (inferred). """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[_f.Field, ...]] = (
        _f.Field("points", "points", _f.Number(), required=True),
        _f.Field("description", "description", _f.STRING),
        _f.Field("type_", "type", _f.STRING),
    )

    if TYPE_CHECKING:  # the signature type checkers read; the constructor itself is compiled from `_fields`

        def __init__(
            self,
            *,
            points: float | Decimal,
            description: str | Unset | None = UNSET,
            type_: str | Unset | None = UNSET,
            additional_properties: Mapping[str, Any] | None = None,
        ) -> None: ...


class ApiAdjustRewardPointsParam(TypedDict, total=False):
    """`ApiAdjustRewardPoints` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    points: Required[float | Decimal]
    """ How many points to adjust by: positive adds points, negative takes them away. Decimals are allowed (e.g.
    `25.95`). """
    description: str | None
    """ Free text that says why the points were adjusted, such as `Performed a review`. """
    type: str | None
    """ Kind of adjustment; the accepted values are not documented (inferred). """
