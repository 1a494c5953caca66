# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
# ruff: noqa: E402
from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _fields as _f
from .. import _model as _m
from ..models.challenge_definition_model_checkpoint_assign_on import ChallengeDefinitionModelCheckpointAssignOn
from ..models.challenge_definition_model_status import ChallengeDefinitionModelStatus
from ..types import UNSET, Unset


@_attrs_define(init=False, repr=False)  # the repr is `_m.Model`'s: the fields that are set
class ChallengeDefinitionModel(_m.Model):
    """A challenge definition: the template of a challenge (name, number of checkpoints, validity). Its unique id
    stays the same from creation to deletion; assigning it to a contact creates a challenge for that contact."""

    checkpoint_assign_on: ChallengeDefinitionModelCheckpointAssignOn | Unset
    """ What in a purchase earns checkpoints automatically: the receipt total, a receipt line's quantity or a
    receipt line's total; `None` when checkpoints come only from elsewhere, e.g. the API (inferred). """
    checkpoint_assign_on_amount: float | Decimal | Unset
    """ The threshold that goes with `checkpointAssignOn`, e.g. the receipt total or line quantity needed to earn a
    checkpoint (inferred). """
    created_by: str | Unset
    """ Who created the definition in Engage (inferred). """
    created_on: str | Unset
    """ When the definition was created (ISO 8601 date and time). """
    description: str | Unset
    """ Free text describing the challenge, as entered in Engage (optional there). """
    expiration_months: int | Unset
    """ How many months a contact has to complete the challenge after joining it (the participant deadline,
    inferred). """
    id: str | Unset
    """ The definition's unique id (a GUID), unchanged for its whole life. Pass it as `definitionId` when adding
    checkpoints or listing a contact's challenges. """
    is_contact_consent_required: bool | Unset
    """ Whether a contact must agree to join (see the assign operation) before the challenge starts for them;
    otherwise it starts as soon as the contact meets the criteria. """
    is_scheduled: bool | Unset
    """ Whether the challenge runs between fixed dates, `scheduledFrom` to `scheduledTo` (inferred). """
    modified_by: str | Unset
    """ Who last changed the definition in Engage (inferred). """
    modified_on: str | Unset
    """ When the definition was last changed (ISO 8601 date and time). """
    name: str | Unset
    """ Name of the challenge. """
    required_number_of_checkpoints: int | Unset
    """ How many checkpoints a contact must reach to complete the challenge. """
    scheduled_from: str | Unset
    """ When the challenge's fixed validity window starts (ISO 8601 date and time). """
    scheduled_to: str | Unset
    """ When the challenge's fixed validity window ends (ISO 8601 date and time). """
    status: ChallengeDefinitionModelStatus | Unset
    """ State of the definition: `Active`, `Draft`, `Scheduled` (set up but not started yet, inferred) or `Ended`.
    `All` is only meaningful as a filter value (inferred). """
    links: list[IHypermediaLink] | Unset
    """ Hypermedia links to related resources (inferred). """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[_f.Field, ...]] = (
        _f.Field("checkpoint_assign_on", "checkpointAssignOn", _f.EnumOf("ChallengeDefinitionModelCheckpointAssignOn")),
        _f.Field("checkpoint_assign_on_amount", "checkpointAssignOnAmount", _f.Number()),
        _f.Field("created_by", "createdBy", _f.STRING),
        _f.Field("created_on", "createdOn", _f.STRING),
        _f.Field("description", "description", _f.STRING),
        _f.Field("expiration_months", "expirationMonths", _f.Integer()),
        _f.Field("id", "id", _f.STRING),
        _f.Field("is_contact_consent_required", "isContactConsentRequired", _f.BOOLEAN),
        _f.Field("is_scheduled", "isScheduled", _f.BOOLEAN),
        _f.Field("modified_by", "modifiedBy", _f.STRING),
        _f.Field("modified_on", "modifiedOn", _f.STRING),
        _f.Field("name", "name", _f.STRING),
        _f.Field("required_number_of_checkpoints", "requiredNumberOfCheckpoints", _f.Integer()),
        _f.Field("scheduled_from", "scheduledFrom", _f.STRING),
        _f.Field("scheduled_to", "scheduledTo", _f.STRING),
        _f.Field("status", "status", _f.EnumOf("ChallengeDefinitionModelStatus")),
        _f.Field("links", "links", _f.ListOf(_f.ModelOf("IHypermediaLink"))),
    )

    if TYPE_CHECKING:  # the signature type checkers read; the constructor itself is compiled from `_fields`

        def __init__(
            self,
            *,
            checkpoint_assign_on: ChallengeDefinitionModelCheckpointAssignOn
            | Literal["None", "ReceiptTotal", "ReceiptLineQuantity", "ReceiptLineTotal"]
            | Unset
            | None = UNSET,
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
            status: ChallengeDefinitionModelStatus
            | Literal["All", "Active", "Draft", "Scheduled", "Ended"]
            | Unset
            | None = UNSET,
            links: Sequence[IHypermediaLink | IHypermediaLinkParam] | Unset | None = UNSET,
            additional_properties: Mapping[str, Any] | None = None,
        ) -> None: ...


