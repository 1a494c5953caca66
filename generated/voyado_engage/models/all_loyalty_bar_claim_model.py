# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
# ruff: noqa: E402
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _fields as _f
from .. import _model as _m
from ..types import UNSET, Unset


@_attrs_define(init=False, repr=False)  # the repr is `_m.Model`'s: the fields that are set
class AllLoyaltyBarClaimModel(_m.Model):
    """A POS offer (loyalty bar claim) of a contact in any state, available, redeemed or expired."""

    redeemed_on: str | Unset
    """ When the offer was redeemed (ISO 8601); empty while it is not redeemed (inferred). """
    redeemed: bool | Unset
    """ Whether the offer has been redeemed. """
    expires_on: str | Unset
    """ Obsolete and always `null`; read `expireDateTime` instead. """
    id: str | Unset
    """ The offer's id (GUID), used to redeem it through `/posoffers/{id}/redeem`. """
    description: str | Unset
    """ Text describing the offer. """
    expire_date_time: str | Unset
    """ When the offer expires (ISO 8601). """
    type_: str | Unset
    """ Kind of offer (inferred). """
    value: AllLoyaltyBarClaimModelValue | Unset
    """ The offer's value; free-form, its shape depends on the kind of offer (inferred). """
    name: str | Unset
    """ Name of the offer. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[_f.Field, ...]] = (
        _f.Field("redeemed_on", "redeemedOn", _f.STRING),
        _f.Field("redeemed", "redeemed", _f.BOOLEAN),
        _f.Field("expires_on", "expiresOn", _f.STRING),
        _f.Field("id", "id", _f.STRING),
        _f.Field("description", "description", _f.STRING),
        _f.Field("expire_date_time", "expireDateTime", _f.STRING),
        _f.Field("type_", "type", _f.STRING),
        _f.Field("value", "value", _f.ModelOf("AllLoyaltyBarClaimModelValue")),
        _f.Field("name", "name", _f.STRING),
    )

    if TYPE_CHECKING:  # the signature type checkers read; the constructor itself is compiled from `_fields`

        def __init__(
            self,
            *,
            redeemed_on: str | Unset | None = UNSET,
            redeemed: bool | Unset | None = UNSET,
            expires_on: str | Unset | None = UNSET,
            id: str | Unset | None = UNSET,
            description: str | Unset | None = UNSET,
            expire_date_time: str | Unset | None = UNSET,
            type_: str | Unset | None = UNSET,
            value: AllLoyaltyBarClaimModelValue | Mapping[str, Any] | Unset | None = UNSET,
            name: str | Unset | None = UNSET,
            additional_properties: Mapping[str, Any] | None = None,
        ) -> None: ...


class AllLoyaltyBarClaimModelParam(TypedDict, total=False):
    """`AllLoyaltyBarClaimModel` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    redeemedOn: str | None
    """ When the offer was redeemed (ISO 8601); empty while it is not redeemed (inferred). """
    redeemed: bool | None
    """ Whether the offer has been redeemed. """
    expiresOn: str | None
    """ Obsolete and always `null`; read `expireDateTime` instead. """
    id: str | None
    """ The offer's id (GUID), used to redeem it through `/posoffers/{id}/redeem`. """
    description: str | None
    """ Text describing the offer. """
    expireDateTime: str | None
    """ When the offer expires (ISO 8601). """
    type: str | None
    """ Kind of offer (inferred). """
    value: AllLoyaltyBarClaimModelValue | Mapping[str, Any] | None
    """ The offer's value; free-form, its shape depends on the kind of offer (inferred). """
    name: str | None
    """ Name of the offer. """


# Imported after the class, so that models may refer to each other.
from ..models.all_loyalty_bar_claim_model_value import AllLoyaltyBarClaimModelValue
