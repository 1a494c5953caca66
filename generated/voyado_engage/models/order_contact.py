# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _fields as _f
from .. import _model as _m
from ..models.order_contact_match_key_type import OrderContactMatchKeyType


@_attrs_define(init=False, repr=False)  # the repr is `_m.Model`'s: the fields that are set
class OrderContact(_m.Model):
    """The contact the order is matched to."""

    match_key: str
    """ The value to look up, of the kind named by `matchKeyType`. """
    match_key_type: OrderContactMatchKeyType
    """ Which contact field `matchKey` holds, for example `Email` or `ContactId`. Voyado's pages write these values
    in camelCase (`email`, `contactId`). """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[_f.Field, ...]] = (
        _f.Field("match_key", "matchKey", _f.STRING, required=True),
        _f.Field("match_key_type", "matchKeyType", _f.EnumOf("OrderContactMatchKeyType"), required=True),
    )

    if TYPE_CHECKING:  # the signature type checkers read; the constructor itself is compiled from `_fields`

        def __init__(
            self,
            *,
            match_key: str,
            match_key_type: OrderContactMatchKeyType
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
            additional_properties: Mapping[str, Any] | None = None,
        ) -> None: ...


class OrderContactParam(TypedDict, total=False):
    """`OrderContact` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    matchKey: Required[str]
    """ The value to look up, of the kind named by `matchKeyType`. """
    matchKeyType: Required[
        OrderContactMatchKeyType
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
