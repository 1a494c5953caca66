# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _model as _m
from ..types import UNSET, Unset


@_attrs_define(init=False)
class PointTransactionToAccount(_m.Model):
    """PointTransactionToAccount"""

    contact_id: str | Unset
    amount: float | Decimal | Unset
    definition_id: int | Unset
    time_stamp: str | Unset
    source: str | Unset
    description: str | Unset
    valid_from: str | Unset
    valid_to: str | Unset
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("contact_id", "contactId"),
        ("amount", "amount"),
        ("definition_id", "definitionId"),
        ("time_stamp", "timeStamp"),
        ("source", "source"),
        ("description", "description"),
        ("valid_from", "validFrom"),
        ("valid_to", "validTo"),
    )
    _required: ClassVar[frozenset[str]] = frozenset({})

    def __init__(
        self,
        *,
        contact_id: str | Unset | None = UNSET,
        amount: float | Decimal | Unset | None = UNSET,
        definition_id: int | Unset | None = UNSET,
        time_stamp: str | Unset | None = UNSET,
        source: str | Unset | None = UNSET,
        description: str | Unset | None = UNSET,
        valid_from: str | Unset | None = UNSET,
        valid_to: str | Unset | None = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        fields = _m.Fields()
        self.contact_id = (
            contact_id
            if type(contact_id) is Unset or type(contact_id) is str
            else fields.optional("contactId", _m.string, contact_id)
        )
        self.amount = (
            amount if type(amount) is Unset or _m.plain_number(amount) else fields.optional("amount", _m.number, amount)
        )
        self.definition_id = (
            definition_id
            if type(definition_id) is Unset or type(definition_id) is int
            else fields.optional("definitionId", _m.integer, definition_id)
        )
        self.time_stamp = (
            time_stamp
            if type(time_stamp) is Unset or type(time_stamp) is str
            else fields.optional("timeStamp", _m.string, time_stamp)
        )
        self.source = (
            source if type(source) is Unset or type(source) is str else fields.optional("source", _m.string, source)
        )
        self.description = (
            description
            if type(description) is Unset or type(description) is str
            else fields.optional("description", _m.string, description)
        )
        self.valid_from = (
            valid_from
            if type(valid_from) is Unset or type(valid_from) is str
            else fields.optional("validFrom", _m.string, valid_from)
        )
        self.valid_to = (
            valid_to
            if type(valid_to) is Unset or type(valid_to) is str
            else fields.optional("validTo", _m.string, valid_to)
        )
        self.additional_properties = fields.extra(additional_properties)
        fields.done(PointTransactionToAccount)

    _wire_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "contactId",
            "amount",
            "definitionId",
            "timeStamp",
            "source",
            "description",
            "validFrom",
            "validTo",
        }
    )

    @classmethod
    def _from_wire(cls, _data: Any) -> Self | None:
        """`_data` as this model when it is a dict with wire keys only and values that need no conversion (the common
        case, read in straight-line code); None otherwise: then the general path converts it, listing every problem."""
        if type(_data) is not dict or not _data.keys() <= cls._wire_keys:
            return None
        _get = _data.get
        contact_id = _get("contactId")
        if contact_id is None:
            contact_id = UNSET
        elif type(contact_id) is not str:
            return None
        amount = _get("amount")
        if amount is None:
            amount = UNSET
        elif not (
            (type(amount) is float and amount - amount == 0)
            or type(amount) is int
            or (type(amount) is Decimal and amount.is_finite())
        ):
            return None
        definition_id = _get("definitionId")
        if definition_id is None:
            definition_id = UNSET
        elif type(definition_id) is not int:
            return None
        time_stamp = _get("timeStamp")
        if time_stamp is None:
            time_stamp = UNSET
        elif type(time_stamp) is not str:
            return None
        source = _get("source")
        if source is None:
            source = UNSET
        elif type(source) is not str:
            return None
        description = _get("description")
        if description is None:
            description = UNSET
        elif type(description) is not str:
            return None
        valid_from = _get("validFrom")
        if valid_from is None:
            valid_from = UNSET
        elif type(valid_from) is not str:
            return None
        valid_to = _get("validTo")
        if valid_to is None:
            valid_to = UNSET
        elif type(valid_to) is not str:
            return None
        _model = cls.__new__(cls)
        _model.contact_id = contact_id
        _model.amount = amount
        _model.definition_id = definition_id
        _model.time_stamp = time_stamp
        _model.source = source
        _model.description = description
        _model.valid_from = valid_from
        _model.valid_to = valid_to
        _model.additional_properties = {}
        return _model

    def to_dict(self) -> dict[str, Any]:
        result = _m.extra_to_wire(self.additional_properties)
        if not isinstance(self.contact_id, Unset):
            result["contactId"] = self.contact_id
        if not isinstance(self.amount, Unset):
            result["amount"] = self.amount
        if not isinstance(self.definition_id, Unset):
            result["definitionId"] = self.definition_id
        if not isinstance(self.time_stamp, Unset):
            result["timeStamp"] = self.time_stamp
        if not isinstance(self.source, Unset):
            result["source"] = self.source
        if not isinstance(self.description, Unset):
            result["description"] = self.description
        if not isinstance(self.valid_from, Unset):
            result["validFrom"] = self.valid_from
        if not isinstance(self.valid_to, Unset):
            result["validTo"] = self.valid_to
        return result


class PointTransactionToAccountParam(TypedDict, total=False):
    """`PointTransactionToAccount` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    contactId: str | None
    amount: float | Decimal | None
    definitionId: int | None
    timeStamp: str | None
    source: str | None
    description: str | None
    validFrom: str | None
    validTo: str | None
