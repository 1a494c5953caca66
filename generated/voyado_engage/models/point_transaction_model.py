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


@_attrs_define(init=False)
class PointTransactionModel(_m.Model):
    """PointTransactionModel"""

    account_id: int | Unset
    amount: float | Decimal | Unset
    created_on: str | Unset
    description: str | Unset
    id: int | Unset
    modified_on: str | Unset
    source: str | Unset
    transaction_date: str | Unset
    type_: str | Unset
    valid_from: str | Unset
    valid_to: str | Unset
    retail_transaction_line_item_id: str | Unset
    links: list[IHypermediaLink] | Unset
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
    amount: float | Decimal | None
    createdOn: str | None
    description: str | None
    id: int | None
    modifiedOn: str | None
    source: str | None
    transactionDate: str | None
    type: str | None
    validFrom: str | None
    validTo: str | None
    retailTransactionLineItemId: str | None
    links: Sequence[IHypermediaLink | IHypermediaLinkParam] | None


# Imported after the class, so that models may refer to each other.
from ..models.i_hypermedia_link import IHypermediaLink, IHypermediaLinkParam
