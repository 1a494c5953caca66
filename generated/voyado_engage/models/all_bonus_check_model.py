# Generated from generator/templates/model.py.jinja by `make generate`; do not edit.
# ruff: noqa: E402
from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any, ClassVar

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
        self.redeemed_on = fields.optional("redeemedOn", _m.string, redeemed_on)
        self.redeemed = fields.optional("redeemed", _m.boolean, redeemed)
        self.expires_on = fields.optional("expiresOn", _m.string, expires_on)
        self.id = fields.optional("id", _m.string, id)
        self.check_number = fields.optional("checkNumber", _m.string, check_number)
        self.name = fields.optional("name", _m.string, name)
        self.value = fields.optional("value", _m.model_of(AllBonusCheckModelValue), value)
        self.local_values = fields.optional(
            "localValues", _m.list_of(_m.model_of(AllBonusCheckModelLocalValuesItem)), local_values
        )
        self.bonus_points = fields.optional("bonusPoints", _m.number, bonus_points)
        self.additional_properties = fields.extra(additional_properties)
        fields.done(AllBonusCheckModel)


# Imported after the class, so that models may refer to each other.
from ..models.all_bonus_check_model_local_values_item import AllBonusCheckModelLocalValuesItem
from ..models.all_bonus_check_model_value import AllBonusCheckModelValue
