# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypedDict

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

    _wire_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
            "city",
            "countryCode",
            "county",
            "email",
            "adjacentZipCodes",
            "emailUnsubscribeText",
            "emailViewOnlineText",
            "externalId",
            "footerHtml",
            "headerHtml",
            "homepage",
            "phoneNumber",
            "region",
            "senderAddress",
            "senderName",
            "street",
            "type",
            "zipCode",
            "active",
            "timeZone",
        }
    )

    @classmethod
    def _from_wire(cls, _data: Any) -> Self | None:
        """`_data` as this model when it is a dict with wire keys only and values that need no conversion (the common
        case, read in straight-line code); None otherwise: then the general path converts it, listing every problem."""
        if type(_data) is not dict or not _data.keys() <= cls._wire_keys:
            return None
        _get = _data.get
        name = _get("name")
        if name is None:
            name = UNSET
        elif type(name) is not str:
            return None
        city = _get("city")
        if city is None:
            city = UNSET
        elif type(city) is not str:
            return None
        country_code = _get("countryCode")
        if country_code is None:
            country_code = UNSET
        elif type(country_code) is not str:
            return None
        county = _get("county")
        if county is None:
            county = UNSET
        elif type(county) is not str:
            return None
        email = _get("email")
        if email is None:
            email = UNSET
        elif type(email) is not str:
            return None
        adjacent_zip_codes = _get("adjacentZipCodes")
        if adjacent_zip_codes is None:
            adjacent_zip_codes = UNSET
        elif type(adjacent_zip_codes) is not str:
            return None
        email_unsubscribe_text = _get("emailUnsubscribeText")
        if email_unsubscribe_text is None:
            email_unsubscribe_text = UNSET
        elif type(email_unsubscribe_text) is not str:
            return None
        email_view_online_text = _get("emailViewOnlineText")
        if email_view_online_text is None:
            email_view_online_text = UNSET
        elif type(email_view_online_text) is not str:
            return None
        external_id = _get("externalId")
        if external_id is None:
            external_id = UNSET
        elif type(external_id) is not str:
            return None
        footer_html = _get("footerHtml")
        if footer_html is None:
            footer_html = UNSET
        elif type(footer_html) is not str:
            return None
        header_html = _get("headerHtml")
        if header_html is None:
            header_html = UNSET
        elif type(header_html) is not str:
            return None
        homepage = _get("homepage")
        if homepage is None:
            homepage = UNSET
        elif type(homepage) is not str:
            return None
        phone_number = _get("phoneNumber")
        if phone_number is None:
            phone_number = UNSET
        elif type(phone_number) is not str:
            return None
        region = _get("region")
        if region is None:
            region = UNSET
        elif type(region) is not str:
            return None
        sender_address = _get("senderAddress")
        if sender_address is None:
            sender_address = UNSET
        elif type(sender_address) is not str:
            return None
        sender_name = _get("senderName")
        if sender_name is None:
            sender_name = UNSET
        elif type(sender_name) is not str:
            return None
        street = _get("street")
        if street is None:
            street = UNSET
        elif type(street) is not str:
            return None
        type_ = _get("type")
        if type_ is None:
            type_ = UNSET
        elif type(type_) is not str:
            return None
        zip_code = _get("zipCode")
        if zip_code is None:
            zip_code = UNSET
        elif type(zip_code) is not str:
            return None
        active = _get("active")
        if active is None:
            active = UNSET
        elif type(active) is not bool:
            return None
        time_zone = _get("timeZone")
        if time_zone is None:
            time_zone = UNSET
        elif type(time_zone) is not str:
            return None
        _model = cls.__new__(cls)
        _model.name = name
        _model.city = city
        _model.country_code = country_code
        _model.county = county
        _model.email = email
        _model.adjacent_zip_codes = adjacent_zip_codes
        _model.email_unsubscribe_text = email_unsubscribe_text
        _model.email_view_online_text = email_view_online_text
        _model.external_id = external_id
        _model.footer_html = footer_html
        _model.header_html = header_html
        _model.homepage = homepage
        _model.phone_number = phone_number
        _model.region = region
        _model.sender_address = sender_address
        _model.sender_name = sender_name
        _model.street = street
        _model.type_ = type_
        _model.zip_code = zip_code
        _model.active = active
        _model.time_zone = time_zone
        _model.additional_properties = {}
        return _model

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
