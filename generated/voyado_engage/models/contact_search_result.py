# Generated from generator/templates/model.py.jinja by `make generate`; do not edit.
# ruff: noqa: E402
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("first_name", "firstName"),
        ("last_name", "lastName"),
        ("care_of", "careOf"),
        ("street", "street"),
        ("zip_code", "zipCode"),
        ("city", "city"),
        ("birth_day", "birthDay"),
        ("status", "status"),
        ("country", "country"),
        ("phone_number", "phoneNumber"),
        ("mobile_phone_number", "mobilePhoneNumber"),
        ("gender", "gender"),
        ("search_key", "searchKey"),
        ("unregistered_from_online_register_information", "unregisteredFromOnlineRegisterInformation"),
    )
    _required: ClassVar[frozenset[str]] = frozenset({})

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
        search_key: ContactSearchResultSearchKey | str | Unset | None = UNSET,
        unregistered_from_online_register_information: UnregisteredFromOnlineRegisterInformation
        | Mapping[str, Any]
        | Unset
        | None = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        fields = _m.Fields()
        self.first_name = fields.optional("firstName", _m.string, first_name)
        self.last_name = fields.optional("lastName", _m.string, last_name)
        self.care_of = fields.optional("careOf", _m.string, care_of)
        self.street = fields.optional("street", _m.string, street)
        self.zip_code = fields.optional("zipCode", _m.string, zip_code)
        self.city = fields.optional("city", _m.string, city)
        self.birth_day = fields.optional("birthDay", _m.string, birth_day)
        self.status = fields.optional("status", _m.string, status)
        self.country = fields.optional("country", _m.string, country)
        self.phone_number = fields.optional("phoneNumber", _m.string, phone_number)
        self.mobile_phone_number = fields.optional("mobilePhoneNumber", _m.string, mobile_phone_number)
        self.gender = fields.optional("gender", _m.string, gender)
        self.search_key = fields.optional("searchKey", _m.enum_of(ContactSearchResultSearchKey), search_key)
        self.unregistered_from_online_register_information = fields.optional(
            "unregisteredFromOnlineRegisterInformation",
            _m.model_of(UnregisteredFromOnlineRegisterInformation),
            unregistered_from_online_register_information,
        )
        self.additional_properties = fields.extra(additional_properties)
        fields.done(ContactSearchResult)


# Imported after the class, so that models may refer to each other.
from ..models.unregistered_from_online_register_information import UnregisteredFromOnlineRegisterInformation
