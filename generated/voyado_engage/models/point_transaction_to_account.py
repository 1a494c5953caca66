# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, ClassVar, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _fields as _f
from .. import _model as _m
from ..types import UNSET, Unset


@_attrs_define(init=False, repr=False)  # the repr is `_m.Model`'s: the fields that are set
class PointTransactionToAccount(_m.Model):
    """One row of points to add to or remove from a contact's point account; up to 1000 rows per request. Invalid
    rows are skipped and come back in `notAccepted` while the request as a whole is still accepted."""

    contact_id: str
    """ Id of the contact; must be a GUID. """
    amount: float | Decimal
    """ Number of points to add; a negative amount removes points. """
    definition_id: int
    """ Id of the point definition, which selects the contact's point account to change. """
    source: str
    """ Where the transaction comes from. Must be given, or the row is not accepted. """
    description: str
    """ Text describing the transaction. Must be given, or the row is not accepted. """
    time_stamp: str | Unset
    """ When the transaction happened (ISO 8601). If left out, the current time is used (Voyado's notes mention the
    requester's time zone). """
    valid_from: str | Unset
    """ When the points become active (ISO 8601); a future date makes them pending until then. If left out, the
    current time is used. """
    valid_to: str | Unset
    """ Last moment the points are valid (ISO 8601). """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[_f.Field, ...]] = (
        _f.Field("contact_id", "contactId", _f.STRING, required=True),
        _f.Field("amount", "amount", _f.Number(), required=True),
        _f.Field("definition_id", "definitionId", _f.Integer(), required=True),
        _f.Field("source", "source", _f.STRING, required=True),
        _f.Field("description", "description", _f.STRING, required=True),
        _f.Field("time_stamp", "timeStamp", _f.STRING),
        _f.Field("valid_from", "validFrom", _f.STRING),
        _f.Field("valid_to", "validTo", _f.STRING),
    )

    if TYPE_CHECKING:  # the signature type checkers read; the constructor itself is compiled from `_fields`

        def __init__(
            self,
            *,
            contact_id: str,
            amount: float | Decimal,
            definition_id: int,
            source: str,
            description: str,
            time_stamp: str | Unset | None = UNSET,
            valid_from: str | Unset | None = UNSET,
            valid_to: str | Unset | None = UNSET,
            additional_properties: Mapping[str, Any] | None = None,
        ) -> None: ...


class PointTransactionToAccountParam(TypedDict, total=False):
    """`PointTransactionToAccount` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    contactId: Required[str]
    """ Id of the contact; must be a GUID. """
    amount: Required[float | Decimal]
    """ Number of points to add; a negative amount removes points. """
    definitionId: Required[int]
    """ Id of the point definition, which selects the contact's point account to change. """
    source: Required[str]
    """ Where the transaction comes from. Must be given, or the row is not accepted. """
    description: Required[str]
    """ Text describing the transaction. Must be given, or the row is not accepted. """
    timeStamp: str | None
    """ When the transaction happened (ISO 8601). If left out, the current time is used (Voyado's notes mention the
    requester's time zone). """
    validFrom: str | None
    """ When the points become active (ISO 8601); a future date makes them pending until then. If left out, the
    current time is used. """
    validTo: str | None
    """ Last moment the points are valid (ISO 8601). """
