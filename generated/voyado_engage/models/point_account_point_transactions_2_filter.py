# Generated from openapi-python-client's built-in str_enum.py.jinja by `make generate`; do not edit.
from enum import StrEnum


class PointAccountPointTransactions2Filter(StrEnum):
    ACTIVE = "Active"
    ALL = "All"
    PENDING = "Pending"

    def __str__(self) -> str:
        return str(self.value)
