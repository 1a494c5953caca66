"""The `UNSET` marker of fields that were not given (distinct from `None`, which Voyado reads as "not sent")."""

from typing import Literal


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        return "UNSET"  # unpickled as the module's one UNSET, so that models compare equal after a round trip


UNSET: Unset = Unset()

__all__ = ["UNSET", "Unset"]
