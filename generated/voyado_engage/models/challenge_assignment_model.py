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


@_attrs_define(init=False, repr=False)  # the repr is `_m.Model`'s: the fields that are set
class ChallengeAssignmentModel(_m.Model):
    """A challenge: one contact's instance of a challenge definition, with the contact's progress in it. Created
    when a definition is assigned to a contact; each one belongs to exactly one contact and one definition."""

    challenge_completed_on: str | Unset
    """ When the contact completed the challenge (ISO 8601 date and time). """
    challenge_end: str | Unset
    """ When the challenge ends for this contact (ISO 8601 date and time). """
    challenge_id: str | Unset
    """ Id of the challenge definition this challenge was created from (inferred: the model has no separate
    `definitionId`). """
    challenge_start: str | Unset
    """ When the challenge started for this contact (ISO 8601 date and time). """
    completed_checkpoints: int | Unset
    """ How many checkpoints the contact has reached so far. """
    image_url: str | Unset
    """ Address (URL) of an image for the challenge, e.g. to show on "My pages" or in emails (inferred). """
    contact_id: str | Unset
    """ The id of the contact the challenge belongs to (a GUID). """
    id: str | Unset
    """ The challenge's own unique id (the assignment id), as used in `GET /api/v2/challenges/{id}`. """
    is_active: bool | Unset
    """ Whether the challenge is active, i.e. still running for the contact (inferred). """
    is_challenge_completed: bool | Unset
    """ Whether the contact has completed the challenge by reaching the required number of checkpoints. """
    latest_checkpoint_added_on: str | Unset
    """ When the most recent checkpoint was added (ISO 8601 date and time). """
    required_checkpoints: int | Unset
    """ How many checkpoints the contact must reach to complete the challenge. """
    status: ChallengeAssignmentModelStatus | Unset
    """ State of the challenge for the contact: `Active`, `Completed`, `NotCompleted` (ended without being
    completed, inferred) or `Unknown`. """
    links: list[IHypermediaLink] | Unset
    """ Hypermedia links to related resources (inferred). """
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
    """ When the contact completed the challenge (ISO 8601 date and time). """
    challengeEnd: str | None
    """ When the challenge ends for this contact (ISO 8601 date and time). """
    challengeId: str | None
    """ Id of the challenge definition this challenge was created from (inferred: the model has no separate
    `definitionId`). """
    challengeStart: str | None
    """ When the challenge started for this contact (ISO 8601 date and time). """
    completedCheckpoints: int | None
    """ How many checkpoints the contact has reached so far. """
    imageUrl: str | None
    """ Address (URL) of an image for the challenge, e.g. to show on "My pages" or in emails (inferred). """
    contactId: str | None
    """ The id of the contact the challenge belongs to (a GUID). """
    id: str | None
    """ The challenge's own unique id (the assignment id), as used in `GET /api/v2/challenges/{id}`. """
    isActive: bool | None
    """ Whether the challenge is active, i.e. still running for the contact (inferred). """
    isChallengeCompleted: bool | None
    """ Whether the contact has completed the challenge by reaching the required number of checkpoints. """
    latestCheckpointAddedOn: str | None
    """ When the most recent checkpoint was added (ISO 8601 date and time). """
    requiredCheckpoints: int | None
    """ How many checkpoints the contact must reach to complete the challenge. """
    status: ChallengeAssignmentModelStatus | Literal["Unknown", "Completed", "NotCompleted", "Active"] | None
    """ State of the challenge for the contact: `Active`, `Completed`, `NotCompleted` (ended without being
    completed, inferred) or `Unknown`. """
    links: Sequence[IHypermediaLink | IHypermediaLinkParam] | None
    """ Hypermedia links to related resources (inferred). """


# Imported after the class, so that models may refer to each other.
from ..models.i_hypermedia_link import IHypermediaLink, IHypermediaLinkParam
