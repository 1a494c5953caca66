# Generated from generator/render/templates/str_enum.py.jinja by `make generate`; do not edit.
from enum import StrEnum
from typing import Any

from .. import _model as _m


class ChallengeDefinitionStatus(StrEnum):
    """The values the API description lists. A value Voyado adds later is read as an unknown member (kept, equal
    to its text); requests accept the listed values only."""

    ACTIVE = "Active"
    ALL = "All"
    DRAFT = "Draft"
    ENDED = "Ended"
    SCHEDULED = "Scheduled"

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return _m.unknown_member(cls, value)


# The name the spec gave this enum before, kept for the code that uses it.
ChallengeGetChallengeDefinitionsStatus = ChallengeDefinitionStatus
