# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
# ruff: noqa: E402
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _fields as _f
from .. import _model as _m
from ..models.contact_search_result_search_key import ContactSearchResultSearchKey
from ..types import UNSET, Unset


@_attrs_define(init=False)
class ContactSearchResult(_m.Model):
    """ContactSearchResult"""

    first_name: str | Unset
    last_name: str | Unset
    care_of: str | Unset
    street: str | Unset
    zip_code: str | Unset
    city: str | Unset
    birth_day: str | Unset
    status: str | Unset
    country: str | Unset
    phone_number: str | Unset
    mobile_phone_number: str | Unset
    gender: str | Unset
    search_key: ContactSearchResultSearchKey | Unset
    unregistered_from_online_register_information: UnregisteredFromOnlineRegisterInformation | Unset
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[_f.Field, ...]] = (
        _f.Field("first_name", "firstName", _f.STRING),
        _f.Field("last_name", "lastName", _f.STRING),
        _f.Field("care_of", "careOf", _f.STRING),
        _f.Field("street", "street", _f.STRING),
        _f.Field("zip_code", "zipCode", _f.STRING),
        _f.Field("city", "city", _f.STRING),
        _f.Field("birth_day", "birthDay", _f.STRING),
        _f.Field("status", "status", _f.STRING),
        _f.Field("country", "country", _f.STRING),
        _f.Field("phone_number", "phoneNumber", _f.STRING),
        _f.Field("mobile_phone_number", "mobilePhoneNumber", _f.STRING),
        _f.Field("gender", "gender", _f.STRING),
        _f.Field("search_key", "searchKey", _f.EnumOf("ContactSearchResultSearchKey")),
        _f.Field(
            "unregistered_from_online_register_information",
            "unregisteredFromOnlineRegisterInformation",
            _f.ModelOf("UnregisteredFromOnlineRegisterInformation"),
        ),
    )

    if TYPE_CHECKING:  # the signature type checkers read; the constructor itself is compiled from `_fields`

        def __init__(
            self,
            *,
            first_name: str | Unset | None = UNSET,
            last_name: str | Unset | None = UNSET,
            care_of: str | Unset | None = UNSET,
            street: str | Unset | None = UNSET,
            zip_code: str | Unset | None = UNSET,
            city: str | Unset | None = UNSET,
            birth_day: str | Unset | None = UNSET,
            status: str | Unset | None = UNSET,
            country: str | Unset | None = UNSET,
            phone_number: str | Unset | None = UNSET,
            mobile_phone_number: str | Unset | None = UNSET,
            gender: str | Unset | None = UNSET,
            search_key: ContactSearchResultSearchKey
            | Literal["MobilePhone", "SocialSecurityNumber"]
            | Unset
            | None = UNSET,
            unregistered_from_online_register_information: UnregisteredFromOnlineRegisterInformation
            | UnregisteredFromOnlineRegisterInformationParam
            | Unset
            | None = UNSET,
            additional_properties: Mapping[str, Any] | None = None,
        ) -> None: ...


class ContactSearchResultParam(TypedDict, total=False):
    """`ContactSearchResult` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    firstName: str | None
    lastName: str | None
    careOf: str | None
    street: str | None
    zipCode: str | None
    city: str | None
    birthDay: str | None
    status: str | None
    country: str | None
    phoneNumber: str | None
    mobilePhoneNumber: str | None
    gender: str | None
    searchKey: ContactSearchResultSearchKey | Literal["MobilePhone", "SocialSecurityNumber"] | None
    unregisteredFromOnlineRegisterInformation: (
        UnregisteredFromOnlineRegisterInformation | UnregisteredFromOnlineRegisterInformationParam | None
    )


# Imported after the class, so that models may refer to each other.
from ..models.unregistered_from_online_register_information import (
    UnregisteredFromOnlineRegisterInformation,
    UnregisteredFromOnlineRegisterInformationParam,
)
