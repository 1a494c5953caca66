# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, Literal, Self, TypedDict

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
    ) -> None:
        fields = _m.Fields()
        self.amount = (
            amount if type(amount) is Unset or _m.plain_number(amount) else fields.optional("amount", _m.number, amount)
        )
        self.transaction_date_time = (
            transaction_date_time
            if type(transaction_date_time) is Unset or type(transaction_date_time) is str
            else fields.optional("transactionDateTime", _m.string, transaction_date_time)
        )
        self.description = (
            description
            if type(description) is Unset or type(description) is str
            else fields.optional("description", _m.string, description)
        )
        self.type_ = (
            type_
            if type(type_) is Unset
            or (
                type(type_) is BonusPointTransactionModelType
                and BonusPointTransactionModelType._value2member_map_.get(type_) is type_
            )
            else fields.optional("type", _m.enum_of(BonusPointTransactionModelType), type_)
        )
        self.id = id if type(id) is Unset or type(id) is str else fields.optional("id", _m.string, id)
        self.automation_bonus_adjustment_reason = (
            automation_bonus_adjustment_reason
            if type(automation_bonus_adjustment_reason) is Unset or type(automation_bonus_adjustment_reason) is str
            else fields.optional("automationBonusAdjustmentReason", _m.string, automation_bonus_adjustment_reason)
        )
        self.additional_properties = fields.extra(additional_properties)
        fields.done(BonusPointTransactionModel)

    _wire_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "amount",
            "transactionDateTime",
            "description",
            "type",
            "id",
            "automationBonusAdjustmentReason",
        }
    )

    @classmethod
    def _from_wire(cls, _data: Any) -> Self | None:
        """`_data` as this model when it is a dict with wire keys only and values that need no conversion (the common
        case, read in straight-line code); None otherwise: then the general path converts it, listing every problem."""
        if type(_data) is not dict or not _data.keys() <= cls._wire_keys:
            return None
        _get = _data.get
        amount = _get("amount")
        if amount is None:
            amount = UNSET
        elif not (
            (type(amount) is float and amount - amount == 0)
            or type(amount) is int
            or (type(amount) is Decimal and amount.is_finite())
        ):
            return None
        transaction_date_time = _get("transactionDateTime")
        if transaction_date_time is None:
            transaction_date_time = UNSET
        elif type(transaction_date_time) is not str:
            return None
        description = _get("description")
        if description is None:
            description = UNSET
        elif type(description) is not str:
            return None
        type_ = _get("type")
        if type_ is None:
            type_ = UNSET
        else:
            type_ = _m.listed_member(BonusPointTransactionModelType, type_)
            if type_ is None:
                return None
        id = _get("id")
        if id is None:
            id = UNSET
        elif type(id) is not str:
            return None
        automation_bonus_adjustment_reason = _get("automationBonusAdjustmentReason")
        if automation_bonus_adjustment_reason is None:
            automation_bonus_adjustment_reason = UNSET
        elif type(automation_bonus_adjustment_reason) is not str:
            return None
        _model = cls.__new__(cls)
        _model.amount = amount
        _model.transaction_date_time = transaction_date_time
        _model.description = description
        _model.type_ = type_
        _model.id = id
        _model.automation_bonus_adjustment_reason = automation_bonus_adjustment_reason
        _model.additional_properties = {}
        return _model

    def to_dict(self) -> dict[str, Any]:
        result = _m.extra_to_wire(self.additional_properties)
        if not isinstance(self.amount, Unset):
            result["amount"] = self.amount
        if not isinstance(self.transaction_date_time, Unset):
            result["transactionDateTime"] = self.transaction_date_time
        if not isinstance(self.description, Unset):
            result["description"] = self.description
        if not isinstance(self.type_, Unset):
            result["type"] = self.type_._value_
        if not isinstance(self.id, Unset):
            result["id"] = self.id
        if not isinstance(self.automation_bonus_adjustment_reason, Unset):
            result["automationBonusAdjustmentReason"] = self.automation_bonus_adjustment_reason
        return result


class BonusPointTransactionModelParam(TypedDict, total=False):
    """`BonusPointTransactionModel` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    amount: float | Decimal | None
    transactionDateTime: str | None
    description: str | None
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
    id: str | None
    automationBonusAdjustmentReason: str | None
