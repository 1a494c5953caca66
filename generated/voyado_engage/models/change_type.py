# Generated from openapi-python-client's built-in str_enum.py.jinja by `make generate`; do not edit.
from enum import StrEnum


class ChangeType(StrEnum):
    CREATED = "Created"
    DELETED = "Deleted"
    UPDATED = "Updated"

    def __str__(self) -> str:
        return str(self.value)
