# Generated from generator/templates/model.py.jinja by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _model as _m
from ..models.receipt_contact_match_key_type import ReceiptContactMatchKeyType
from ..types import UNSET, Unset


@_attrs_define(init=False)
class ReceiptContact(_m.Model):
    """ReceiptContact"""

    match_key: str
    match_key_type: ReceiptContactMatchKeyType
    contact_type: str | Unset
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("match_key", "matchKey"),
        ("match_key_type", "matchKeyType"),
        ("contact_type", "contactType"),
    )
    _required: ClassVar[frozenset[str]] = frozenset(
        {
            "match_key",
            "match_key_type",
        }
    )

    def __init__(
        self,
        *,
        match_key: str,
        match_key_type: ReceiptContactMatchKeyType | str,
        contact_type: str | Unset | None = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        fields = _m.Fields()
        self.match_key = fields.required("matchKey", _m.string, match_key)
        self.match_key_type = fields.required("matchKeyType", _m.enum_of(ReceiptContactMatchKeyType), match_key_type)
        self.contact_type = fields.optional("contactType", _m.string, contact_type)
        self.additional_properties = fields.extra(additional_properties)
        fields.done(ReceiptContact)
