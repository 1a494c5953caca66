# Generated from generator/templates/model.py.jinja by `make generate`; do not edit.
# ruff: noqa: E402
from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _model as _m
from ..models.challenge_definition_model_checkpoint_assign_on import ChallengeDefinitionModelCheckpointAssignOn
from ..models.challenge_definition_model_status import ChallengeDefinitionModelStatus
from ..types import UNSET, Unset


@_attrs_define(init=False)
class ChallengeDefinitionModel(_m.Model):
    """ChallengeDefinitionModel"""

    checkpoint_assign_on: ChallengeDefinitionModelCheckpointAssignOn | Unset
    checkpoint_assign_on_amount: float | Decimal | Unset
    created_by: str | Unset
    created_on: str | Unset
    description: str | Unset
    expiration_months: int | Unset
    id: str | Unset
    is_contact_consent_required: bool | Unset
    is_scheduled: bool | Unset
    modified_by: str | Unset
    modified_on: str | Unset
    name: str | Unset
    required_number_of_checkpoints: int | Unset
    scheduled_from: str | Unset
    scheduled_to: str | Unset
    status: ChallengeDefinitionModelStatus | Unset
    links: list[IHypermediaLink] | Unset
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("checkpoint_assign_on", "checkpointAssignOn"),
        ("checkpoint_assign_on_amount", "checkpointAssignOnAmount"),
        ("created_by", "createdBy"),
        ("created_on", "createdOn"),
        ("description", "description"),
        ("expiration_months", "expirationMonths"),
        ("id", "id"),
        ("is_contact_consent_required", "isContactConsentRequired"),
        ("is_scheduled", "isScheduled"),
        ("modified_by", "modifiedBy"),
        ("modified_on", "modifiedOn"),
        ("name", "name"),
        ("required_number_of_checkpoints", "requiredNumberOfCheckpoints"),
        ("scheduled_from", "scheduledFrom"),
        ("scheduled_to", "scheduledTo"),
        ("status", "status"),
        ("links", "links"),
    )
    _required: ClassVar[frozenset[str]] = frozenset({})

    def __init__(
        self,
        *,
        checkpoint_assign_on: ChallengeDefinitionModelCheckpointAssignOn | str | Unset | None = UNSET,
        checkpoint_assign_on_amount: float | Decimal | Unset | None = UNSET,
        created_by: str | Unset | None = UNSET,
        created_on: str | Unset | None = UNSET,
        description: str | Unset | None = UNSET,
        expiration_months: int | Unset | None = UNSET,
        id: str | Unset | None = UNSET,
        is_contact_consent_required: bool | Unset | None = UNSET,
        is_scheduled: bool | Unset | None = UNSET,
        modified_by: str | Unset | None = UNSET,
        modified_on: str | Unset | None = UNSET,
        name: str | Unset | None = UNSET,
        required_number_of_checkpoints: int | Unset | None = UNSET,
        scheduled_from: str | Unset | None = UNSET,
        scheduled_to: str | Unset | None = UNSET,
        status: ChallengeDefinitionModelStatus | str | Unset | None = UNSET,
        links: Sequence[IHypermediaLink | Mapping[str, Any]] | Unset | None = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        fields = _m.Fields()
        self.checkpoint_assign_on = fields.optional(
            "checkpointAssignOn", _m.enum_of(ChallengeDefinitionModelCheckpointAssignOn), checkpoint_assign_on
        )
        self.checkpoint_assign_on_amount = fields.optional(
            "checkpointAssignOnAmount", _m.number, checkpoint_assign_on_amount
        )
        self.created_by = fields.optional("createdBy", _m.string, created_by)
        self.created_on = fields.optional("createdOn", _m.string, created_on)
        self.description = fields.optional("description", _m.string, description)
        self.expiration_months = fields.optional("expirationMonths", _m.integer, expiration_months)
        self.id = fields.optional("id", _m.string, id)
        self.is_contact_consent_required = fields.optional(
            "isContactConsentRequired", _m.boolean, is_contact_consent_required
        )
        self.is_scheduled = fields.optional("isScheduled", _m.boolean, is_scheduled)
        self.modified_by = fields.optional("modifiedBy", _m.string, modified_by)
        self.modified_on = fields.optional("modifiedOn", _m.string, modified_on)
        self.name = fields.optional("name", _m.string, name)
        self.required_number_of_checkpoints = fields.optional(
            "requiredNumberOfCheckpoints", _m.integer, required_number_of_checkpoints
        )
        self.scheduled_from = fields.optional("scheduledFrom", _m.string, scheduled_from)
        self.scheduled_to = fields.optional("scheduledTo", _m.string, scheduled_to)
        self.status = fields.optional("status", _m.enum_of(ChallengeDefinitionModelStatus), status)
        self.links = fields.optional("links", _m.list_of(_m.model_of(IHypermediaLink)), links)
        self.additional_properties = fields.extra(additional_properties)
        fields.done(ChallengeDefinitionModel)


# Imported after the class, so that models may refer to each other.
from ..models.i_hypermedia_link import IHypermediaLink
