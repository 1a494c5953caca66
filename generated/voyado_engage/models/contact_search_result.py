# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
# ruff: noqa: E402
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypedDict

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
        search_key: ContactSearchResultSearchKey
        | Literal["MobilePhone", "SocialSecurityNumber"]
        | Unset
        | None = UNSET,
        unregistered_from_online_register_information: UnregisteredFromOnlineRegisterInformation
        | UnregisteredFromOnlineRegisterInformationParam
        | Unset
        | None = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        fields = _m.Fields()
        self.first_name = (
            first_name
            if type(first_name) is Unset or type(first_name) is str
            else fields.optional("firstName", _m.string, first_name)
        )
        self.last_name = (
            last_name
            if type(last_name) is Unset or type(last_name) is str
            else fields.optional("lastName", _m.string, last_name)
        )
        self.care_of = (
            care_of if type(care_of) is Unset or type(care_of) is str else fields.optional("careOf", _m.string, care_of)
        )
        self.street = (
            street if type(street) is Unset or type(street) is str else fields.optional("street", _m.string, street)
        )
        self.zip_code = (
            zip_code
            if type(zip_code) is Unset or type(zip_code) is str
            else fields.optional("zipCode", _m.string, zip_code)
        )
        self.city = city if type(city) is Unset or type(city) is str else fields.optional("city", _m.string, city)
        self.birth_day = (
            birth_day
            if type(birth_day) is Unset or type(birth_day) is str
            else fields.optional("birthDay", _m.string, birth_day)
        )
        self.status = (
            status if type(status) is Unset or type(status) is str else fields.optional("status", _m.string, status)
        )
        self.country = (
            country
            if type(country) is Unset or type(country) is str
            else fields.optional("country", _m.string, country)
        )
        self.phone_number = (
            phone_number
            if type(phone_number) is Unset or type(phone_number) is str
            else fields.optional("phoneNumber", _m.string, phone_number)
        )
        self.mobile_phone_number = (
            mobile_phone_number
            if type(mobile_phone_number) is Unset or type(mobile_phone_number) is str
            else fields.optional("mobilePhoneNumber", _m.string, mobile_phone_number)
        )
        self.gender = (
            gender if type(gender) is Unset or type(gender) is str else fields.optional("gender", _m.string, gender)
        )
        self.search_key = (
            search_key
            if type(search_key) is Unset
            or (
                type(search_key) is ContactSearchResultSearchKey
                and ContactSearchResultSearchKey._value2member_map_.get(search_key) is search_key
            )
            else fields.optional("searchKey", _m.enum_of(ContactSearchResultSearchKey), search_key)
        )
        self.unregistered_from_online_register_information = (
            unregistered_from_online_register_information
            if type(unregistered_from_online_register_information) is Unset
            or type(unregistered_from_online_register_information) is UnregisteredFromOnlineRegisterInformation
            else fields.optional(
                "unregisteredFromOnlineRegisterInformation",
                _m.model_of(UnregisteredFromOnlineRegisterInformation),
                unregistered_from_online_register_information,
            )
        )
        self.additional_properties = fields.extra(additional_properties)
        fields.done(ContactSearchResult)

    _wire_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "firstName",
            "lastName",
            "careOf",
            "street",
            "zipCode",
            "city",
            "birthDay",
            "status",
            "country",
            "phoneNumber",
            "mobilePhoneNumber",
            "gender",
            "searchKey",
            "unregisteredFromOnlineRegisterInformation",
        }
    )

    @classmethod
    def _from_wire(cls, _data: Any) -> Self | None:
        """`_data` as this model when it is a dict with wire keys only and values that need no conversion (the common
        case, read in straight-line code); None otherwise: then the general path converts it, listing every problem."""
        if type(_data) is not dict or not _data.keys() <= cls._wire_keys:
            return None
        _get = _data.get
        first_name = _get("firstName")
        if first_name is None:
            first_name = UNSET
        elif type(first_name) is not str:
            return None
        last_name = _get("lastName")
        if last_name is None:
            last_name = UNSET
        elif type(last_name) is not str:
            return None
        care_of = _get("careOf")
        if care_of is None:
            care_of = UNSET
        elif type(care_of) is not str:
            return None
        street = _get("street")
        if street is None:
            street = UNSET
        elif type(street) is not str:
            return None
        zip_code = _get("zipCode")
        if zip_code is None:
            zip_code = UNSET
        elif type(zip_code) is not str:
            return None
        city = _get("city")
        if city is None:
            city = UNSET
        elif type(city) is not str:
            return None
        birth_day = _get("birthDay")
        if birth_day is None:
            birth_day = UNSET
        elif type(birth_day) is not str:
            return None
        status = _get("status")
        if status is None:
            status = UNSET
        elif type(status) is not str:
            return None
        country = _get("country")
        if country is None:
            country = UNSET
        elif type(country) is not str:
            return None
        phone_number = _get("phoneNumber")
        if phone_number is None:
            phone_number = UNSET
        elif type(phone_number) is not str:
            return None
        mobile_phone_number = _get("mobilePhoneNumber")
        if mobile_phone_number is None:
            mobile_phone_number = UNSET
        elif type(mobile_phone_number) is not str:
            return None
        gender = _get("gender")
        if gender is None:
            gender = UNSET
        elif type(gender) is not str:
            return None
        search_key = _get("searchKey")
        if search_key is None:
            search_key = UNSET
        else:
            search_key = _m.listed_member(ContactSearchResultSearchKey, search_key)
            if search_key is None:
                return None
        unregistered_from_online_register_information = _get("unregisteredFromOnlineRegisterInformation")
        if unregistered_from_online_register_information is None:
            unregistered_from_online_register_information = UNSET
        else:
            unregistered_from_online_register_information = UnregisteredFromOnlineRegisterInformation._from_wire(
                unregistered_from_online_register_information
            )
            if unregistered_from_online_register_information is None:
                return None
        _model = cls.__new__(cls)
        _model.first_name = first_name
        _model.last_name = last_name
        _model.care_of = care_of
        _model.street = street
        _model.zip_code = zip_code
        _model.city = city
        _model.birth_day = birth_day
        _model.status = status
        _model.country = country
        _model.phone_number = phone_number
        _model.mobile_phone_number = mobile_phone_number
        _model.gender = gender
        _model.search_key = search_key
        _model.unregistered_from_online_register_information = unregistered_from_online_register_information
        _model.additional_properties = {}
        return _model

    def to_dict(self) -> dict[str, Any]:
        result = _m.extra_to_wire(self.additional_properties)
        if not isinstance(self.first_name, Unset):
            result["firstName"] = self.first_name
        if not isinstance(self.last_name, Unset):
            result["lastName"] = self.last_name
        if not isinstance(self.care_of, Unset):
            result["careOf"] = self.care_of
        if not isinstance(self.street, Unset):
            result["street"] = self.street
        if not isinstance(self.zip_code, Unset):
            result["zipCode"] = self.zip_code
        if not isinstance(self.city, Unset):
            result["city"] = self.city
        if not isinstance(self.birth_day, Unset):
            result["birthDay"] = self.birth_day
        if not isinstance(self.status, Unset):
            result["status"] = self.status
        if not isinstance(self.country, Unset):
            result["country"] = self.country
        if not isinstance(self.phone_number, Unset):
            result["phoneNumber"] = self.phone_number
        if not isinstance(self.mobile_phone_number, Unset):
            result["mobilePhoneNumber"] = self.mobile_phone_number
        if not isinstance(self.gender, Unset):
            result["gender"] = self.gender
        if not isinstance(self.search_key, Unset):
            result["searchKey"] = self.search_key._value_
        if not isinstance(self.unregistered_from_online_register_information, Unset):
            result["unregisteredFromOnlineRegisterInformation"] = (
                self.unregistered_from_online_register_information.to_dict()
            )
        return result


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
