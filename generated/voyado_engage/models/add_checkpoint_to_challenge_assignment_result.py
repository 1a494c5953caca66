# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
# ruff: noqa: E402
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _model as _m
from ..types import UNSET, Unset


@_attrs_define(init=False)
class AddCheckpointToChallengeAssignmentResult(_m.Model):
    """AddCheckpointToChallengeAssignmentResult"""

    missing_contact_ids: list[str] | Unset
    missing_definition_ids: list[str] | Unset
    not_accepted: list[ChallengeCheckPointDto] | Unset
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("missing_contact_ids", "missingContactIds"),
        ("missing_definition_ids", "missingDefinitionIds"),
        ("not_accepted", "notAccepted"),
    )
    _required: ClassVar[frozenset[str]] = frozenset({})

    def __init__(
        self,
        *,
        missing_contact_ids: Sequence[str] | Unset | None = UNSET,
        missing_definition_ids: Sequence[str] | Unset | None = UNSET,
        not_accepted: Sequence[ChallengeCheckPointDto | ChallengeCheckPointDtoParam] | Unset | None = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        fields = _m.Fields()
        self.missing_contact_ids = (
            missing_contact_ids
            if type(missing_contact_ids) is Unset
            else fields.optional("missingContactIds", _m.list_of(_m.string), missing_contact_ids)
        )
        self.missing_definition_ids = (
            missing_definition_ids
            if type(missing_definition_ids) is Unset
            else fields.optional("missingDefinitionIds", _m.list_of(_m.string), missing_definition_ids)
        )
        self.not_accepted = (
            not_accepted
            if type(not_accepted) is Unset
            else fields.optional("notAccepted", _m.list_of(_m.model_of(ChallengeCheckPointDto)), not_accepted)
        )
        self.additional_properties = fields.extra(additional_properties)
        fields.done(AddCheckpointToChallengeAssignmentResult)

    _wire_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "missingContactIds",
            "missingDefinitionIds",
            "notAccepted",
        }
    )

    @classmethod
    def _from_wire(cls, _data: Any) -> Self | None:
        """`_data` as this model when it is a dict with wire keys only and values that need no conversion (the common
        case, read in straight-line code); None otherwise: then the general path converts it, listing every problem."""
        if type(_data) is not dict or not _data.keys() <= cls._wire_keys:
            return None
        _get = _data.get
        missing_contact_ids = _get("missingContactIds")
        if missing_contact_ids is None:
            missing_contact_ids = UNSET
        else:
            missing_contact_ids = _m.plain(_m.list_of(_m.string), missing_contact_ids)
            if missing_contact_ids is None:
                return None
        missing_definition_ids = _get("missingDefinitionIds")
        if missing_definition_ids is None:
            missing_definition_ids = UNSET
        else:
            missing_definition_ids = _m.plain(_m.list_of(_m.string), missing_definition_ids)
            if missing_definition_ids is None:
                return None
        not_accepted = _get("notAccepted")
        if not_accepted is None:
            not_accepted = UNSET
        else:
            not_accepted = _m.plain_list(ChallengeCheckPointDto._from_wire, not_accepted)
            if not_accepted is None:
                return None
        _model = cls.__new__(cls)
        _model.missing_contact_ids = missing_contact_ids
        _model.missing_definition_ids = missing_definition_ids
        _model.not_accepted = not_accepted
        _model.additional_properties = {}
        return _model

    def to_dict(self) -> dict[str, Any]:
        result = _m.extra_to_wire(self.additional_properties)
        if not isinstance(self.missing_contact_ids, Unset):
            result["missingContactIds"] = list(self.missing_contact_ids)
        if not isinstance(self.missing_definition_ids, Unset):
            result["missingDefinitionIds"] = list(self.missing_definition_ids)
        if not isinstance(self.not_accepted, Unset):
            result["notAccepted"] = [item.to_dict() for item in self.not_accepted]
        return result


class AddCheckpointToChallengeAssignmentResultParam(TypedDict, total=False):
    """`AddCheckpointToChallengeAssignmentResult` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    missingContactIds: Sequence[str] | None
    missingDefinitionIds: Sequence[str] | None
    notAccepted: Sequence[ChallengeCheckPointDto | ChallengeCheckPointDtoParam] | None


# Imported after the class, so that models may refer to each other.
from ..models.challenge_check_point_dto import ChallengeCheckPointDto, ChallengeCheckPointDtoParam
