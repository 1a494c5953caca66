# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _fields as _f
from .. import _model as _m
from ..types import UNSET, Unset


@_attrs_define(init=False, repr=False)  # the repr is `_m.Model`'s: the fields that are set
class SendSmsRequest(_m.Model):
    """A text message to send straight to one or more phone numbers."""

    description: str | Unset
    """ Internal description of the send, for your own records; not part of the message (inferred). """
    invoice_reference: str | Unset
    """ Reference to bill the message's cost to, such as a department or cost center (inferred). """
    message: str | Unset
    """ The text of the message. """
    phone_numbers: list[str] | Unset
    """ The numbers to send to, each written with + and its country code (e.g. `+4670...` for a Swedish mobile). """
    sender: str | Unset
    """ Sender name or number shown to the recipient (inferred). """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[_f.Field, ...]] = (
        _f.Field("description", "description", _f.STRING),
        _f.Field("invoice_reference", "invoiceReference", _f.STRING),
        _f.Field("message", "message", _f.STRING),
        _f.Field("phone_numbers", "phoneNumbers", _f.ListOf(_f.STRING)),
        _f.Field("sender", "sender", _f.STRING),
    )

    if TYPE_CHECKING:  # the signature type checkers read; the constructor itself is compiled from `_fields`

        def __init__(
            self,
            *,
            description: str | Unset | None = UNSET,
            invoice_reference: str | Unset | None = UNSET,
            message: str | Unset | None = UNSET,
            phone_numbers: Sequence[str] | Unset | None = UNSET,
            sender: str | Unset | None = UNSET,
            additional_properties: Mapping[str, Any] | None = None,
        ) -> None: ...


class SendSmsRequestParam(TypedDict, total=False):
    """`SendSmsRequest` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    description: str | None
    """ Internal description of the send, for your own records; not part of the message (inferred). """
    invoiceReference: str | None
    """ Reference to bill the message's cost to, such as a department or cost center (inferred). """
    message: str | None
    """ The text of the message. """
    phoneNumbers: Sequence[str] | None
    """ The numbers to send to, each written with + and its country code (e.g. `+4670...` for a Swedish mobile). """
    sender: str | None
    """ Sender name or number shown to the recipient (inferred). """
