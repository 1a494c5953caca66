# Generated from openapi-python-client's built-in str_enum.py.jinja by `make generate`; do not edit.
from enum import StrEnum


class MultichannelPromotionModelStatus(StrEnum):
    ACTIVE = "Active"
    DRAFT = "Draft"
    ENDED = "Ended"
    SCHEDULED = "Scheduled"
    TEMPORARY = "Temporary"

    def __str__(self) -> str:
        return str(self.value)
