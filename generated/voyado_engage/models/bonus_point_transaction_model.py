# Generated from generator/templates/model.py.jinja by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _model as _m
from ..models.bonus_point_transaction_model_type import BonusPointTransactionModelType
from ..types import UNSET, Unset


@_attrs_define(init=False)
class BonusPointTransactionModel(_m.Model):
    """BonusPointTransactionModel"""

    amount: float | Decimal | Unset
    transaction_date_time: str | Unset
    description: str | Unset
    type_: BonusPointTransactionModelType | Unset
    id: str | Unset
    automation_bonus_adjustment_reason: str | Unset
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("amount", "amount"),
        ("transaction_date_time", "transactionDateTime"),
        ("description", "description"),
        ("type_", "type"),
        ("id", "id"),
        ("automation_bonus_adjustment_reason", "automationBonusAdjustmentReason"),
    )
    _required: ClassVar[frozenset[str]] = frozenset({})

    def __init__(
        self,
        *,
        amount: float | Decimal | Unset | None = UNSET,
        transaction_date_time: str | Unset | None = UNSET,
        description: str | Unset | None = UNSET,
        type_: BonusPointTransactionModelType | str | Unset | None = UNSET,
        id: str | Unset | None = UNSET,
        automation_bonus_adjustment_reason: str | Unset | None = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        fields = _m.Fields()
        self.amount = fields.optional("amount", _m.number, amount)
        self.transaction_date_time = fields.optional("transactionDateTime", _m.string, transaction_date_time)
        self.description = fields.optional("description", _m.string, description)
        self.type_ = fields.optional("type", _m.enum_of(BonusPointTransactionModelType), type_)
        self.id = fields.optional("id", _m.string, id)
        self.automation_bonus_adjustment_reason = fields.optional(
            "automationBonusAdjustmentReason", _m.string, automation_bonus_adjustment_reason
        )
        self.additional_properties = fields.extra(additional_properties)
        fields.done(BonusPointTransactionModel)
