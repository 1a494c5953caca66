# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
# ruff: noqa: E402
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _fields as _f
from .. import _model as _m
from ..types import UNSET, Unset


@_attrs_define(init=False, repr=False)  # the repr is `_m.Model`'s: the fields that are set
class AddCheckpointToChallengeAssignmentResult(_m.Model):
    """The outcome of adding checkpoints. The call succeeds even when some rows are rejected, so check these lists
    for rows that were not applied."""

    missing_contact_ids: list[str] | Unset
    """ Contact ids from the request that match no contact (inferred). """
    missing_definition_ids: list[str] | Unset
    """ Definition ids from the request that match no challenge definition (inferred). """
    not_accepted: list[ChallengeCheckPointDto] | Unset
    """ The rows that were skipped, as they were sent. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[_f.Field, ...]] = (
        _f.Field("missing_contact_ids", "missingContactIds", _f.ListOf(_f.STRING)),
        _f.Field("missing_definition_ids", "missingDefinitionIds", _f.ListOf(_f.STRING)),
        _f.Field("not_accepted", "notAccepted", _f.ListOf(_f.ModelOf("ChallengeCheckPointDto"))),
    )

    if TYPE_CHECKING:  # the signature type checkers read; the constructor itself is compiled from `_fields`

        def __init__(
            self,
            *,
            missing_contact_ids: Sequence[str] | Unset | None = UNSET,
            missing_definition_ids: Sequence[str] | Unset | None = UNSET,
            not_accepted: Sequence[ChallengeCheckPointDto | ChallengeCheckPointDtoParam] | Unset | None = UNSET,
            additional_properties: Mapping[str, Any] | None = None,
        ) -> None: ...


class AddCheckpointToChallengeAssignmentResultParam(TypedDict, total=False):
    """`AddCheckpointToChallengeAssignmentResult` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    missingContactIds: Sequence[str] | None
    """ Contact ids from the request that match no contact (inferred). """
    missingDefinitionIds: Sequence[str] | None
    """ Definition ids from the request that match no challenge definition (inferred). """
    notAccepted: Sequence[ChallengeCheckPointDto | ChallengeCheckPointDtoParam] | None
    """ The rows that were skipped, as they were sent. """


# Imported after the class, so that models may refer to each other.
from ..models.challenge_check_point_dto import ChallengeCheckPointDto, ChallengeCheckPointDtoParam
