# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
# ruff: noqa: E402
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _fields as _f
from .. import _model as _m
from ..types import UNSET, Unset


@_attrs_define(init=False, repr=False)  # the repr is `_m.Model`'s: the fields that are set
class ContactFields(_m.Model):
    """One contact's attributes, flat, as creating, updating and bulk-importing contacts take them. The standard
    attributes are below; which of them are mandatory, which one is the key (email, mobilePhone, externalId or
    socialSecurityNumber) and which others exist is configured per tenant, and any other attribute of the tenant
    can be sent beside them (`additional_properties`). Voyado ignores an attribute the contact type lacks,
    without an error; on an update, an attribute sent empty is emptied."""

    contact_type: str | Unset
    """ The contact type, such as `Member` or `Contact`; it must exist in the tenant. Member when left out. Set on
    creation only: an update changes it through `promote_to_member` or `update_contact_type`. """
    first_name: str | Unset
    """ First name. """
    last_name: str | Unset
    """ Last name. """
    email: str | Unset
    """ E-mail address; often the contact type's key. """
    mobile_phone: str | Unset
    """ Mobile phone number with its country calling code, such as `+46701234567`. """
    social_security_number: str | Unset
    """ Personal identity number: Swedish (personnummer or samordningsnummer) or Finnish; with 10 digits the contact
    is taken to be under 100 years old. """
    external_id: str | Unset
    """ The contact's id in your own system; can be the contact type's key. """
    member_number: str | Unset
    """ The member number; Voyado usually assigns it from a sequence. """
    created_in_store: str | Unset
    """ External id of the store the contact signed up in; it cannot be changed once set. """
    store: str | Unset
    """ External id of the contact's store; the store it signed up in when left out. """
    street: str | Unset
    """ Street address. """
    care_of: str | Unset
    """ Care-of line of the address. """
    zip_code: str | Unset
    """ Postal code, as text (`123 45`). """
    city: str | Unset
    """ City. """
    country: str | Unset
    """ Country name, such as `Sweden`. """
    country_code: str | Unset
    """ Country as a two-letter code such as `SE` (ISO 3166-1 alpha-2, inferred from Voyado's example); used to
    choose the language of messages. """
    birth_day: str | Unset
    """ Date of birth as `YYYY-MM-DD`, such as `1963-02-13` (the current field definitions; an older version of the
    page showed DD/MM/YYYY). """
    gender: str | Unset
    """ Gender, such as `Male`, `Female` or `Other`. """
    preferences: ContactPreferences | Unset
    """ What the contact accepts to receive. A contact needs `acceptsSms` true (and a mobile phone) to be sent text
    messages. """
    consents: list[IApiConsent] | Unset
    """ Consents to set, each by its definition's id (`consents.list` lists them); once set, a consent is yes or no
    and cannot go back to unset. The shape is that of the consents Voyado answers with (inferred). """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[_f.Field, ...]] = (
        _f.Field("contact_type", "contactType", _f.STRING),
        _f.Field("first_name", "firstName", _f.STRING),
        _f.Field("last_name", "lastName", _f.STRING),
        _f.Field("email", "email", _f.STRING),
        _f.Field("mobile_phone", "mobilePhone", _f.STRING),
        _f.Field("social_security_number", "socialSecurityNumber", _f.STRING),
        _f.Field("external_id", "externalId", _f.STRING),
        _f.Field("member_number", "memberNumber", _f.STRING),
        _f.Field("created_in_store", "createdInStore", _f.STRING),
        _f.Field("store", "store", _f.STRING),
        _f.Field("street", "street", _f.STRING),
        _f.Field("care_of", "careOf", _f.STRING),
        _f.Field("zip_code", "zipCode", _f.STRING),
        _f.Field("city", "city", _f.STRING),
        _f.Field("country", "country", _f.STRING),
        _f.Field("country_code", "countryCode", _f.STRING),
        _f.Field("birth_day", "birthDay", _f.STRING),
        _f.Field("gender", "gender", _f.STRING),
        _f.Field("preferences", "preferences", _f.ModelOf("ContactPreferences")),
        _f.Field("consents", "consents", _f.ListOf(_f.ModelOf("IApiConsent"))),
    )

    if TYPE_CHECKING:  # the signature type checkers read; the constructor itself is compiled from `_fields`

        def __init__(
            self,
            *,
            contact_type: str | Unset | None = UNSET,
            first_name: str | Unset | None = UNSET,
            last_name: str | Unset | None = UNSET,
            email: str | Unset | None = UNSET,
            mobile_phone: str | Unset | None = UNSET,
            social_security_number: str | Unset | None = UNSET,
            external_id: str | Unset | None = UNSET,
            member_number: str | Unset | None = UNSET,
            created_in_store: str | Unset | None = UNSET,
            store: str | Unset | None = UNSET,
            street: str | Unset | None = UNSET,
            care_of: str | Unset | None = UNSET,
            zip_code: str | Unset | None = UNSET,
            city: str | Unset | None = UNSET,
            country: str | Unset | None = UNSET,
            country_code: str | Unset | None = UNSET,
            birth_day: str | Unset | None = UNSET,
            gender: str | Unset | None = UNSET,
            preferences: ContactPreferences | ContactPreferencesParam | Unset | None = UNSET,
            consents: Sequence[IApiConsent | IApiConsentParam] | Unset | None = UNSET,
            additional_properties: Mapping[str, Any] | None = None,
        ) -> None: ...


