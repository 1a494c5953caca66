# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
# ruff: noqa: E402
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _model as _m
from ..types import UNSET, Unset


@_attrs_define(init=False)
class InteractionModel(_m.Model):
    """InteractionModel"""

    id: str | Unset
    contact_id: str | Unset
    schema_id: str | Unset
    created_date: str | Unset
    payload: InteractionModelPayload | Unset
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("contact_id", "contactId"),
        ("schema_id", "schemaId"),
        ("created_date", "createdDate"),
        ("payload", "payload"),
    )
    _required: ClassVar[frozenset[str]] = frozenset({})

    def __init__(
        self,
        *,
        id: str | Unset | None = UNSET,
        contact_id: str | Unset | None = UNSET,
        schema_id: str | Unset | None = UNSET,
        created_date: str | Unset | None = UNSET,
        payload: InteractionModelPayload | Mapping[str, Any] | Unset | None = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        fields = _m.Fields()
        self.id = id if type(id) is Unset or type(id) is str else fields.optional("id", _m.string, id)
        self.contact_id = (
            contact_id
            if type(contact_id) is Unset or type(contact_id) is str
            else fields.optional("contactId", _m.string, contact_id)
        )
        self.schema_id = (
            schema_id
            if type(schema_id) is Unset or type(schema_id) is str
            else fields.optional("schemaId", _m.string, schema_id)
        )
        self.created_date = (
            created_date
            if type(created_date) is Unset or type(created_date) is str
            else fields.optional("createdDate", _m.string, created_date)
        )
        self.payload = (
            payload
            if type(payload) is Unset or type(payload) is InteractionModelPayload
            else fields.optional("payload", _m.model_of(InteractionModelPayload), payload)
        )
        self.additional_properties = fields.extra(additional_properties)
        fields.done(InteractionModel)

    _wire_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "contactId",
            "schemaId",
            "createdDate",
            "payload",
        }
    )

    @classmethod
    def _from_wire(cls, _data: Any) -> Self | None:
        """`_data` as this model when it is a dict with wire keys only and values that need no conversion (the common
        case, read in straight-line code); None otherwise: then the general path converts it, listing every problem."""
        if type(_data) is not dict or not _data.keys() <= cls._wire_keys:
            return None
        _get = _data.get
        id = _get("id")
        if id is None:
            id = UNSET
        elif type(id) is not str:
            return None
        contact_id = _get("contactId")
        if contact_id is None:
            contact_id = UNSET
        elif type(contact_id) is not str:
            return None
        schema_id = _get("schemaId")
        if schema_id is None:
            schema_id = UNSET
        elif type(schema_id) is not str:
            return None
        created_date = _get("createdDate")
        if created_date is None:
            created_date = UNSET
        elif type(created_date) is not str:
            return None
        payload = _get("payload")
        if payload is None:
            payload = UNSET
        else:
            payload = InteractionModelPayload._from_wire(payload)
            if payload is None:
                return None
        _model = cls.__new__(cls)
        _model.id = id
        _model.contact_id = contact_id
        _model.schema_id = schema_id
        _model.created_date = created_date
        _model.payload = payload
        _model.additional_properties = {}
        return _model

    def to_dict(self) -> dict[str, Any]:
        result = _m.extra_to_wire(self.additional_properties)
        if not isinstance(self.id, Unset):
            result["id"] = self.id
        if not isinstance(self.contact_id, Unset):
            result["contactId"] = self.contact_id
        if not isinstance(self.schema_id, Unset):
            result["schemaId"] = self.schema_id
        if not isinstance(self.created_date, Unset):
            result["createdDate"] = self.created_date
        if not isinstance(self.payload, Unset):
            result["payload"] = self.payload.to_dict()
        return result


class InteractionModelParam(TypedDict, total=False):
    """`InteractionModel` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    id: str | None
    contactId: str | None
    schemaId: str | None
    createdDate: str | None
    payload: InteractionModelPayload | Mapping[str, Any] | None


# Imported after the class, so that models may refer to each other.
from ..models.interaction_model_payload import InteractionModelPayload
