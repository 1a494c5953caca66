# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
# ruff: noqa: E402
from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any, ClassVar, Literal, Self, TypedDict

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
    ) -> None:
        fields = _m.Fields()
        self.checkpoint_assign_on = (
            checkpoint_assign_on
            if type(checkpoint_assign_on) is Unset
            or (
                type(checkpoint_assign_on) is ChallengeDefinitionModelCheckpointAssignOn
                and ChallengeDefinitionModelCheckpointAssignOn._value2member_map_.get(checkpoint_assign_on)
                is checkpoint_assign_on
            )
            else fields.optional(
                "checkpointAssignOn", _m.enum_of(ChallengeDefinitionModelCheckpointAssignOn), checkpoint_assign_on
            )
        )
        self.checkpoint_assign_on_amount = (
            checkpoint_assign_on_amount
            if type(checkpoint_assign_on_amount) is Unset or _m.plain_number(checkpoint_assign_on_amount)
            else fields.optional("checkpointAssignOnAmount", _m.number, checkpoint_assign_on_amount)
        )
        self.created_by = (
            created_by
            if type(created_by) is Unset or type(created_by) is str
            else fields.optional("createdBy", _m.string, created_by)
        )
        self.created_on = (
            created_on
            if type(created_on) is Unset or type(created_on) is str
            else fields.optional("createdOn", _m.string, created_on)
        )
        self.description = (
            description
            if type(description) is Unset or type(description) is str
            else fields.optional("description", _m.string, description)
        )
        self.expiration_months = (
            expiration_months
            if type(expiration_months) is Unset or type(expiration_months) is int
            else fields.optional("expirationMonths", _m.integer, expiration_months)
        )
        self.id = id if type(id) is Unset or type(id) is str else fields.optional("id", _m.string, id)
        self.is_contact_consent_required = (
            is_contact_consent_required
            if type(is_contact_consent_required) is Unset or type(is_contact_consent_required) is bool
            else fields.optional("isContactConsentRequired", _m.boolean, is_contact_consent_required)
        )
        self.is_scheduled = (
            is_scheduled
            if type(is_scheduled) is Unset or type(is_scheduled) is bool
            else fields.optional("isScheduled", _m.boolean, is_scheduled)
        )
        self.modified_by = (
            modified_by
            if type(modified_by) is Unset or type(modified_by) is str
            else fields.optional("modifiedBy", _m.string, modified_by)
        )
        self.modified_on = (
            modified_on
            if type(modified_on) is Unset or type(modified_on) is str
            else fields.optional("modifiedOn", _m.string, modified_on)
        )
        self.name = name if type(name) is Unset or type(name) is str else fields.optional("name", _m.string, name)
        self.required_number_of_checkpoints = (
            required_number_of_checkpoints
            if type(required_number_of_checkpoints) is Unset or type(required_number_of_checkpoints) is int
            else fields.optional("requiredNumberOfCheckpoints", _m.integer, required_number_of_checkpoints)
        )
        self.scheduled_from = (
            scheduled_from
            if type(scheduled_from) is Unset or type(scheduled_from) is str
            else fields.optional("scheduledFrom", _m.string, scheduled_from)
        )
        self.scheduled_to = (
            scheduled_to
            if type(scheduled_to) is Unset or type(scheduled_to) is str
            else fields.optional("scheduledTo", _m.string, scheduled_to)
        )
        self.status = (
            status
            if type(status) is Unset
            or (
                type(status) is ChallengeDefinitionModelStatus
                and ChallengeDefinitionModelStatus._value2member_map_.get(status) is status
            )
            else fields.optional("status", _m.enum_of(ChallengeDefinitionModelStatus), status)
        )
        self.links = (
            links if type(links) is Unset else fields.optional("links", _m.list_of(_m.model_of(IHypermediaLink)), links)
        )
        self.additional_properties = fields.extra(additional_properties)
        fields.done(ChallengeDefinitionModel)

    _wire_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "checkpointAssignOn",
            "checkpointAssignOnAmount",
            "createdBy",
            "createdOn",
            "description",
            "expirationMonths",
            "id",
            "isContactConsentRequired",
            "isScheduled",
            "modifiedBy",
            "modifiedOn",
            "name",
            "requiredNumberOfCheckpoints",
            "scheduledFrom",
            "scheduledTo",
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
        checkpoint_assign_on = _get("checkpointAssignOn")
        if checkpoint_assign_on is None:
            checkpoint_assign_on = UNSET
        else:
            checkpoint_assign_on = _m.listed_member(ChallengeDefinitionModelCheckpointAssignOn, checkpoint_assign_on)
            if checkpoint_assign_on is None:
                return None
        checkpoint_assign_on_amount = _get("checkpointAssignOnAmount")
        if checkpoint_assign_on_amount is None:
            checkpoint_assign_on_amount = UNSET
        elif not (
            (
                type(checkpoint_assign_on_amount) is float
                and checkpoint_assign_on_amount - checkpoint_assign_on_amount == 0
            )
            or type(checkpoint_assign_on_amount) is int
            or (type(checkpoint_assign_on_amount) is Decimal and checkpoint_assign_on_amount.is_finite())
        ):
            return None
        created_by = _get("createdBy")
        if created_by is None:
            created_by = UNSET
        elif type(created_by) is not str:
            return None
        created_on = _get("createdOn")
        if created_on is None:
            created_on = UNSET
        elif type(created_on) is not str:
            return None
        description = _get("description")
        if description is None:
            description = UNSET
        elif type(description) is not str:
            return None
        expiration_months = _get("expirationMonths")
        if expiration_months is None:
            expiration_months = UNSET
        elif type(expiration_months) is not int:
            return None
        id = _get("id")
        if id is None:
            id = UNSET
        elif type(id) is not str:
            return None
        is_contact_consent_required = _get("isContactConsentRequired")
        if is_contact_consent_required is None:
            is_contact_consent_required = UNSET
        elif type(is_contact_consent_required) is not bool:
            return None
        is_scheduled = _get("isScheduled")
        if is_scheduled is None:
            is_scheduled = UNSET
        elif type(is_scheduled) is not bool:
            return None
        modified_by = _get("modifiedBy")
        if modified_by is None:
            modified_by = UNSET
        elif type(modified_by) is not str:
            return None
        modified_on = _get("modifiedOn")
        if modified_on is None:
            modified_on = UNSET
        elif type(modified_on) is not str:
            return None
        name = _get("name")
        if name is None:
            name = UNSET
        elif type(name) is not str:
            return None
        required_number_of_checkpoints = _get("requiredNumberOfCheckpoints")
        if required_number_of_checkpoints is None:
            required_number_of_checkpoints = UNSET
        elif type(required_number_of_checkpoints) is not int:
            return None
        scheduled_from = _get("scheduledFrom")
        if scheduled_from is None:
            scheduled_from = UNSET
        elif type(scheduled_from) is not str:
            return None
        scheduled_to = _get("scheduledTo")
        if scheduled_to is None:
            scheduled_to = UNSET
        elif type(scheduled_to) is not str:
            return None
        status = _get("status")
        if status is None:
            status = UNSET
        else:
            status = _m.listed_member(ChallengeDefinitionModelStatus, status)
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
        _model.checkpoint_assign_on = checkpoint_assign_on
        _model.checkpoint_assign_on_amount = checkpoint_assign_on_amount
        _model.created_by = created_by
        _model.created_on = created_on
        _model.description = description
        _model.expiration_months = expiration_months
        _model.id = id
        _model.is_contact_consent_required = is_contact_consent_required
        _model.is_scheduled = is_scheduled
        _model.modified_by = modified_by
        _model.modified_on = modified_on
        _model.name = name
        _model.required_number_of_checkpoints = required_number_of_checkpoints
        _model.scheduled_from = scheduled_from
        _model.scheduled_to = scheduled_to
        _model.status = status
        _model.links = links
        _model.additional_properties = {}
        return _model

    def to_dict(self) -> dict[str, Any]:
        result = _m.extra_to_wire(self.additional_properties)
        if not isinstance(self.checkpoint_assign_on, Unset):
            result["checkpointAssignOn"] = self.checkpoint_assign_on._value_
        if not isinstance(self.checkpoint_assign_on_amount, Unset):
            result["checkpointAssignOnAmount"] = self.checkpoint_assign_on_amount
        if not isinstance(self.created_by, Unset):
            result["createdBy"] = self.created_by
        if not isinstance(self.created_on, Unset):
            result["createdOn"] = self.created_on
        if not isinstance(self.description, Unset):
            result["description"] = self.description
        if not isinstance(self.expiration_months, Unset):
            result["expirationMonths"] = self.expiration_months
        if not isinstance(self.id, Unset):
            result["id"] = self.id
        if not isinstance(self.is_contact_consent_required, Unset):
            result["isContactConsentRequired"] = self.is_contact_consent_required
        if not isinstance(self.is_scheduled, Unset):
            result["isScheduled"] = self.is_scheduled
        if not isinstance(self.modified_by, Unset):
            result["modifiedBy"] = self.modified_by
        if not isinstance(self.modified_on, Unset):
            result["modifiedOn"] = self.modified_on
        if not isinstance(self.name, Unset):
            result["name"] = self.name
        if not isinstance(self.required_number_of_checkpoints, Unset):
            result["requiredNumberOfCheckpoints"] = self.required_number_of_checkpoints
        if not isinstance(self.scheduled_from, Unset):
            result["scheduledFrom"] = self.scheduled_from
        if not isinstance(self.scheduled_to, Unset):
            result["scheduledTo"] = self.scheduled_to
        if not isinstance(self.status, Unset):
            result["status"] = self.status._value_
        if not isinstance(self.links, Unset):
            result["links"] = [item.to_dict() for item in self.links]
        return result


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
