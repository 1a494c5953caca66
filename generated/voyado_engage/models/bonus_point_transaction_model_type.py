# Generated from generator/render/templates/str_enum.py.jinja by `make generate`; do not edit.
from enum import StrEnum
from typing import Any

from .. import _model as _m


class BonusPointTransactionModelType(StrEnum):
    """The values the API description lists. A value Voyado adds later is read as an unknown member (kept, equal
    to its text); requests accept the listed values only."""

    ADJUSTMENT = "Adjustment"
    BONUSBALANCEADJUSTMENT = "BonusBalanceAdjustment"
    BONUSCHECK = "BonusCheck"
    BONUSPROMOTION = "BonusPromotion"
    BONUSPROMOTIONRETURN = "BonusPromotionReturn"
    DUEDATE = "DueDate"
    FROMAUTOMATION = "FromAutomation"
    PURCHASE = "Purchase"
    PURCHASEREDUCTION = "PurchaseReduction"
    PURCHASEWITHPOINTS = "PurchaseWithPoints"
    RECRUITMENT = "Recruitment"
    RETURN = "Return"
    STARTBONUS = "StartBonus"

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return _m.unknown_member(cls, value)
