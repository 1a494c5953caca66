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
class IApiContact(_m.Model):
    """A contact as Engage returns it: its id, attribute values, system data, communication preferences and
    consents. Which attributes appear depends on how the tenant has configured the contact type."""

    id: str | Unset
    """ The contact's id in Engage (a GUID), unique per contact; other calls take it as `contactId`. """
    attributes: IApiContactAttributes | Unset
    """ The contact's attribute values by attribute name (`firstName`, `email`, `mobilePhone`, `countryCode`, the
    tenant's own attributes...). The set of names depends on the tenant's configuration. """
    meta: IApiContactMeta | Unset
    """ Data Engage keeps about the contact record itself rather than about the person, by name (inferred). """
    preferences: IApiContactPreferences | Unset
    """ The contact's communication choices by name, such as `acceptsEmail`, `acceptsSms` and `acceptsPostal`
    (booleans). A contact only gets texts when `acceptsSms` is true. """
    consents: list[IApiConsent] | Unset
    """ The contact's answers to the tenant's consents (the definitions come from `GET /api/v2/consents`). """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[_f.Field, ...]] = (
        _f.Field("id", "id", _f.STRING),
        _f.Field("attributes", "attributes", _f.ModelOf("IApiContactAttributes")),
        _f.Field("meta", "meta", _f.ModelOf("IApiContactMeta")),
        _f.Field("preferences", "preferences", _f.ModelOf("IApiContactPreferences")),
        _f.Field("consents", "consents", _f.ListOf(_f.ModelOf("IApiConsent"))),
    )

    if TYPE_CHECKING:  # the signature type checkers read; the constructor itself is compiled from `_fields`

        def __init__(
            self,
            *,
            id: str | Unset | None = UNSET,
            attributes: IApiContactAttributes | Mapping[str, Any] | Unset | None = UNSET,
            meta: IApiContactMeta | Mapping[str, Any] | Unset | None = UNSET,
            preferences: IApiContactPreferences | Mapping[str, Any] | Unset | None = UNSET,
            consents: Sequence[IApiConsent | IApiConsentParam] | Unset | None = UNSET,
            additional_properties: Mapping[str, Any] | None = None,
        ) -> None: ...


class IApiContactParam(TypedDict, total=False):
    """`IApiContact` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    id: str | None
    """ The contact's id in Engage (a GUID), unique per contact; other calls take it as `contactId`. """
    attributes: IApiContactAttributes | Mapping[str, Any] | None
    """ The contact's attribute values by attribute name (`firstName`, `email`, `mobilePhone`, `countryCode`, the
    tenant's own attributes...). The set of names depends on the tenant's configuration. """
    meta: IApiContactMeta | Mapping[str, Any] | None
    """ Data Engage keeps about the contact record itself rather than about the person, by name (inferred). """
    preferences: IApiContactPreferences | Mapping[str, Any] | None
    """ The contact's communication choices by name, such as `acceptsEmail`, `acceptsSms` and `acceptsPostal`
    (booleans). A contact only gets texts when `acceptsSms` is true. """
    consents: Sequence[IApiConsent | IApiConsentParam] | None
    """ The contact's answers to the tenant's consents (the definitions come from `GET /api/v2/consents`). """


# Imported after the class, so that models may refer to each other.
from ..models.i_api_consent import IApiConsent, IApiConsentParam
from ..models.i_api_contact_attributes import IApiContactAttributes
from ..models.i_api_contact_meta import IApiContactMeta
from ..models.i_api_contact_preferences import IApiContactPreferences
