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


@_attrs_define(init=False, repr=False)  # the repr is `_m.Model`'s: the fields that are set
class ContactSearchResult(_m.Model):
    """A person found by a person lookup (`GET /api/v2/personlookup/getpersonlookup`) in the national population
    register the tenant is connected to."""

    first_name: str | Unset
    """ First name as registered. """
    last_name: str | Unset
    """ Last name as registered. """
    care_of: str | Unset
    """ Care-of (c/o) line of the registered address. """
    street: str | Unset
    """ Street of the registered address. """
    zip_code: str | Unset
    """ Postal code of the registered address. """
    city: str | Unset
    """ City of the registered address. """
    birth_day: str | Unset
    """ Date of birth as registered; the format is not documented. """
    status: str | Unset
    """ The person's status in the register; the values are not documented (inferred). """
    country: str | Unset
    """ Country of the registered address; the format is not documented. """
    phone_number: str | Unset
    """ Phone number found for the person (inferred). """
    mobile_phone_number: str | Unset
    """ Mobile phone number found for the person. """
    gender: str | Unset
    """ Gender as registered. """
    search_key: ContactSearchResultSearchKey | Unset
    """ Which key the lookup searched by, the social security number or the mobile phone number. """
    unregistered_from_online_register_information: UnregisteredFromOnlineRegisterInformation | Unset
    """ Present when the person has been taken off the population register the lookup reads, with why and when
    (inferred). """
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
    """ First name as registered. """
    lastName: str | None
    """ Last name as registered. """
    careOf: str | None
    """ Care-of (c/o) line of the registered address. """
    street: str | None
    """ Street of the registered address. """
    zipCode: str | None
    """ Postal code of the registered address. """
    city: str | None
    """ City of the registered address. """
    birthDay: str | None
    """ Date of birth as registered; the format is not documented. """
    status: str | None
    """ The person's status in the register; the values are not documented (inferred). """
    country: str | None
    """ Country of the registered address; the format is not documented. """
    phoneNumber: str | None
    """ Phone number found for the person (inferred). """
    mobilePhoneNumber: str | None
    """ Mobile phone number found for the person. """
    gender: str | None
    """ Gender as registered. """
    searchKey: ContactSearchResultSearchKey | Literal["MobilePhone", "SocialSecurityNumber"] | None
    """ Which key the lookup searched by, the social security number or the mobile phone number. """
    unregisteredFromOnlineRegisterInformation: (
        UnregisteredFromOnlineRegisterInformation | UnregisteredFromOnlineRegisterInformationParam | None
    )
    """ Present when the person has been taken off the population register the lookup reads, with why and when
    (inferred). """


# Imported after the class, so that models may refer to each other.
from ..models.unregistered_from_online_register_information import (
    UnregisteredFromOnlineRegisterInformation,
    UnregisteredFromOnlineRegisterInformationParam,
)
