# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
# ruff: noqa: E402
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Literal, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("challenge_completed_on", "challengeCompletedOn"),
        ("challenge_end", "challengeEnd"),
        ("challenge_id", "challengeId"),
        ("challenge_start", "challengeStart"),
        ("completed_checkpoints", "completedCheckpoints"),
        ("image_url", "imageUrl"),
        ("contact_id", "contactId"),
        ("id", "id"),
        ("is_active", "isActive"),
        ("is_challenge_completed", "isChallengeCompleted"),
        ("latest_checkpoint_added_on", "latestCheckpointAddedOn"),
        ("required_checkpoints", "requiredCheckpoints"),
        ("status", "status"),
        ("links", "links"),
    )
    _required: ClassVar[frozenset[str]] = frozenset({})

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
    ) -> None:
        fields = _m.Fields()
        self.challenge_completed_on = (
            challenge_completed_on
            if type(challenge_completed_on) is Unset or type(challenge_completed_on) is str
            else fields.optional("challengeCompletedOn", _m.string, challenge_completed_on)
        )
        self.challenge_end = (
            challenge_end
            if type(challenge_end) is Unset or type(challenge_end) is str
            else fields.optional("challengeEnd", _m.string, challenge_end)
        )
        self.challenge_id = (
            challenge_id
            if type(challenge_id) is Unset or type(challenge_id) is str
            else fields.optional("challengeId", _m.string, challenge_id)
        )
        self.challenge_start = (
            challenge_start
            if type(challenge_start) is Unset or type(challenge_start) is str
            else fields.optional("challengeStart", _m.string, challenge_start)
        )
        self.completed_checkpoints = (
            completed_checkpoints
            if type(completed_checkpoints) is Unset or type(completed_checkpoints) is int
            else fields.optional("completedCheckpoints", _m.integer, completed_checkpoints)
        )
        self.image_url = (
            image_url
            if type(image_url) is Unset or type(image_url) is str
            else fields.optional("imageUrl", _m.string, image_url)
        )
        self.contact_id = (
            contact_id
            if type(contact_id) is Unset or type(contact_id) is str
            else fields.optional("contactId", _m.string, contact_id)
        )
        self.id = id if type(id) is Unset or type(id) is str else fields.optional("id", _m.string, id)
        self.is_active = (
            is_active
            if type(is_active) is Unset or type(is_active) is bool
            else fields.optional("isActive", _m.boolean, is_active)
        )
        self.is_challenge_completed = (
            is_challenge_completed
            if type(is_challenge_completed) is Unset or type(is_challenge_completed) is bool
            else fields.optional("isChallengeCompleted", _m.boolean, is_challenge_completed)
        )
        self.latest_checkpoint_added_on = (
            latest_checkpoint_added_on
            if type(latest_checkpoint_added_on) is Unset or type(latest_checkpoint_added_on) is str
            else fields.optional("latestCheckpointAddedOn", _m.string, latest_checkpoint_added_on)
        )
        self.required_checkpoints = (
            required_checkpoints
            if type(required_checkpoints) is Unset or type(required_checkpoints) is int
            else fields.optional("requiredCheckpoints", _m.integer, required_checkpoints)
        )
        self.status = (
            status
            if type(status) is Unset
            or (
                type(status) is ChallengeAssignmentModelStatus
                and ChallengeAssignmentModelStatus._value2member_map_.get(status) is status
            )
            else fields.optional("status", _m.enum_of(ChallengeAssignmentModelStatus), status)
        )
        self.links = (
            links if type(links) is Unset else fields.optional("links", _m.list_of(_m.model_of(IHypermediaLink)), links)
        )
        self.additional_properties = fields.extra(additional_properties)
        fields.done(ChallengeAssignmentModel)

    _wire_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "challengeCompletedOn",
            "challengeEnd",
            "challengeId",
            "challengeStart",
            "completedCheckpoints",
            "imageUrl",
            "contactId",
            "id",
            "isActive",
            "isChallengeCompleted",
            "latestCheckpointAddedOn",
            "requiredCheckpoints",
            "status",
            "links",
        }
    )

    @classmethod
    def _from_wire(cls, _data: Any) -> Self | None:
        """`_data` as this model when it is a dict with wire keys only and values that need no conversion (the common
        case, read in straight-line code); None otherwise: then the general path converts it, listing every problem."""
        if type(_data) is not dict or not _data.keys() <= cls._wire_keys:
            return None
        _get = _data.get
        challenge_completed_on = _get("challengeCompletedOn")
        if challenge_completed_on is None:
            challenge_completed_on = UNSET
        elif type(challenge_completed_on) is not str:
            return None
        challenge_end = _get("challengeEnd")
        if challenge_end is None:
            challenge_end = UNSET
        elif type(challenge_end) is not str:
            return None
        challenge_id = _get("challengeId")
        if challenge_id is None:
            challenge_id = UNSET
        elif type(challenge_id) is not str:
            return None
        challenge_start = _get("challengeStart")
        if challenge_start is None:
            challenge_start = UNSET
        elif type(challenge_start) is not str:
            return None
        completed_checkpoints = _get("completedCheckpoints")
        if completed_checkpoints is None:
            completed_checkpoints = UNSET
        elif type(completed_checkpoints) is not int:
            return None
        image_url = _get("imageUrl")
        if image_url is None:
            image_url = UNSET
        elif type(image_url) is not str:
            return None
        contact_id = _get("contactId")
        if contact_id is None:
            contact_id = UNSET
        elif type(contact_id) is not str:
            return None
        id = _get("id")
        if id is None:
            id = UNSET
        elif type(id) is not str:
            return None
        is_active = _get("isActive")
        if is_active is None:
            is_active = UNSET
        elif type(is_active) is not bool:
            return None
        is_challenge_completed = _get("isChallengeCompleted")
        if is_challenge_completed is None:
            is_challenge_completed = UNSET
        elif type(is_challenge_completed) is not bool:
            return None
        latest_checkpoint_added_on = _get("latestCheckpointAddedOn")
        if latest_checkpoint_added_on is None:
            latest_checkpoint_added_on = UNSET
        elif type(latest_checkpoint_added_on) is not str:
            return None
        required_checkpoints = _get("requiredCheckpoints")
        if required_checkpoints is None:
            required_checkpoints = UNSET
        elif type(required_checkpoints) is not int:
            return None
        status = _get("status")
        if status is None:
            status = UNSET
        else:
            status = _m.listed_member(ChallengeAssignmentModelStatus, status)
            if status is None:
                return None
        links = _get("links")
        if links is None:
            links = UNSET
        else:
            links = _m.plain_list(IHypermediaLink._from_wire, links)
            if links is None:
                return None
        _model = cls.__new__(cls)
        _model.challenge_completed_on = challenge_completed_on
        _model.challenge_end = challenge_end
        _model.challenge_id = challenge_id
        _model.challenge_start = challenge_start
        _model.completed_checkpoints = completed_checkpoints
        _model.image_url = image_url
        _model.contact_id = contact_id
        _model.id = id
        _model.is_active = is_active
        _model.is_challenge_completed = is_challenge_completed
        _model.latest_checkpoint_added_on = latest_checkpoint_added_on
        _model.required_checkpoints = required_checkpoints
        _model.status = status
        _model.links = links
        _model.additional_properties = {}
        return _model

    def to_dict(self) -> dict[str, Any]:
        result = _m.extra_to_wire(self.additional_properties)
        if not isinstance(self.challenge_completed_on, Unset):
            result["challengeCompletedOn"] = self.challenge_completed_on
        if not isinstance(self.challenge_end, Unset):
            result["challengeEnd"] = self.challenge_end
        if not isinstance(self.challenge_id, Unset):
            result["challengeId"] = self.challenge_id
        if not isinstance(self.challenge_start, Unset):
            result["challengeStart"] = self.challenge_start
        if not isinstance(self.completed_checkpoints, Unset):
            result["completedCheckpoints"] = self.completed_checkpoints
        if not isinstance(self.image_url, Unset):
            result["imageUrl"] = self.image_url
        if not isinstance(self.contact_id, Unset):
            result["contactId"] = self.contact_id
        if not isinstance(self.id, Unset):
            result["id"] = self.id
        if not isinstance(self.is_active, Unset):
            result["isActive"] = self.is_active
        if not isinstance(self.is_challenge_completed, Unset):
            result["isChallengeCompleted"] = self.is_challenge_completed
        if not isinstance(self.latest_checkpoint_added_on, Unset):
            result["latestCheckpointAddedOn"] = self.latest_checkpoint_added_on
        if not isinstance(self.required_checkpoints, Unset):
            result["requiredCheckpoints"] = self.required_checkpoints
        if not isinstance(self.status, Unset):
            result["status"] = self.status._value_
        if not isinstance(self.links, Unset):
            result["links"] = [item.to_dict() for item in self.links]
        return result


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
