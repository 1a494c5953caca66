# Generated from openapi-python-client's built-in str_enum.py.jinja by `make generate`; do not edit.
from enum import StrEnum


class ChallengeGetChallengesFilter(StrEnum):
    ACTIVE = "Active"
    ALL = "All"
    COMPLETED = "Completed"
    NOTCOMPLETED = "NotCompleted"

    def __str__(self) -> str:
        return str(self.value)
