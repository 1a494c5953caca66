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
class SubscriptionRequest(_m.Model):
    """A contact's request to be told when a product (SKU) is back in stock."""

    contact_id: str | Unset
    """ Id (GUID) of the subscribing contact. Required by the operation. """
    sku: str | Unset
    """ Unique SKU of the product, e.g. `123XYZ`. Required by the operation. """
    locale: str | Unset
    """ Culture code such as `sv-SE`; a product feed for it should be configured in Engage. Required by the
    operation. """
    external_id: str | Unset
    """ Your own identifier for the subscription, e.g. `SE-123XYZ`. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[_f.Field, ...]] = (
        _f.Field("contact_id", "contactId", _f.STRING),
        _f.Field("sku", "sku", _f.STRING),
        _f.Field("locale", "locale", _f.STRING),
        _f.Field("external_id", "externalId", _f.STRING),
    )

    if TYPE_CHECKING:  # the signature type checkers read; the constructor itself is compiled from `_fields`

        def __init__(
            self,
            *,
            contact_id: str | Unset | None = UNSET,
            sku: str | Unset | None = UNSET,
            locale: str | Unset | None = UNSET,
            external_id: str | Unset | None = UNSET,
            additional_properties: Mapping[str, Any] | None = None,
        ) -> None: ...


class SubscriptionRequestParam(TypedDict, total=False):
    """`SubscriptionRequest` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    contactId: str | None
    """ Id (GUID) of the subscribing contact. Required by the operation. """
    sku: str | None
    """ Unique SKU of the product, e.g. `123XYZ`. Required by the operation. """
    locale: str | None
    """ Culture code such as `sv-SE`; a product feed for it should be configured in Engage. Required by the
    operation. """
    externalId: str | None
    """ Your own identifier for the subscription, e.g. `SE-123XYZ`. """
