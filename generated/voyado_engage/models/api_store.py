# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _fields as _f
from .. import _model as _m
from ..types import UNSET, Unset


@_attrs_define(init=False, repr=False)  # the repr is `_m.Model`'s: the fields that are set
class ApiStore(_m.Model):
    """A store, physical or online. Creating one needs `name` and `externalId` (the API answers 400 without them,
    developer.voyado.com 'Stores API endpoints'); Voyado also advises sending `timeZone`, `type` and the
    country."""

    name: str
    """ Name of the store. Needed when creating a store. """
    external_id: str
    """ The store's unique id, chosen by you; orders and receipts refer to the store by it (`storeId`,
    `storeExternalId`). Needed when creating a store. """
    city: str | Unset
    """ City of the store's address. """
    country_code: str | Unset
    """ Country of the store, as an ISO 3166-1 alpha-2 code such as `SE` (format inferred). """
    county: str | Unset
    """ County of the store's address. """
    email: str | Unset
    """ The store's email address. """
    adjacent_zip_codes: str | Unset
    """ Zip codes of the area around the store, e.g. to link contacts to a nearby store (inferred). """
    email_unsubscribe_text: str | Unset
    """ Text of the unsubscribe link in emails sent in this store's name (inferred). """
    email_view_online_text: str | Unset
    """ Text of the "view online" link in emails sent in this store's name (inferred). """
    footer_html: str | Unset
    """ HTML footer for emails sent in this store's name (inferred). """
    header_html: str | Unset
    """ HTML header for emails sent in this store's name (inferred). """
    homepage: str | Unset
    """ URL of the store's web page. """
    phone_number: str | Unset
    """ The store's phone number. """
    region: str | Unset
    """ Region the store belongs to. """
    sender_address: str | Unset
    """ Sender email address for messages sent in this store's name (inferred). """
    sender_name: str | Unset
    """ Sender name for messages sent in this store's name (inferred). """
    street: str | Unset
    """ Street address of the store. """
    type_: str | Unset
    """ Kind of store: `RETAIL` for a physical store or the e-commerce type (written `ECOM` or `ECOMM` in Voyado's
    pages). Recommended for reporting and segmentation. """
    zip_code: str | Unset
    """ Zip code of the store's address. """
    active: bool | Unset
    """ Whether the store is active. Inactive stores are only listed with `includeInactive=true`. """
    time_zone: str | Unset
    """ The store's time zone as a tz database name such as `Europe/Stockholm`. Optional in the API, but the Engage
    UI needs it. """
    locale: str | Unset
    """ The store's language and region as a culture code such as `sv-SE`; Voyado's store page sends it when
    creating a store (the published SDK lacks it). """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[_f.Field, ...]] = (
        _f.Field("name", "name", _f.STRING, required=True),
        _f.Field("external_id", "externalId", _f.STRING, required=True),
        _f.Field("city", "city", _f.STRING),
        _f.Field("country_code", "countryCode", _f.STRING),
        _f.Field("county", "county", _f.STRING),
        _f.Field("email", "email", _f.STRING),
        _f.Field("adjacent_zip_codes", "adjacentZipCodes", _f.STRING),
        _f.Field("email_unsubscribe_text", "emailUnsubscribeText", _f.STRING),
        _f.Field("email_view_online_text", "emailViewOnlineText", _f.STRING),
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
        _f.Field("locale", "locale", _f.STRING),
    )

    if TYPE_CHECKING:  # the signature type checkers read; the constructor itself is compiled from `_fields`

        def __init__(
            self,
            *,
            name: str,
            external_id: str,
            city: str | Unset | None = UNSET,
            country_code: str | Unset | None = UNSET,
            county: str | Unset | None = UNSET,
            email: str | Unset | None = UNSET,
            adjacent_zip_codes: str | Unset | None = UNSET,
            email_unsubscribe_text: str | Unset | None = UNSET,
            email_view_online_text: str | Unset | None = UNSET,
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
            locale: str | Unset | None = UNSET,
            additional_properties: Mapping[str, Any] | None = None,
        ) -> None: ...


class ApiStoreParam(TypedDict, total=False):
    """`ApiStore` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    name: Required[str]
    """ Name of the store. Needed when creating a store. """
    externalId: Required[str]
    """ The store's unique id, chosen by you; orders and receipts refer to the store by it (`storeId`,
    `storeExternalId`). Needed when creating a store. """
    city: str | None
    """ City of the store's address. """
    countryCode: str | None
    """ Country of the store, as an ISO 3166-1 alpha-2 code such as `SE` (format inferred). """
    county: str | None
    """ County of the store's address. """
    email: str | None
    """ The store's email address. """
    adjacentZipCodes: str | None
    """ Zip codes of the area around the store, e.g. to link contacts to a nearby store (inferred). """
    emailUnsubscribeText: str | None
    """ Text of the unsubscribe link in emails sent in this store's name (inferred). """
    emailViewOnlineText: str | None
    """ Text of the "view online" link in emails sent in this store's name (inferred). """
    footerHtml: str | None
    """ HTML footer for emails sent in this store's name (inferred). """
    headerHtml: str | None
    """ HTML header for emails sent in this store's name (inferred). """
    homepage: str | None
    """ URL of the store's web page. """
    phoneNumber: str | None
    """ The store's phone number. """
    region: str | None
    """ Region the store belongs to. """
    senderAddress: str | None
    """ Sender email address for messages sent in this store's name (inferred). """
    senderName: str | None
    """ Sender name for messages sent in this store's name (inferred). """
    street: str | None
    """ Street address of the store. """
    type: str | None
    """ Kind of store: `RETAIL` for a physical store or the e-commerce type (written `ECOM` or `ECOMM` in Voyado's
    pages). Recommended for reporting and segmentation. """
    zipCode: str | None
    """ Zip code of the store's address. """
    active: bool | None
    """ Whether the store is active. Inactive stores are only listed with `includeInactive=true`. """
    timeZone: str | None
    """ The store's time zone as a tz database name such as `Europe/Stockholm`. Optional in the API, but the Engage
    UI needs it. """
    locale: str | None
    """ The store's language and region as a culture code such as `sv-SE`; Voyado's store page sends it when
    creating a store (the published SDK lacks it). """
