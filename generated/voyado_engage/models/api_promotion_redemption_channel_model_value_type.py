# Generated from openapi-python-client's built-in str_enum.py.jinja by `make generate`; do not edit.
from enum import StrEnum


class ApiPromotionRedemptionChannelModelValueType(StrEnum):
    EXTERNALOFFER = "EXTERNALOFFER"
    MANUAL = "MANUAL"
    MONEY = "MONEY"
    PERCENT = "PERCENT"
    SWIPE = "SWIPE"

    def __str__(self) -> str:
        return str(self.value)
