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


@_attrs_define(init=False)
class ReceiptContact(_m.Model):
    """ReceiptContact"""

    match_key: str
    match_key_type: ReceiptContactMatchKeyType
    contact_type: str | Unset
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
