# Generated from generator/templates/model.py.jinja by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar

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
        self.contact_id = fields.optional("contactId", _m.string, contact_id)
        self.amount = fields.optional("amount", _m.number, amount)
        self.definition_id = fields.optional("definitionId", _m.integer, definition_id)
        self.time_stamp = fields.optional("timeStamp", _m.string, time_stamp)
        self.source = fields.optional("source", _m.string, source)
        self.description = fields.optional("description", _m.string, description)
        self.valid_from = fields.optional("validFrom", _m.string, valid_from)
        self.valid_to = fields.optional("validTo", _m.string, valid_to)
        self.additional_properties = fields.extra(additional_properties)
        fields.done(PointTransactionToAccount)
