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
    checkpointAssignOnAmount: float | Decimal | None
    createdBy: str | None
    createdOn: str | None
    description: str | None
    expirationMonths: int | None
    id: str | None
    isContactConsentRequired: bool | None
    isScheduled: bool | None
    modifiedBy: str | None
    modifiedOn: str | None
    name: str | None
    requiredNumberOfCheckpoints: int | None
    scheduledFrom: str | None
    scheduledTo: str | None
    status: ChallengeDefinitionModelStatus | Literal["All", "Active", "Draft", "Scheduled", "Ended"] | None
    links: Sequence[IHypermediaLink | IHypermediaLinkParam] | None


# Imported after the class, so that models may refer to each other.
from ..models.i_hypermedia_link import IHypermediaLink, IHypermediaLinkParam
