# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _fields as _f
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

    _fields: ClassVar[tuple[_f.Field, ...]] = (
        _f.Field("name", "name", _f.STRING),
        _f.Field("city", "city", _f.STRING),
        _f.Field("country_code", "countryCode", _f.STRING),
        _f.Field("county", "county", _f.STRING),
        _f.Field("email", "email", _f.STRING),
        _f.Field("adjacent_zip_codes", "adjacentZipCodes", _f.STRING),
        _f.Field("email_unsubscribe_text", "emailUnsubscribeText", _f.STRING),
        _f.Field("email_view_online_text", "emailViewOnlineText", _f.STRING),
        _f.Field("external_id", "externalId", _f.STRING),
        _f.Field("footer_html", "footerHtml", _f.STRING),
        _f.Field("header_html", "headerHtml", _f.STRING),
        _f.Field("homepage", "homepage", _f.STRING),
        _f.Field("phone_number", "phoneNumber", _f.STRING),
        _f.Field("region", "region", _f.STRING),
        _f.Field("sender_address", "senderAddress", _f.STRING),
        _f.Field("sender_name", "senderName", _f.STRING),
        _f.Field("street", "street", _f.STRING),
        _f.Field("type_", "type", _f.STRING),
        _f.Field("zip_code", "zipCode", _f.STRING),
        _f.Field("active", "active", _f.BOOLEAN),
        _f.Field("time_zone", "timeZone", _f.STRING),
    )

    if TYPE_CHECKING:  # the signature type checkers read; the constructor itself is compiled from `_fields`

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
        ) -> None: ...


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
