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
class TransactionItem(_m.Model):
    """One of a contact's stored purchase transactions (receipts), as listed by Voyado."""

    id: str | Unset
    """ The transaction's id in Voyado (inferred). """
    transaction_number: str | Unset
    """ The transaction's number, such as the receipt number it was stored with (inferred). """
    created_date: str | Unset
    """ When the transaction took place, ISO 8601 (inferred). """
    store_name: str | Unset
    """ Name of the store where the transaction took place. """
    number_of_items: int | Unset
    """ Number of items on the transaction (inferred). """
    net_price_sum: float | Decimal | Unset
    """ Sum of the transaction's net prices in `groupCurrency` (inferred). """
    local_net_price_sum: float | Decimal | Unset
    """ Sum of the transaction's net prices in `localCurrency` (inferred). """
    local_currency: str | Unset
    """ Code of the currency the customer paid in, such as `SEK` (inferred). """
    group_currency: str | Unset
    """ Code of the group currency that `netPriceSum` is in (inferred). """
    store_type: str | Unset
    """ Type of the store, such as a physical store or an online shop (inferred). """
    line_items: list[TransactionItemLineItemsItem] | Unset
    """ The transaction's lines, free-form. """
    external_id: str | Unset
    """ The transaction's id in the sending system, such as the receipt's `uniqueReceiptId` (inferred). """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[_f.Field, ...]] = (
        _f.Field("id", "id", _f.STRING),
        _f.Field("transaction_number", "transactionNumber", _f.STRING),
        _f.Field("created_date", "createdDate", _f.STRING),
        _f.Field("store_name", "storeName", _f.STRING),
        _f.Field("number_of_items", "numberOfItems", _f.Integer()),
        _f.Field("net_price_sum", "netPriceSum", _f.Number()),
        _f.Field("local_net_price_sum", "localNetPriceSum", _f.Number()),
        _f.Field("local_currency", "localCurrency", _f.STRING),
        _f.Field("group_currency", "groupCurrency", _f.STRING),
        _f.Field("store_type", "storeType", _f.STRING),
        _f.Field("line_items", "lineItems", _f.ListOf(_f.ModelOf("TransactionItemLineItemsItem"))),
        _f.Field("external_id", "externalId", _f.STRING),
    )

    if TYPE_CHECKING:  # the signature type checkers read; the constructor itself is compiled from `_fields`

        def __init__(
            self,
            *,
            id: str | Unset | None = UNSET,
            transaction_number: str | Unset | None = UNSET,
            created_date: str | Unset | None = UNSET,
            store_name: str | Unset | None = UNSET,
            number_of_items: int | Unset | None = UNSET,
            net_price_sum: float | Decimal | Unset | None = UNSET,
            local_net_price_sum: float | Decimal | Unset | None = UNSET,
            local_currency: str | Unset | None = UNSET,
            group_currency: str | Unset | None = UNSET,
            store_type: str | Unset | None = UNSET,
            line_items: Sequence[TransactionItemLineItemsItem | Mapping[str, Any]] | Unset | None = UNSET,
            external_id: str | Unset | None = UNSET,
            additional_properties: Mapping[str, Any] | None = None,
        ) -> None: ...


class TransactionItemParam(TypedDict, total=False):
    """`TransactionItem` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    id: str | None
    """ The transaction's id in Voyado (inferred). """
    transactionNumber: str | None
    """ The transaction's number, such as the receipt number it was stored with (inferred). """
    createdDate: str | None
    """ When the transaction took place, ISO 8601 (inferred). """
    storeName: str | None
    """ Name of the store where the transaction took place. """
    numberOfItems: int | None
    """ Number of items on the transaction (inferred). """
    netPriceSum: float | Decimal | None
    """ Sum of the transaction's net prices in `groupCurrency` (inferred). """
    localNetPriceSum: float | Decimal | None
    """ Sum of the transaction's net prices in `localCurrency` (inferred). """
    localCurrency: str | None
    """ Code of the currency the customer paid in, such as `SEK` (inferred). """
    groupCurrency: str | None
    """ Code of the group currency that `netPriceSum` is in (inferred). """
    storeType: str | None
    """ Type of the store, such as a physical store or an online shop (inferred). """
    lineItems: Sequence[TransactionItemLineItemsItem | Mapping[str, Any]] | None
    """ The transaction's lines, free-form. """
    externalId: str | None
    """ The transaction's id in the sending system, such as the receipt's `uniqueReceiptId` (inferred). """


# Imported after the class, so that models may refer to each other.
from ..models.transaction_item_line_items_item import TransactionItemLineItemsItem
