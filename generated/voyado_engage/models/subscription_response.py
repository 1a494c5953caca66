# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _fields as _f
from .. import _model as _m
from ..types import UNSET, Unset


@_attrs_define(init=False, repr=False)  # the repr is `_m.Model`'s: the fields that are set
class SubscriptionResponse(_m.Model):
    """A stored back-in-stock subscription of a contact."""

    id: str | Unset
    """ The subscription's id, used to delete it (inferred). """
    contact_id: str | Unset
    """ Id (GUID) of the subscribing contact. """
    sku: str | Unset
    """ SKU of the product the contact waits for. """
    locale: str | Unset
    """ Culture code such as `sv-SE`. """
    external_id: str | Unset
    """ Your own identifier for the subscription, as sent. """
    created_on: str | Unset
    """ When the subscription was created (ISO 8601). """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[_f.Field, ...]] = (
        _f.Field("id", "id", _f.STRING),
        _f.Field("contact_id", "contactId", _f.STRING),
        _f.Field("sku", "sku", _f.STRING),
        _f.Field("locale", "locale", _f.STRING),
        _f.Field("external_id", "externalId", _f.STRING),
        _f.Field("created_on", "createdOn", _f.STRING),
    )

    if TYPE_CHECKING:  # the signature type checkers read; the constructor itself is compiled from `_fields`

        def __init__(
            self,
            *,
            id: str | Unset | None = UNSET,
            contact_id: str | Unset | None = UNSET,
            sku: str | Unset | None = UNSET,
            locale: str | Unset | None = UNSET,
            external_id: str | Unset | None = UNSET,
            created_on: str | Unset | None = UNSET,
            additional_properties: Mapping[str, Any] | None = None,
        ) -> None: ...


class SubscriptionResponseParam(TypedDict, total=False):
    """`SubscriptionResponse` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    id: str | None
    """ The subscription's id, used to delete it (inferred). """
    contactId: str | None
    """ Id (GUID) of the subscribing contact. """
    sku: str | None
    """ SKU of the product the contact waits for. """
    locale: str | None
    """ Culture code such as `sv-SE`. """
    externalId: str | None
    """ Your own identifier for the subscription, as sent. """
    createdOn: str | None
    """ When the subscription was created (ISO 8601). """
