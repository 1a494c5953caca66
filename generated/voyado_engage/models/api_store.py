# Generated from generator/templates/model.py.jinja by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

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
        self.name = fields.optional("name", _m.string, name)
        self.city = fields.optional("city", _m.string, city)
        self.country_code = fields.optional("countryCode", _m.string, country_code)
        self.county = fields.optional("county", _m.string, county)
        self.email = fields.optional("email", _m.string, email)
        self.adjacent_zip_codes = fields.optional("adjacentZipCodes", _m.string, adjacent_zip_codes)
        self.email_unsubscribe_text = fields.optional("emailUnsubscribeText", _m.string, email_unsubscribe_text)
        self.email_view_online_text = fields.optional("emailViewOnlineText", _m.string, email_view_online_text)
        self.external_id = fields.optional("externalId", _m.string, external_id)
        self.footer_html = fields.optional("footerHtml", _m.string, footer_html)
        self.header_html = fields.optional("headerHtml", _m.string, header_html)
        self.homepage = fields.optional("homepage", _m.string, homepage)
        self.phone_number = fields.optional("phoneNumber", _m.string, phone_number)
        self.region = fields.optional("region", _m.string, region)
        self.sender_address = fields.optional("senderAddress", _m.string, sender_address)
        self.sender_name = fields.optional("senderName", _m.string, sender_name)
        self.street = fields.optional("street", _m.string, street)
        self.type_ = fields.optional("type", _m.string, type_)
        self.zip_code = fields.optional("zipCode", _m.string, zip_code)
        self.active = fields.optional("active", _m.boolean, active)
        self.time_zone = fields.optional("timeZone", _m.string, time_zone)
        self.additional_properties = fields.extra(additional_properties)
        fields.done(ApiStore)
