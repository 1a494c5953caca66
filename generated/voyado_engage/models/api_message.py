# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _model as _m
from ..types import UNSET, Unset


@_attrs_define(init=False)
class ApiMessage(_m.Model):
    """ApiMessage"""

    message_id: str | Unset
    name: str | Unset
    send_date_time: str | Unset
    type_: str | Unset
    source: str | Unset
    is_transactional: bool | Unset
    status: str | Unset
    message_link: str | Unset
    message_text: str | Unset
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("message_id", "messageId"),
        ("name", "name"),
        ("send_date_time", "sendDateTime"),
        ("type_", "type"),
        ("source", "source"),
        ("is_transactional", "isTransactional"),
        ("status", "status"),
        ("message_link", "messageLink"),
        ("message_text", "messageText"),
    )
    _required: ClassVar[frozenset[str]] = frozenset({})

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
    ) -> None:
        fields = _m.Fields()
        self.message_id = (
            message_id
            if type(message_id) is Unset or type(message_id) is str
            else fields.optional("messageId", _m.string, message_id)
        )
        self.name = name if type(name) is Unset or type(name) is str else fields.optional("name", _m.string, name)
        self.send_date_time = (
            send_date_time
            if type(send_date_time) is Unset or type(send_date_time) is str
            else fields.optional("sendDateTime", _m.string, send_date_time)
        )
        self.type_ = type_ if type(type_) is Unset or type(type_) is str else fields.optional("type", _m.string, type_)
        self.source = (
            source if type(source) is Unset or type(source) is str else fields.optional("source", _m.string, source)
        )
        self.is_transactional = (
            is_transactional
            if type(is_transactional) is Unset or type(is_transactional) is bool
            else fields.optional("isTransactional", _m.boolean, is_transactional)
        )
        self.status = (
            status if type(status) is Unset or type(status) is str else fields.optional("status", _m.string, status)
        )
        self.message_link = (
            message_link
            if type(message_link) is Unset or type(message_link) is str
            else fields.optional("messageLink", _m.string, message_link)
        )
        self.message_text = (
            message_text
            if type(message_text) is Unset or type(message_text) is str
            else fields.optional("messageText", _m.string, message_text)
        )
        self.additional_properties = fields.extra(additional_properties)
        fields.done(ApiMessage)

    _wire_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "messageId",
            "name",
            "sendDateTime",
            "type",
            "source",
            "isTransactional",
            "status",
            "messageLink",
            "messageText",
        }
    )

    @classmethod
    def _from_wire(cls, _data: Any) -> Self | None:
        """`_data` as this model when it is a dict with wire keys only and values that need no conversion (the common
        case, read in straight-line code); None otherwise: then the general path converts it, listing every problem."""
        if type(_data) is not dict or not _data.keys() <= cls._wire_keys:
            return None
        _get = _data.get
        message_id = _get("messageId")
        if message_id is None:
            message_id = UNSET
        elif type(message_id) is not str:
            return None
        name = _get("name")
        if name is None:
            name = UNSET
        elif type(name) is not str:
            return None
        send_date_time = _get("sendDateTime")
        if send_date_time is None:
            send_date_time = UNSET
        elif type(send_date_time) is not str:
            return None
        type_ = _get("type")
        if type_ is None:
            type_ = UNSET
        elif type(type_) is not str:
            return None
        source = _get("source")
        if source is None:
            source = UNSET
        elif type(source) is not str:
            return None
        is_transactional = _get("isTransactional")
        if is_transactional is None:
            is_transactional = UNSET
        elif type(is_transactional) is not bool:
            return None
        status = _get("status")
        if status is None:
            status = UNSET
        elif type(status) is not str:
            return None
        message_link = _get("messageLink")
        if message_link is None:
            message_link = UNSET
        elif type(message_link) is not str:
            return None
        message_text = _get("messageText")
        if message_text is None:
            message_text = UNSET
        elif type(message_text) is not str:
            return None
        _model = cls.__new__(cls)
        _model.message_id = message_id
        _model.name = name
        _model.send_date_time = send_date_time
        _model.type_ = type_
        _model.source = source
        _model.is_transactional = is_transactional
        _model.status = status
        _model.message_link = message_link
        _model.message_text = message_text
        _model.additional_properties = {}
        return _model

    def to_dict(self) -> dict[str, Any]:
        result = _m.extra_to_wire(self.additional_properties)
        if not isinstance(self.message_id, Unset):
            result["messageId"] = self.message_id
        if not isinstance(self.name, Unset):
            result["name"] = self.name
        if not isinstance(self.send_date_time, Unset):
            result["sendDateTime"] = self.send_date_time
        if not isinstance(self.type_, Unset):
            result["type"] = self.type_
        if not isinstance(self.source, Unset):
            result["source"] = self.source
        if not isinstance(self.is_transactional, Unset):
            result["isTransactional"] = self.is_transactional
        if not isinstance(self.status, Unset):
            result["status"] = self.status
        if not isinstance(self.message_link, Unset):
            result["messageLink"] = self.message_link
        if not isinstance(self.message_text, Unset):
            result["messageText"] = self.message_text
        return result


class ApiMessageParam(TypedDict, total=False):
    """`ApiMessage` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    messageId: str | None
    name: str | None
    sendDateTime: str | None
    type: str | None
    source: str | None
    isTransactional: bool | None
    status: str | None
    messageLink: str | None
    messageText: str | None
