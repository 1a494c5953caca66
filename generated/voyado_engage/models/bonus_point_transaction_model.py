# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _fields as _f
from .. import _model as _m
from ..models.bonus_point_transaction_model_type import BonusPointTransactionModelType
from ..types import UNSET, Unset


@_attrs_define(init=False, repr=False)  # the repr is `_m.Model`'s: the fields that are set
class BonusPointTransactionModel(_m.Model):
    """One change to a contact's bonus points (called reward points in Engage today): points earned on a purchase,
    granted by an automation, adjusted, taken back on a return or converted into a bonus check."""

    amount: float | Decimal | Unset
    """ How many points the transaction moved: positive when points were added, negative when they were taken away
    (sign inferred). A number of points, not money. """
    transaction_date_time: str | Unset
    """ When the transaction was made (ISO 8601 date and time with offset, e.g. `2022-01-11T15:17:00+01:00`). """
    description: str | Unset
    """ Free text that says what the points were for, such as `Welcome points`. """
    type_: BonusPointTransactionModelType | Unset
    """ What caused the change, e.g. `Purchase`, `Return`, `Adjustment`, `FromAutomation` (granted by an automation)
    or `BonusCheck` (points converted into a bonus check, inferred). """
    id: str | Unset
    """ The transaction's unique id (a GUID). """
    automation_bonus_adjustment_reason: str | Unset
    """ Reason text recorded with points that an automation adjusted, such as `From automation`; mostly set when
    `type` is `FromAutomation` (inferred). """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[_f.Field, ...]] = (
        _f.Field("amount", "amount", _f.Number()),
        _f.Field("transaction_date_time", "transactionDateTime", _f.STRING),
        _f.Field("description", "description", _f.STRING),
        _f.Field("type_", "type", _f.EnumOf("BonusPointTransactionModelType")),
        _f.Field("id", "id", _f.STRING),
        _f.Field("automation_bonus_adjustment_reason", "automationBonusAdjustmentReason", _f.STRING),
    )

    if TYPE_CHECKING:  # the signature type checkers read; the constructor itself is compiled from `_fields`

        def __init__(
            self,
            *,
            amount: float | Decimal | Unset | None = UNSET,
            transaction_date_time: str | Unset | None = UNSET,
            description: str | Unset | None = UNSET,
            type_: BonusPointTransactionModelType
            | Literal[
                "Purchase",
                "Adjustment",
                "Recruitment",
                "PurchaseReduction",
                "Return",
                "BonusCheck",
                "DueDate",
                "StartBonus",
                "BonusPromotion",
                "BonusPromotionReturn",
                "FromAutomation",
                "BonusBalanceAdjustment",
                "PurchaseWithPoints",
            ]
            | Unset
            | None = UNSET,
            id: str | Unset | None = UNSET,
            automation_bonus_adjustment_reason: str | Unset | None = UNSET,
            additional_properties: Mapping[str, Any] | None = None,
        ) -> None: ...


class BonusPointTransactionModelParam(TypedDict, total=False):
    """`BonusPointTransactionModel` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    amount: float | Decimal | None
    """ How many points the transaction moved: positive when points were added, negative when they were taken away
    (sign inferred). A number of points, not money. """
    transactionDateTime: str | None
    """ When the transaction was made (ISO 8601 date and time with offset, e.g. `2022-01-11T15:17:00+01:00`). """
    description: str | None
    """ Free text that says what the points were for, such as `Welcome points`. """
    type: (
        BonusPointTransactionModelType
        | Literal[
            "Purchase",
            "Adjustment",
            "Recruitment",
            "PurchaseReduction",
            "Return",
            "BonusCheck",
            "DueDate",
            "StartBonus",
            "BonusPromotion",
            "BonusPromotionReturn",
            "FromAutomation",
            "BonusBalanceAdjustment",
            "PurchaseWithPoints",
        ]
        | None
    )
    """ What caused the change, e.g. `Purchase`, `Return`, `Adjustment`, `FromAutomation` (granted by an automation)
    or `BonusCheck` (points converted into a bonus check, inferred). """
    id: str | None
    """ The transaction's unique id (a GUID). """
    automationBonusAdjustmentReason: str | None
    """ Reason text recorded with points that an automation adjusted, such as `From automation`; mostly set when
    `type` is `FromAutomation` (inferred). """
