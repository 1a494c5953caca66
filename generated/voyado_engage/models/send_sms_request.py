# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _model as _m
from ..types import UNSET, Unset


@_attrs_define(init=False)
class SendSmsRequest(_m.Model):
    """SendSmsRequest"""

    description: str | Unset
    invoice_reference: str | Unset
    message: str | Unset
    phone_numbers: list[str] | Unset
    sender: str | Unset
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("description", "description"),
        ("invoice_reference", "invoiceReference"),
        ("message", "message"),
        ("phone_numbers", "phoneNumbers"),
        ("sender", "sender"),
    )
    _required: ClassVar[frozenset[str]] = frozenset({})

    def __init__(
        self,
        *,
        description: str | Unset | None = UNSET,
        invoice_reference: str | Unset | None = UNSET,
        message: str | Unset | None = UNSET,
        phone_numbers: Sequence[str] | Unset | None = UNSET,
        sender: str | Unset | None = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        fields = _m.Fields()
        self.description = (
            description
            if type(description) is Unset or type(description) is str
            else fields.optional("description", _m.string, description)
        )
        self.invoice_reference = (
            invoice_reference
            if type(invoice_reference) is Unset or type(invoice_reference) is str
            else fields.optional("invoiceReference", _m.string, invoice_reference)
        )
        self.message = (
            message
            if type(message) is Unset or type(message) is str
            else fields.optional("message", _m.string, message)
        )
        self.phone_numbers = (
            phone_numbers
            if type(phone_numbers) is Unset
            else fields.optional("phoneNumbers", _m.list_of(_m.string), phone_numbers)
        )
        self.sender = (
            sender if type(sender) is Unset or type(sender) is str else fields.optional("sender", _m.string, sender)
        )
        self.additional_properties = fields.extra(additional_properties)
        fields.done(SendSmsRequest)

    def to_dict(self) -> dict[str, Any]:
        result = _m.extra_to_wire(self.additional_properties)
        if not isinstance(self.description, Unset):
            result["description"] = self.description
        if not isinstance(self.invoice_reference, Unset):
            result["invoiceReference"] = self.invoice_reference
        if not isinstance(self.message, Unset):
            result["message"] = self.message
        if not isinstance(self.phone_numbers, Unset):
            result["phoneNumbers"] = list(self.phone_numbers)
        if not isinstance(self.sender, Unset):
            result["sender"] = self.sender
        return result


class SendSmsRequestParam(TypedDict, total=False):
    """`SendSmsRequest` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    description: str | None
    invoiceReference: str | None
    message: str | None
    phoneNumbers: Sequence[str] | None
    sender: str | None
