# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _fields as _f
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
    name: str | None
    sendDateTime: str | None
    type: str | None
    source: str | None
    isTransactional: bool | None
    status: str | None
    messageLink: str | None
    messageText: str | None
