# Generated from openapi-python-client's built-in str_enum.py.jinja by `make generate`; do not edit.
from enum import StrEnum


class ReceiptItemType(StrEnum):
    ADJUSTMENT = "ADJUSTMENT"
    PURCHASE = "PURCHASE"
    RETURN = "RETURN"

    def __str__(self) -> str:
        return str(self.value)