class ChallengeDefinitionModelParam(TypedDict, total=False):
    """`ChallengeDefinitionModel` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    checkpointAssignOn: (
        ChallengeDefinitionModelCheckpointAssignOn
        | Literal["None", "ReceiptTotal", "ReceiptLineQuantity", "ReceiptLineTotal"]
        | None
    )
    """ What in a purchase earns checkpoints automatically: the receipt total, a receipt line's quantity or a
    receipt line's total; `None` when checkpoints come only from elsewhere, e.g. the API (inferred). """
    checkpointAssignOnAmount: float | Decimal | None
    """ The threshold that goes with `checkpointAssignOn`, e.g. the receipt total or line quantity needed to earn a
    checkpoint (inferred). """
    createdBy: str | None
    """ Who created the definition in Engage (inferred). """
    createdOn: str | None
    """ When the definition was created (ISO 8601 date and time). """
    description: str | None
    """ Free text describing the challenge, as entered in Engage (optional there). """
    expirationMonths: int | None
    """ How many months a contact has to complete the challenge after joining it (the participant deadline,
    inferred). """
    id: str | None
    """ The definition's unique id (a GUID), unchanged for its whole life. Pass it as `definitionId` when adding
    checkpoints or listing a contact's challenges. """
    isContactConsentRequired: bool | None
    """ Whether a contact must agree to join (see the assign operation) before the challenge starts for them;
    otherwise it starts as soon as the contact meets the criteria. """
    isScheduled: bool | None
    """ Whether the challenge runs between fixed dates, `scheduledFrom` to `scheduledTo` (inferred). """
    modifiedBy: str | None
    """ Who last changed the definition in Engage (inferred). """
    modifiedOn: str | None
    """ When the definition was last changed (ISO 8601 date and time). """
    name: str | None
    """ Name of the challenge. """
    requiredNumberOfCheckpoints: int | None
    """ How many checkpoints a contact must reach to complete the challenge. """
    scheduledFrom: str | None
    """ When the challenge's fixed validity window starts (ISO 8601 date and time). """
    scheduledTo: str | None
    """ When the challenge's fixed validity window ends (ISO 8601 date and time). """
    status: ChallengeDefinitionModelStatus | Literal["All", "Active", "Draft", "Scheduled", "Ended"] | None
    """ State of the definition: `Active`, `Draft`, `Scheduled` (set up but not started yet, inferred) or `Ended`.
    `All` is only meaningful as a filter value (inferred). """
    links: Sequence[IHypermediaLink | IHypermediaLinkParam] | None
    """ Hypermedia links to related resources (inferred). """


# Imported after the class, so that models may refer to each other.
from ..models.i_hypermedia_link import IHypermediaLink, IHypermediaLinkParam
