# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _fields as _f
from .. import _model as _m
from ..models.receipt_contact_match_key_type import ReceiptContactMatchKeyType
from ..types import UNSET, Unset


@_attrs_define(init=False, repr=False)  # the repr is `_m.Model`'s: the fields that are set
class ReceiptContact(_m.Model):
    """The contact the receipt is stored for, found by one of the contact's keys."""

    match_key: str
    """ The value to look up, of the kind named by `matchKeyType` (within `contactType`). """
    match_key_type: ReceiptContactMatchKeyType
    """ Which contact field `matchKey` holds, for example `Email` or `ContactId`. Voyado's pages write these values
    in camelCase (`email`, `contactId`). """
    contact_type: str | Unset
    """ Contact type to match within; when left out, `Member` is used. Not needed when matching by `ContactId`,
    which is unique on its own. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[_f.Field, ...]] = (
        _f.Field("match_key", "matchKey", _f.STRING, required=True),
        _f.Field("match_key_type", "matchKeyType", _f.EnumOf("ReceiptContactMatchKeyType"), required=True),
        _f.Field("contact_type", "contactType", _f.STRING),
    )

    if TYPE_CHECKING:  # the signature type checkers read; the constructor itself is compiled from `_fields`

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
        ) -> None: ...


class ReceiptContactParam(TypedDict, total=False):
    """`ReceiptContact` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    matchKey: Required[str]
    """ The value to look up, of the kind named by `matchKeyType` (within `contactType`). """
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
    """ Which contact field `matchKey` holds, for example `Email` or `ContactId`. Voyado's pages write these values
    in camelCase (`email`, `contactId`). """
    contactType: str | None
    """ Contact type to match within; when left out, `Member` is used. Not needed when matching by `ContactId`,
    which is unique on its own. """
