# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
# ruff: noqa: E402
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _fields as _f
from .. import _model as _m
from ..models.challenge_assignment_model_status import ChallengeAssignmentModelStatus
from ..types import UNSET, Unset


@_attrs_define(init=False)
class ChallengeAssignmentModel(_m.Model):
    """ChallengeAssignmentModel"""

    challenge_completed_on: str | Unset
    challenge_end: str | Unset
    challenge_id: str | Unset
    challenge_start: str | Unset
    completed_checkpoints: int | Unset
    image_url: str | Unset
    contact_id: str | Unset
    id: str | Unset
    is_active: bool | Unset
    is_challenge_completed: bool | Unset
    latest_checkpoint_added_on: str | Unset
    required_checkpoints: int | Unset
    status: ChallengeAssignmentModelStatus | Unset
    links: list[IHypermediaLink] | Unset
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[_f.Field, ...]] = (
        _f.Field("challenge_completed_on", "challengeCompletedOn", _f.STRING),
        _f.Field("challenge_end", "challengeEnd", _f.STRING),
        _f.Field("challenge_id", "challengeId", _f.STRING),
        _f.Field("challenge_start", "challengeStart", _f.STRING),
        _f.Field("completed_checkpoints", "completedCheckpoints", _f.Integer()),
        _f.Field("image_url", "imageUrl", _f.STRING),
        _f.Field("contact_id", "contactId", _f.STRING),
        _f.Field("id", "id", _f.STRING),
        _f.Field("is_active", "isActive", _f.BOOLEAN),
        _f.Field("is_challenge_completed", "isChallengeCompleted", _f.BOOLEAN),
        _f.Field("latest_checkpoint_added_on", "latestCheckpointAddedOn", _f.STRING),
        _f.Field("required_checkpoints", "requiredCheckpoints", _f.Integer()),
        _f.Field("status", "status", _f.EnumOf("ChallengeAssignmentModelStatus")),
        _f.Field("links", "links", _f.ListOf(_f.ModelOf("IHypermediaLink"))),
    )

    if TYPE_CHECKING:  # the signature type checkers read; the constructor itself is compiled from `_fields`

        def __init__(
            self,
            *,
            challenge_completed_on: str | Unset | None = UNSET,
            challenge_end: str | Unset | None = UNSET,
            challenge_id: str | Unset | None = UNSET,
            challenge_start: str | Unset | None = UNSET,
            completed_checkpoints: int | Unset | None = UNSET,
            image_url: str | Unset | None = UNSET,
            contact_id: str | Unset | None = UNSET,
            id: str | Unset | None = UNSET,
            is_active: bool | Unset | None = UNSET,
            is_challenge_completed: bool | Unset | None = UNSET,
            latest_checkpoint_added_on: str | Unset | None = UNSET,
            required_checkpoints: int | Unset | None = UNSET,
            status: ChallengeAssignmentModelStatus
            | Literal["Unknown", "Completed", "NotCompleted", "Active"]
            | Unset
            | None = UNSET,
            links: Sequence[IHypermediaLink | IHypermediaLinkParam] | Unset | None = UNSET,
            additional_properties: Mapping[str, Any] | None = None,
        ) -> None: ...


class ChallengeAssignmentModelParam(TypedDict, total=False):
    """`ChallengeAssignmentModel` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    challengeCompletedOn: str | None
    challengeEnd: str | None
    challengeId: str | None
    challengeStart: str | None
    completedCheckpoints: int | None
    imageUrl: str | None
    contactId: str | None
    id: str | None
    isActive: bool | None
    isChallengeCompleted: bool | None
    latestCheckpointAddedOn: str | None
    requiredCheckpoints: int | None
    status: ChallengeAssignmentModelStatus | Literal["Unknown", "Completed", "NotCompleted", "Active"] | None
    links: Sequence[IHypermediaLink | IHypermediaLinkParam] | None


# Imported after the class, so that models may refer to each other.
from ..models.i_hypermedia_link import IHypermediaLink, IHypermediaLinkParam
