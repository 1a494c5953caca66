# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
# ruff: noqa: E402
from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any, ClassVar, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _model as _m
from ..types import UNSET, Unset


@_attrs_define(init=False)
class AllBonusCheckModel(_m.Model):
    """AllBonusCheckModel"""

    redeemed_on: str | Unset
    redeemed: bool | Unset
    expires_on: str | Unset
    id: str | Unset
    check_number: str | Unset
    name: str | Unset
    value: AllBonusCheckModelValue | Unset
    local_values: list[AllBonusCheckModelLocalValuesItem] | Unset
    bonus_points: float | Decimal | Unset
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("redeemed_on", "redeemedOn"),
        ("redeemed", "redeemed"),
        ("expires_on", "expiresOn"),
        ("id", "id"),
        ("check_number", "checkNumber"),
        ("name", "name"),
        ("value", "value"),
        ("local_values", "localValues"),
        ("bonus_points", "bonusPoints"),
    )
    _required: ClassVar[frozenset[str]] = frozenset({})

    def __init__(
        self,
        *,
        redeemed_on: str | Unset | None = UNSET,
        redeemed: bool | Unset | None = UNSET,
        expires_on: str | Unset | None = UNSET,
        id: str | Unset | None = UNSET,
        check_number: str | Unset | None = UNSET,
        name: str | Unset | None = UNSET,
        value: AllBonusCheckModelValue | Mapping[str, Any] | Unset | None = UNSET,
        local_values: Sequence[AllBonusCheckModelLocalValuesItem | Mapping[str, Any]] | Unset | None = UNSET,
        bonus_points: float | Decimal | Unset | None = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        fields = _m.Fields()
        self.redeemed_on = (
            redeemed_on
            if type(redeemed_on) is Unset or type(redeemed_on) is str
            else fields.optional("redeemedOn", _m.string, redeemed_on)
        )
        self.redeemed = (
            redeemed
            if type(redeemed) is Unset or type(redeemed) is bool
            else fields.optional("redeemed", _m.boolean, redeemed)
        )
        self.expires_on = (
            expires_on
            if type(expires_on) is Unset or type(expires_on) is str
            else fields.optional("expiresOn", _m.string, expires_on)
        )
        self.id = id if type(id) is Unset or type(id) is str else fields.optional("id", _m.string, id)
        self.check_number = (
            check_number
            if type(check_number) is Unset or type(check_number) is str
            else fields.optional("checkNumber", _m.string, check_number)
        )
        self.name = name if type(name) is Unset or type(name) is str else fields.optional("name", _m.string, name)
        self.value = (
            value
            if type(value) is Unset or type(value) is AllBonusCheckModelValue
            else fields.optional("value", _m.model_of(AllBonusCheckModelValue), value)
        )
        self.local_values = (
            local_values
            if type(local_values) is Unset
            else fields.optional(
                "localValues", _m.list_of(_m.model_of(AllBonusCheckModelLocalValuesItem)), local_values
            )
        )
        self.bonus_points = (
            bonus_points
            if type(bonus_points) is Unset or _m.plain_number(bonus_points)
            else fields.optional("bonusPoints", _m.number, bonus_points)
        )
        self.additional_properties = fields.extra(additional_properties)
        fields.done(AllBonusCheckModel)

    _wire_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "redeemedOn",
            "redeemed",
            "expiresOn",
            "id",
            "checkNumber",
            "name",
            "value",
            "localValues",
            "bonusPoints",
        }
    )

    @classmethod
    def _from_wire(cls, _data: Any) -> Self | None:
        """`_data` as this model when it is a dict with wire keys only and values that need no conversion (the common
        case, read in straight-line code); None otherwise: then the general path converts it, listing every problem."""
        if type(_data) is not dict or not _data.keys() <= cls._wire_keys:
            return None
        _get = _data.get
        redeemed_on = _get("redeemedOn")
        if redeemed_on is None:
            redeemed_on = UNSET
        elif type(redeemed_on) is not str:
            return None
        redeemed = _get("redeemed")
        if redeemed is None:
            redeemed = UNSET
        elif type(redeemed) is not bool:
            return None
        expires_on = _get("expiresOn")
        if expires_on is None:
            expires_on = UNSET
        elif type(expires_on) is not str:
            return None
        id = _get("id")
        if id is None:
            id = UNSET
        elif type(id) is not str:
            return None
        check_number = _get("checkNumber")
        if check_number is None:
            check_number = UNSET
        elif type(check_number) is not str:
            return None
        name = _get("name")
        if name is None:
            name = UNSET
        elif type(name) is not str:
            return None
        value = _get("value")
        if value is None:
            value = UNSET
        else:
            value = AllBonusCheckModelValue._from_wire(value)
            if value is None:
                return None
        local_values = _get("localValues")
        if local_values is None:
            local_values = UNSET
        else:
            local_values = _m.plain_list(AllBonusCheckModelLocalValuesItem._from_wire, local_values)
            if local_values is None:
                return None
        bonus_points = _get("bonusPoints")
        if bonus_points is None:
            bonus_points = UNSET
        elif not (
            (type(bonus_points) is float and bonus_points - bonus_points == 0)
            or type(bonus_points) is int
            or (type(bonus_points) is Decimal and bonus_points.is_finite())
        ):
            return None
        _model = cls.__new__(cls)
        _model.redeemed_on = redeemed_on
        _model.redeemed = redeemed
        _model.expires_on = expires_on
        _model.id = id
        _model.check_number = check_number
        _model.name = name
        _model.value = value
        _model.local_values = local_values
        _model.bonus_points = bonus_points
        _model.additional_properties = {}
        return _model

    def to_dict(self) -> dict[str, Any]:
        result = _m.extra_to_wire(self.additional_properties)
        if not isinstance(self.redeemed_on, Unset):
            result["redeemedOn"] = self.redeemed_on
        if not isinstance(self.redeemed, Unset):
            result["redeemed"] = self.redeemed
        if not isinstance(self.expires_on, Unset):
            result["expiresOn"] = self.expires_on
        if not isinstance(self.id, Unset):
            result["id"] = self.id
        if not isinstance(self.check_number, Unset):
            result["checkNumber"] = self.check_number
        if not isinstance(self.name, Unset):
            result["name"] = self.name
        if not isinstance(self.value, Unset):
            result["value"] = self.value.to_dict()
        if not isinstance(self.local_values, Unset):
            result["localValues"] = [item.to_dict() for item in self.local_values]
        if not isinstance(self.bonus_points, Unset):
            result["bonusPoints"] = self.bonus_points
        return result


class AllBonusCheckModelParam(TypedDict, total=False):
    """`AllBonusCheckModel` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    redeemedOn: str | None
    redeemed: bool | None
    expiresOn: str | None
    id: str | None
    checkNumber: str | None
    name: str | None
    value: AllBonusCheckModelValue | Mapping[str, Any] | None
    localValues: Sequence[AllBonusCheckModelLocalValuesItem | Mapping[str, Any]] | None
    bonusPoints: float | Decimal | None


# Imported after the class, so that models may refer to each other.
from ..models.all_bonus_check_model_local_values_item import AllBonusCheckModelLocalValuesItem
from ..models.all_bonus_check_model_value import AllBonusCheckModelValue
