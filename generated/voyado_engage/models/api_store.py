# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _model as _m
from ..types import UNSET, Unset


@_attrs_define(init=False)
class ApiStore(_m.Model):
    """ApiStore"""

    name: str | Unset
    city: str | Unset
    country_code: str | Unset
    county: str | Unset
    email: str | Unset
    adjacent_zip_codes: str | Unset
    email_unsubscribe_text: str | Unset
    email_view_online_text: str | Unset
    external_id: str | Unset
    footer_html: str | Unset
    header_html: str | Unset
    homepage: str | Unset
    phone_number: str | Unset
    region: str | Unset
    sender_address: str | Unset
    sender_name: str | Unset
    street: str | Unset
    type_: str | Unset
    zip_code: str | Unset
    active: bool | Unset
    time_zone: str | Unset
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("name", "name"),
        ("city", "city"),
        ("country_code", "countryCode"),
        ("county", "county"),
        ("email", "email"),
        ("adjacent_zip_codes", "adjacentZipCodes"),
        ("email_unsubscribe_text", "emailUnsubscribeText"),
        ("email_view_online_text", "emailViewOnlineText"),
        ("external_id", "externalId"),
        ("footer_html", "footerHtml"),
        ("header_html", "headerHtml"),
        ("homepage", "homepage"),
        ("phone_number", "phoneNumber"),
        ("region", "region"),
        ("sender_address", "senderAddress"),
        ("sender_name", "senderName"),
        ("street", "street"),
        ("type_", "type"),
        ("zip_code", "zipCode"),
        ("active", "active"),
        ("time_zone", "timeZone"),
    )
    _required: ClassVar[frozenset[str]] = frozenset({})

    def __init__(
        self,
        *,
        name: str | Unset | None = UNSET,
        city: str | Unset | None = UNSET,
        country_code: str | Unset | None = UNSET,
        county: str | Unset | None = UNSET,
        email: str | Unset | None = UNSET,
        adjacent_zip_codes: str | Unset | None = UNSET,
        email_unsubscribe_text: str | Unset | None = UNSET,
        email_view_online_text: str | Unset | None = UNSET,
        external_id: str | Unset | None = UNSET,
        footer_html: str | Unset | None = UNSET,
        header_html: str | Unset | None = UNSET,
        homepage: str | Unset | None = UNSET,
        phone_number: str | Unset | None = UNSET,
        region: str | Unset | None = UNSET,
        sender_address: str | Unset | None = UNSET,
        sender_name: str | Unset | None = UNSET,
        street: str | Unset | None = UNSET,
        type_: str | Unset | None = UNSET,
        zip_code: str | Unset | None = UNSET,
        active: bool | Unset | None = UNSET,
        time_zone: str | Unset | None = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        fields = _m.Fields()
        self.name = name if type(name) is Unset or type(name) is str else fields.optional("name", _m.string, name)
        self.city = city if type(city) is Unset or type(city) is str else fields.optional("city", _m.string, city)
        self.country_code = (
            country_code
            if type(country_code) is Unset or type(country_code) is str
            else fields.optional("countryCode", _m.string, country_code)
        )
        self.county = (
            county if type(county) is Unset or type(county) is str else fields.optional("county", _m.string, county)
        )
        self.email = email if type(email) is Unset or type(email) is str else fields.optional("email", _m.string, email)
        self.adjacent_zip_codes = (
            adjacent_zip_codes
            if type(adjacent_zip_codes) is Unset or type(adjacent_zip_codes) is str
            else fields.optional("adjacentZipCodes", _m.string, adjacent_zip_codes)
        )
        self.email_unsubscribe_text = (
            email_unsubscribe_text
            if type(email_unsubscribe_text) is Unset or type(email_unsubscribe_text) is str
            else fields.optional("emailUnsubscribeText", _m.string, email_unsubscribe_text)
        )
        self.email_view_online_text = (
            email_view_online_text
            if type(email_view_online_text) is Unset or type(email_view_online_text) is str
            else fields.optional("emailViewOnlineText", _m.string, email_view_online_text)
        )
        self.external_id = (
            external_id
            if type(external_id) is Unset or type(external_id) is str
            else fields.optional("externalId", _m.string, external_id)
        )
        self.footer_html = (
            footer_html
            if type(footer_html) is Unset or type(footer_html) is str
            else fields.optional("footerHtml", _m.string, footer_html)
        )
        self.header_html = (
            header_html
            if type(header_html) is Unset or type(header_html) is str
            else fields.optional("headerHtml", _m.string, header_html)
        )
        self.homepage = (
            homepage
            if type(homepage) is Unset or type(homepage) is str
            else fields.optional("homepage", _m.string, homepage)
        )
        self.phone_number = (
            phone_number
            if type(phone_number) is Unset or type(phone_number) is str
            else fields.optional("phoneNumber", _m.string, phone_number)
        )
        self.region = (
            region if type(region) is Unset or type(region) is str else fields.optional("region", _m.string, region)
        )
        self.sender_address = (
            sender_address
            if type(sender_address) is Unset or type(sender_address) is str
            else fields.optional("senderAddress", _m.string, sender_address)
        )
        self.sender_name = (
            sender_name
            if type(sender_name) is Unset or type(sender_name) is str
            else fields.optional("senderName", _m.string, sender_name)
        )
        self.street = (
            street if type(street) is Unset or type(street) is str else fields.optional("street", _m.string, street)
        )
        self.type_ = type_ if type(type_) is Unset or type(type_) is str else fields.optional("type", _m.string, type_)
        self.zip_code = (
            zip_code
            if type(zip_code) is Unset or type(zip_code) is str
            else fields.optional("zipCode", _m.string, zip_code)
        )
        self.active = (
            active if type(active) is Unset or type(active) is bool else fields.optional("active", _m.boolean, active)
        )
        self.time_zone = (
            time_zone
            if type(time_zone) is Unset or type(time_zone) is str
            else fields.optional("timeZone", _m.string, time_zone)
        )
        self.additional_properties = fields.extra(additional_properties)
        fields.done(ApiStore)

    def to_dict(self) -> dict[str, Any]:
        result = _m.extra_to_wire(self.additional_properties)
        if not isinstance(self.name, Unset):
            result["name"] = self.name
        if not isinstance(self.city, Unset):
            result["city"] = self.city
        if not isinstance(self.country_code, Unset):
            result["countryCode"] = self.country_code
        if not isinstance(self.county, Unset):
            result["county"] = self.county
        if not isinstance(self.email, Unset):
            result["email"] = self.email
        if not isinstance(self.adjacent_zip_codes, Unset):
            result["adjacentZipCodes"] = self.adjacent_zip_codes
        if not isinstance(self.email_unsubscribe_text, Unset):
            result["emailUnsubscribeText"] = self.email_unsubscribe_text
        if not isinstance(self.email_view_online_text, Unset):
            result["emailViewOnlineText"] = self.email_view_online_text
        if not isinstance(self.external_id, Unset):
            result["externalId"] = self.external_id
        if not isinstance(self.footer_html, Unset):
            result["footerHtml"] = self.footer_html
        if not isinstance(self.header_html, Unset):
            result["headerHtml"] = self.header_html
        if not isinstance(self.homepage, Unset):
            result["homepage"] = self.homepage
        if not isinstance(self.phone_number, Unset):
            result["phoneNumber"] = self.phone_number
        if not isinstance(self.region, Unset):
            result["region"] = self.region
        if not isinstance(self.sender_address, Unset):
            result["senderAddress"] = self.sender_address
        if not isinstance(self.sender_name, Unset):
            result["senderName"] = self.sender_name
        if not isinstance(self.street, Unset):
            result["street"] = self.street
        if not isinstance(self.type_, Unset):
            result["type"] = self.type_
        if not isinstance(self.zip_code, Unset):
            result["zipCode"] = self.zip_code
        if not isinstance(self.active, Unset):
            result["active"] = self.active
        if not isinstance(self.time_zone, Unset):
            result["timeZone"] = self.time_zone
        return result


class ApiStoreParam(TypedDict, total=False):
    """`ApiStore` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    name: str | None
    city: str | None
    countryCode: str | None
    county: str | None
    email: str | None
    adjacentZipCodes: str | None
    emailUnsubscribeText: str | None
    emailViewOnlineText: str | None
    externalId: str | None
    footerHtml: str | None
    headerHtml: str | None
    homepage: str | None
    phoneNumber: str | None
    region: str | None
    senderAddress: str | None
    senderName: str | None
    street: str | None
    type: str | None
    zipCode: str | None
    active: bool | None
    timeZone: str | None
