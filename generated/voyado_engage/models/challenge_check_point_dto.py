# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _model as _m
from ..types import UNSET, Unset


@_attrs_define(init=False)
class ChallengeCheckPointDto(_m.Model):
    """ChallengeCheckPointDto"""

    definition_id: str | Unset
    contact_id: str | Unset
    checkpoint_amount: int | Unset
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("definition_id", "definitionId"),
        ("contact_id", "contactId"),
        ("checkpoint_amount", "checkpointAmount"),
    )
    _required: ClassVar[frozenset[str]] = frozenset({})

    def __init__(
        self,
        *,
        definition_id: str | Unset | None = UNSET,
        contact_id: str | Unset | None = UNSET,
        checkpoint_amount: int | Unset | None = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        fields = _m.Fields()
        self.definition_id = (
            definition_id
            if type(definition_id) is Unset or type(definition_id) is str
            else fields.optional("definitionId", _m.string, definition_id)
        )
        self.contact_id = (
            contact_id
            if type(contact_id) is Unset or type(contact_id) is str
            else fields.optional("contactId", _m.string, contact_id)
        )
        self.checkpoint_amount = (
            checkpoint_amount
            if type(checkpoint_amount) is Unset or type(checkpoint_amount) is int
            else fields.optional("checkpointAmount", _m.integer, checkpoint_amount)
        )
        self.additional_properties = fields.extra(additional_properties)
        fields.done(ChallengeCheckPointDto)

    _wire_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "definitionId",
            "contactId",
            "checkpointAmount",
        }
    )

    @classmethod
    def _from_wire(cls, _data: Any) -> Self | None:
        """`_data` as this model when it is a dict with wire keys only and values that need no conversion (the common
        case, read in straight-line code); None otherwise: then the general path converts it, listing every problem."""
        if type(_data) is not dict or not _data.keys() <= cls._wire_keys:
            return None
        _get = _data.get
        definition_id = _get("definitionId")
        if definition_id is None:
            definition_id = UNSET
        elif type(definition_id) is not str:
            return None
        contact_id = _get("contactId")
        if contact_id is None:
            contact_id = UNSET
        elif type(contact_id) is not str:
            return None
        checkpoint_amount = _get("checkpointAmount")
        if checkpoint_amount is None:
            checkpoint_amount = UNSET
        elif type(checkpoint_amount) is not int:
            return None
        _model = cls.__new__(cls)
        _model.definition_id = definition_id
        _model.contact_id = contact_id
        _model.checkpoint_amount = checkpoint_amount
        _model.additional_properties = {}
        return _model

    def to_dict(self) -> dict[str, Any]:
        result = _m.extra_to_wire(self.additional_properties)
        if not isinstance(self.definition_id, Unset):
            result["definitionId"] = self.definition_id
        if not isinstance(self.contact_id, Unset):
            result["contactId"] = self.contact_id
        if not isinstance(self.checkpoint_amount, Unset):
            result["checkpointAmount"] = self.checkpoint_amount
        return result


class ChallengeCheckPointDtoParam(TypedDict, total=False):
    """`ChallengeCheckPointDto` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    definitionId: str | None
    contactId: str | None
    checkpointAmount: int | None
