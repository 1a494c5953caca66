# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Self, TypedDict

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

    _wire_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "description",
            "invoiceReference",
            "message",
            "phoneNumbers",
            "sender",
        }
    )

    @classmethod
    def _from_wire(cls, _data: Any) -> Self | None:
        """`_data` as this model when it is a dict with wire keys only and values that need no conversion (the common
        case, read in straight-line code); None otherwise: then the general path converts it, listing every problem."""
        if type(_data) is not dict or not _data.keys() <= cls._wire_keys:
            return None
        _get = _data.get
        description = _get("description")
        if description is None:
            description = UNSET
        elif type(description) is not str:
            return None
        invoice_reference = _get("invoiceReference")
        if invoice_reference is None:
            invoice_reference = UNSET
        elif type(invoice_reference) is not str:
            return None
        message = _get("message")
        if message is None:
            message = UNSET
        elif type(message) is not str:
            return None
        phone_numbers = _get("phoneNumbers")
        if phone_numbers is None:
            phone_numbers = UNSET
        else:
            phone_numbers = _m.plain(_m.list_of(_m.string), phone_numbers)
            if phone_numbers is None:
                return None
        sender = _get("sender")
        if sender is None:
            sender = UNSET
        elif type(sender) is not str:
            return None
        _model = cls.__new__(cls)
        _model.description = description
        _model.invoice_reference = invoice_reference
        _model.message = message
        _model.phone_numbers = phone_numbers
        _model.sender = sender
        _model.additional_properties = {}
        return _model

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
