# Generated from openapi-python-client's built-in str_enum.py.jinja by `make generate`; do not edit.
from enum import StrEnum


class ChallengeDefinitionModelStatus(StrEnum):
    ACTIVE = "Active"
    ALL = "All"
    DRAFT = "Draft"
    ENDED = "Ended"
    SCHEDULED = "Scheduled"

    def __str__(self) -> str:
        return str(self.value)
