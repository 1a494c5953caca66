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
class AvailableLoyaltyBarClaimModel(_m.Model):
    """A POS offer (loyalty bar claim) the contact can still redeem; expired and redeemed offers are left out."""

    id: str | Unset
    """ The offer's id (GUID), used to redeem it through `/posoffers/{id}/redeem`. """
    description: str | Unset
    """ Text describing the offer. """
    expire_date_time: str | Unset
    """ When the offer expires (ISO 8601). """
    type_: str | Unset
    """ Kind of offer (inferred). """
    value: AvailableLoyaltyBarClaimModelValue | Unset
    """ The offer's value; free-form, its shape depends on the kind of offer (inferred). """
    name: str | Unset
    """ Name of the offer. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[_f.Field, ...]] = (
        _f.Field("id", "id", _f.STRING),
        _f.Field("description", "description", _f.STRING),
        _f.Field("expire_date_time", "expireDateTime", _f.STRING),
        _f.Field("type_", "type", _f.STRING),
        _f.Field("value", "value", _f.ModelOf("AvailableLoyaltyBarClaimModelValue")),
        _f.Field("name", "name", _f.STRING),
    )

    if TYPE_CHECKING:  # the signature type checkers read; the constructor itself is compiled from `_fields`

        def __init__(
            self,
            *,
            id: str | Unset | None = UNSET,
            description: str | Unset | None = UNSET,
            expire_date_time: str | Unset | None = UNSET,
            type_: str | Unset | None = UNSET,
            value: AvailableLoyaltyBarClaimModelValue | Mapping[str, Any] | Unset | None = UNSET,
            name: str | Unset | None = UNSET,
            additional_properties: Mapping[str, Any] | None = None,
        ) -> None: ...


class AvailableLoyaltyBarClaimModelParam(TypedDict, total=False):
    """`AvailableLoyaltyBarClaimModel` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    id: str | None
    """ The offer's id (GUID), used to redeem it through `/posoffers/{id}/redeem`. """
    description: str | None
    """ Text describing the offer. """
    expireDateTime: str | None
    """ When the offer expires (ISO 8601). """
    type: str | None
    """ Kind of offer (inferred). """
    value: AvailableLoyaltyBarClaimModelValue | Mapping[str, Any] | None
    """ The offer's value; free-form, its shape depends on the kind of offer (inferred). """
    name: str | None
    """ Name of the offer. """


# Imported after the class, so that models may refer to each other.
from ..models.available_loyalty_bar_claim_model_value import AvailableLoyaltyBarClaimModelValue
