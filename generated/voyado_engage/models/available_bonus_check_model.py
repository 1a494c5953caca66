# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
# ruff: noqa: E402
from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _fields as _f
from .. import _model as _m
from ..types import UNSET, Unset


@_attrs_define(init=False, repr=False)  # the repr is `_m.Model`'s: the fields that are set
class AvailableBonusCheckModel(_m.Model):
    """A bonus check (reward voucher) the contact can still use, neither redeemed nor expired."""

    expires_on: str | Unset
    """ When the bonus check expires (ISO 8601 date and time). """
    id: str | Unset
    """ The bonus check's unique id in Voyado (a GUID); pass it as `bonusCheckId` to redeem the check. """
    check_number: str | Unset
    """ The bonus check's number, the code a shop or POS uses to identify it (also sent in a receipt's used bonus
    checks). A numeric series counted up by Voyado, kept as a string. """
    name: str | Unset
    """ Display name of the bonus check, such as `Bonus payment 2017-04-12 07:00`. """
    value: AvailableBonusCheckModelValue | Unset
    """ What the bonus check is worth, as an object with `currency` (ISO 4217 code) and `amount`, in the tenant's
    group currency (inferred). """
    local_values: list[AvailableBonusCheckModelLocalValuesItem] | Unset
    """ The same value converted into the other currencies the contact shops in, one object with `currency` (ISO
    4217 code) and `amount` each. """
    bonus_points: float | Decimal | Unset
    """ How many bonus (reward) points were converted into this bonus check. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[_f.Field, ...]] = (
        _f.Field("expires_on", "expiresOn", _f.STRING),
        _f.Field("id", "id", _f.STRING),
        _f.Field("check_number", "checkNumber", _f.STRING),
        _f.Field("name", "name", _f.STRING),
        _f.Field("value", "value", _f.ModelOf("AvailableBonusCheckModelValue")),
        _f.Field("local_values", "localValues", _f.ListOf(_f.ModelOf("AvailableBonusCheckModelLocalValuesItem"))),
        _f.Field("bonus_points", "bonusPoints", _f.Number()),
    )

    if TYPE_CHECKING:  # the signature type checkers read; the constructor itself is compiled from `_fields`

        def __init__(
            self,
            *,
            expires_on: str | Unset | None = UNSET,
            id: str | Unset | None = UNSET,
            check_number: str | Unset | None = UNSET,
            name: str | Unset | None = UNSET,
            value: AvailableBonusCheckModelValue | Mapping[str, Any] | Unset | None = UNSET,
            local_values: Sequence[AvailableBonusCheckModelLocalValuesItem | Mapping[str, Any]] | Unset | None = UNSET,
            bonus_points: float | Decimal | Unset | None = UNSET,
            additional_properties: Mapping[str, Any] | None = None,
        ) -> None: ...


class AvailableBonusCheckModelParam(TypedDict, total=False):
    """`AvailableBonusCheckModel` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    expiresOn: str | None
    """ When the bonus check expires (ISO 8601 date and time). """
    id: str | None
    """ The bonus check's unique id in Voyado (a GUID); pass it as `bonusCheckId` to redeem the check. """
    checkNumber: str | None
    """ The bonus check's number, the code a shop or POS uses to identify it (also sent in a receipt's used bonus
    checks). A numeric series counted up by Voyado, kept as a string. """
    name: str | None
    """ Display name of the bonus check, such as `Bonus payment 2017-04-12 07:00`. """
    value: AvailableBonusCheckModelValue | Mapping[str, Any] | None
    """ What the bonus check is worth, as an object with `currency` (ISO 4217 code) and `amount`, in the tenant's
    group currency (inferred). """
    localValues: Sequence[AvailableBonusCheckModelLocalValuesItem | Mapping[str, Any]] | None
    """ The same value converted into the other currencies the contact shops in, one object with `currency` (ISO
    4217 code) and `amount` each. """
    bonusPoints: float | Decimal | None
    """ How many bonus (reward) points were converted into this bonus check. """


# Imported after the class, so that models may refer to each other.
from ..models.available_bonus_check_model_local_values_item import AvailableBonusCheckModelLocalValuesItem
from ..models.available_bonus_check_model_value import AvailableBonusCheckModelValue
