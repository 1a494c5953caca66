# Generated from openapi-python-client's built-in str_enum.py.jinja by `make generate`; do not edit.
from enum import StrEnum


class ChallengeAssignmentModelStatus(StrEnum):
    ACTIVE = "Active"
    COMPLETED = "Completed"
    NOTCOMPLETED = "NotCompleted"
    UNKNOWN = "Unknown"

    def __str__(self) -> str:
        return str(self.value)
