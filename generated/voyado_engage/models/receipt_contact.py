# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Required, Self, TypedDict

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
        match_key_type: ReceiptContactMatchKeyType
        | Literal[
            "Email",
            "SocialSecurityNumber",
            "MobilePhone",
            "CardId",
            "ExternalId",
            "MemberNumber",
            "ContactId",
            "MemberNumberWithCardNumberAsFallback",
        ],
        contact_type: str | Unset | None = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        fields = _m.Fields()
        self.match_key = match_key if type(match_key) is str else fields.required("matchKey", _m.string, match_key)
        self.match_key_type = (
            match_key_type
            if (
                type(match_key_type) is ReceiptContactMatchKeyType
                and ReceiptContactMatchKeyType._value2member_map_.get(match_key_type) is match_key_type
            )
            else fields.required("matchKeyType", _m.enum_of(ReceiptContactMatchKeyType), match_key_type)
        )
        self.contact_type = (
            contact_type
            if type(contact_type) is Unset or type(contact_type) is str
            else fields.optional("contactType", _m.string, contact_type)
        )
        self.additional_properties = fields.extra(additional_properties)
        fields.done(ReceiptContact)

    _wire_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "matchKey",
            "matchKeyType",
            "contactType",
        }
    )

    @classmethod
    def _from_wire(cls, _data: Any) -> Self | None:
        """`_data` as this model when it is a dict with wire keys only and values that need no conversion (the common
        case, read in straight-line code); None otherwise: then the general path converts it, listing every problem."""
        if type(_data) is not dict or not _data.keys() <= cls._wire_keys:
            return None
        _get = _data.get
        match_key = _get("matchKey")
        if type(match_key) is not str:
            return None
        match_key_type = _get("matchKeyType")
        match_key_type = _m.listed_member(ReceiptContactMatchKeyType, match_key_type)
        if match_key_type is None:
            return None
        contact_type = _get("contactType")
        if contact_type is None:
            contact_type = UNSET
        elif type(contact_type) is not str:
            return None
        _model = cls.__new__(cls)
        _model.match_key = match_key
        _model.match_key_type = match_key_type
        _model.contact_type = contact_type
        _model.additional_properties = {}
        return _model

    def to_dict(self) -> dict[str, Any]:
        result = _m.extra_to_wire(self.additional_properties)
        result["matchKey"] = self.match_key
        result["matchKeyType"] = self.match_key_type._value_
        if not isinstance(self.contact_type, Unset):
            result["contactType"] = self.contact_type
        return result


class ReceiptContactParam(TypedDict, total=False):
    """`ReceiptContact` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    matchKey: Required[str]
    matchKeyType: Required[
        ReceiptContactMatchKeyType
        | Literal[
            "Email",
            "SocialSecurityNumber",
            "MobilePhone",
            "CardId",
            "ExternalId",
            "MemberNumber",
            "ContactId",
            "MemberNumberWithCardNumberAsFallback",
        ]
    ]
    contactType: str | None
