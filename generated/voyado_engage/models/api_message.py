# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _fields as _f
from .. import _model as _m
from ..types import UNSET, Unset


@_attrs_define(init=False, repr=False)  # the repr is `_m.Model`'s: the fields that are set
class ApiMessage(_m.Model):
    """One email, SMS or postal message sent to a contact."""

    message_id: str | Unset
    """ The message's unique id (a GUID). """
    name: str | Unset
    """ The message's name in Engage. """
    send_date_time: str | Unset
    """ When the message was sent (ISO 8601 with an offset). """
    type_: str | Unset
    """ The message's channel, `EmailMessage`, `SmsMessage` or `PostalMessage`. """
    source: str | Unset
    """ How the message was sent, `Manual` or `Automation`. """
    is_transactional: bool | Unset
    """ Whether the message was sent as transactional; transactional messages ignore the contact's opt-out. """
    status: str | Unset
    """ Delivery status of the message, for example `Delivered`. """
    message_link: str | Unset
    """ URL of a web view of the message. """
    message_text: str | Unset
    """ The full text of an SMS, or the subject line of an email. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[_f.Field, ...]] = (
        _f.Field("message_id", "messageId", _f.STRING),
        _f.Field("name", "name", _f.STRING),
        _f.Field("send_date_time", "sendDateTime", _f.STRING),
        _f.Field("type_", "type", _f.STRING),
        _f.Field("source", "source", _f.STRING),
        _f.Field("is_transactional", "isTransactional", _f.BOOLEAN),
        _f.Field("status", "status", _f.STRING),
        _f.Field("message_link", "messageLink", _f.STRING),
        _f.Field("message_text", "messageText", _f.STRING),
    )

    if TYPE_CHECKING:  # the signature type checkers read; the constructor itself is compiled from `_fields`

        def __init__(
            self,
            *,
            message_id: str | Unset | None = UNSET,
            name: str | Unset | None = UNSET,
            send_date_time: str | Unset | None = UNSET,
            type_: str | Unset | None = UNSET,
            source: str | Unset | None = UNSET,
            is_transactional: bool | Unset | None = UNSET,
            status: str | Unset | None = UNSET,
            message_link: str | Unset | None = UNSET,
            message_text: str | Unset | None = UNSET,
            additional_properties: Mapping[str, Any] | None = None,
        ) -> None: ...


class ApiMessageParam(TypedDict, total=False):
    """`ApiMessage` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    messageId: str | None
    """ The message's unique id (a GUID). """
    name: str | None
    """ The message's name in Engage. """
    sendDateTime: str | None
    """ When the message was sent (ISO 8601 with an offset). """
    type: str | None
    """ The message's channel, `EmailMessage`, `SmsMessage` or `PostalMessage`. """
    source: str | None
    """ How the message was sent, `Manual` or `Automation`. """
    isTransactional: bool | None
    """ Whether the message was sent as transactional; transactional messages ignore the contact's opt-out. """
    status: str | None
    """ Delivery status of the message, for example `Delivered`. """
    messageLink: str | None
    """ URL of a web view of the message. """
    messageText: str | None
    """ The full text of an SMS, or the subject line of an email. """
