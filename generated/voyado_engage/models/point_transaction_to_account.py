# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _fields as _f
from .. import _model as _m
from ..types import UNSET, Unset


@_attrs_define(init=False)
class PointTransactionToAccount(_m.Model):
    """PointTransactionToAccount"""

    contact_id: str | Unset
    amount: float | Decimal | Unset
    definition_id: int | Unset
    time_stamp: str | Unset
    source: str | Unset
    description: str | Unset
    valid_from: str | Unset
    valid_to: str | Unset
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[_f.Field, ...]] = (
        _f.Field("contact_id", "contactId", _f.STRING),
        _f.Field("amount", "amount", _f.Number()),
        _f.Field("definition_id", "definitionId", _f.Integer()),
        _f.Field("time_stamp", "timeStamp", _f.STRING),
        _f.Field("source", "source", _f.STRING),
        _f.Field("description", "description", _f.STRING),
        _f.Field("valid_from", "validFrom", _f.STRING),
        _f.Field("valid_to", "validTo", _f.STRING),
    )

    if TYPE_CHECKING:  # the signature type checkers read; the constructor itself is compiled from `_fields`

        def __init__(
            self,
            *,
            contact_id: str | Unset | None = UNSET,
            amount: float | Decimal | Unset | None = UNSET,
            definition_id: int | Unset | None = UNSET,
            time_stamp: str | Unset | None = UNSET,
            source: str | Unset | None = UNSET,
            description: str | Unset | None = UNSET,
            valid_from: str | Unset | None = UNSET,
            valid_to: str | Unset | None = UNSET,
            additional_properties: Mapping[str, Any] | None = None,
        ) -> None: ...


class PointTransactionToAccountParam(TypedDict, total=False):
    """`PointTransactionToAccount` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    contactId: str | None
    amount: float | Decimal | None
    definitionId: int | None
    timeStamp: str | None
    source: str | None
    description: str | None
    validFrom: str | None
    validTo: str | None