class ContactFieldsParam(TypedDict, total=False):
    """`ContactFields` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    contactType: str | None
    """ The contact type, such as `Member` or `Contact`; it must exist in the tenant. Member when left out. Set on
    creation only: an update changes it through `promote_to_member` or `update_contact_type`. """
    firstName: str | None
    """ First name. """
    lastName: str | None
    """ Last name. """
    email: str | None
    """ E-mail address; often the contact type's key. """
    mobilePhone: str | None
    """ Mobile phone number with its country calling code, such as `+46701234567`. """
    socialSecurityNumber: str | None
    """ Personal identity number: Swedish (personnummer or samordningsnummer) or Finnish; with 10 digits the contact
    is taken to be under 100 years old. """
    externalId: str | None
    """ The contact's id in your own system; can be the contact type's key. """
    memberNumber: str | None
    """ The member number; Voyado usually assigns it from a sequence. """
    createdInStore: str | None
    """ External id of the store the contact signed up in; it cannot be changed once set. """
    store: str | None
    """ External id of the contact's store; the store it signed up in when left out. """
    street: str | None
    """ Street address. """
    careOf: str | None
    """ Care-of line of the address. """
    zipCode: str | None
    """ Postal code, as text (`123 45`). """
    city: str | None
    """ City. """
    country: str | None
    """ Country name, such as `Sweden`. """
    countryCode: str | None
    """ Country as a two-letter code such as `SE` (ISO 3166-1 alpha-2, inferred from Voyado's example); used to
    choose the language of messages. """
    birthDay: str | None
    """ Date of birth as `YYYY-MM-DD`, such as `1963-02-13` (the current field definitions; an older version of the
    page showed DD/MM/YYYY). """
    gender: str | None
    """ Gender, such as `Male`, `Female` or `Other`. """
    preferences: ContactPreferences | ContactPreferencesParam | None
    """ What the contact accepts to receive. A contact needs `acceptsSms` true (and a mobile phone) to be sent text
    messages. """
    consents: Sequence[IApiConsent | IApiConsentParam] | None
    """ Consents to set, each by its definition's id (`consents.list` lists them); once set, a consent is yes or no
    and cannot go back to unset. The shape is that of the consents Voyado answers with (inferred). """


# The name openapi-python-client gave this schema before the spec named it, kept for the code that uses it.
NewContact = ContactFields
NewContactParam = ContactFieldsParam
ContactsVCreateContactHeaderParamBody = ContactFields
ContactsVCreateContactHeaderParamBodyParam = ContactFieldsParam
ContactChanges = ContactFields
ContactChangesParam = ContactFieldsParam
ContactsVUpdateContactPostBody = ContactFields
ContactsVUpdateContactPostBodyParam = ContactFieldsParam

# Imported after the class, so that models may refer to each other.
from ..models.contact_preferences import ContactPreferences, ContactPreferencesParam
from ..models.i_api_consent import IApiConsent, IApiConsentParam
