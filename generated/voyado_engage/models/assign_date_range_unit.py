# Generated from openapi-python-client's built-in str_enum.py.jinja by `make generate`; do not edit.
from enum import StrEnum


class AssignDateRangeUnit(StrEnum):
    DAYS = "Days"
    MONTHS = "Months"

    def __str__(self) -> str:
        return str(self.value)
