# Generated from openapi-python-client's built-in str_enum.py.jinja by `make generate`; do not edit.
from enum import StrEnum


class BonusPointTransactionModelType(StrEnum):
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

    def __str__(self) -> str:
        return str(self.value)
