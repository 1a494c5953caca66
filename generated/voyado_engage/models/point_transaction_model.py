# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
# ruff: noqa: E402
from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _fields as _f
from .. import _model as _m
from ..types import UNSET, Unset


@_attrs_define(init=False, repr=False)  # the repr is `_m.Model`'s: the fields that are set
class PointTransactionModel(_m.Model):
    """One change to the points in a point account."""

    account_id: int | Unset
    """ Id of the point account the transaction belongs to. """
    amount: float | Decimal | Unset
    """ Number of points; positive adds points, negative removes them (sign inferred). """
    created_on: str | Unset
    """ When the transaction was created in Engage (ISO 8601). """
    description: str | Unset
    """ Free text describing the transaction, as sent when it was added. """
    id: int | Unset
    """ The transaction's id. """
    modified_on: str | Unset
    """ When the transaction was last changed (ISO 8601). """
    source: str | Unset
    """ Where the transaction came from, such as `Purchase`, `Return`, `Automation`, `Manual` or `Adjustment`
    (values taken from Voyado's BI export; inferred to match). """
    transaction_date: str | Unset
    """ When the transaction took place (ISO 8601). """
    type_: str | Unset
    """ Kind of transaction, such as `Addition`, `Deduction`, `Expiry` or `Cancellation` (values taken from Voyado's
    BI export; inferred to match). """
    valid_from: str | Unset
    """ When the points become active (ISO 8601); until then they count as pending. """
    valid_to: str | Unset
    """ Last moment the points are valid (ISO 8601). """
    retail_transaction_line_item_id: str | Unset
    """ Id of the receipt line that earned or returned these points, if any (inferred). """
    links: list[IHypermediaLink] | Unset
    """ Hypermedia links to related resources. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[_f.Field, ...]] = (
        _f.Field("account_id", "accountId", _f.Integer()),
        _f.Field("amount", "amount", _f.Number()),
        _f.Field("created_on", "createdOn", _f.STRING),
        _f.Field("description", "description", _f.STRING),
        _f.Field("id", "id", _f.Integer()),
        _f.Field("modified_on", "modifiedOn", _f.STRING),
        _f.Field("source", "source", _f.STRING),
        _f.Field("transaction_date", "transactionDate", _f.STRING),
        _f.Field("type_", "type", _f.STRING),
        _f.Field("valid_from", "validFrom", _f.STRING),
        _f.Field("valid_to", "validTo", _f.STRING),
        _f.Field("retail_transaction_line_item_id", "retailTransactionLineItemId", _f.STRING),
        _f.Field("links", "links", _f.ListOf(_f.ModelOf("IHypermediaLink"))),
    )

    if TYPE_CHECKING:  # the signature type checkers read; the constructor itself is compiled from `_fields`

        def __init__(
            self,
            *,
            account_id: int | Unset | None = UNSET,
            amount: float | Decimal | Unset | None = UNSET,
            created_on: str | Unset | None = UNSET,
            description: str | Unset | None = UNSET,
            id: int | Unset | None = UNSET,
            modified_on: str | Unset | None = UNSET,
            source: str | Unset | None = UNSET,
            transaction_date: str | Unset | None = UNSET,
            type_: str | Unset | None = UNSET,
            valid_from: str | Unset | None = UNSET,
            valid_to: str | Unset | None = UNSET,
            retail_transaction_line_item_id: str | Unset | None = UNSET,
            links: Sequence[IHypermediaLink | IHypermediaLinkParam] | Unset | None = UNSET,
            additional_properties: Mapping[str, Any] | None = None,
        ) -> None: ...


class PointTransactionModelParam(TypedDict, total=False):
    """`PointTransactionModel` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    accountId: int | None
    """ Id of the point account the transaction belongs to. """
    amount: float | Decimal | None
    """ Number of points; positive adds points, negative removes them (sign inferred). """
    createdOn: str | None
    """ When the transaction was created in Engage (ISO 8601). """
    description: str | None
    """ Free text describing the transaction, as sent when it was added. """
    id: int | None
    """ The transaction's id. """
    modifiedOn: str | None
    """ When the transaction was last changed (ISO 8601). """
    source: str | None
    """ Where the transaction came from, such as `Purchase`, `Return`, `Automation`, `Manual` or `Adjustment`
    (values taken from Voyado's BI export; inferred to match). """
    transactionDate: str | None
    """ When the transaction took place (ISO 8601). """
    type: str | None
    """ Kind of transaction, such as `Addition`, `Deduction`, `Expiry` or `Cancellation` (values taken from Voyado's
    BI export; inferred to match). """
    validFrom: str | None
    """ When the points become active (ISO 8601); until then they count as pending. """
    validTo: str | None
    """ Last moment the points are valid (ISO 8601). """
    retailTransactionLineItemId: str | None
    """ Id of the receipt line that earned or returned these points, if any (inferred). """
    links: Sequence[IHypermediaLink | IHypermediaLinkParam] | None
    """ Hypermedia links to related resources. """


# Imported after the class, so that models may refer to each other.
from ..models.i_hypermedia_link import IHypermediaLink, IHypermediaLinkParam
