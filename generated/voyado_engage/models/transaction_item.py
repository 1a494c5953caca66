# Generated from generator/templates/model.py.jinja by `make generate`; do not edit.
# ruff: noqa: E402
from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _model as _m
from ..types import UNSET, Unset


@_attrs_define(init=False)
class TransactionItem(_m.Model):
    """TransactionItem"""

    id: str | Unset
    transaction_number: str | Unset
    created_date: str | Unset
    store_name: str | Unset
    number_of_items: int | Unset
    net_price_sum: float | Decimal | Unset
    local_net_price_sum: float | Decimal | Unset
    local_currency: str | Unset
    group_currency: str | Unset
    store_type: str | Unset
    line_items: list[TransactionItemLineItemsItem] | Unset
    external_id: str | Unset
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("transaction_number", "transactionNumber"),
        ("created_date", "createdDate"),
        ("store_name", "storeName"),
        ("number_of_items", "numberOfItems"),
        ("net_price_sum", "netPriceSum"),
        ("local_net_price_sum", "localNetPriceSum"),
        ("local_currency", "localCurrency"),
        ("group_currency", "groupCurrency"),
        ("store_type", "storeType"),
        ("line_items", "lineItems"),
        ("external_id", "externalId"),
    )
    _required: ClassVar[frozenset[str]] = frozenset({})

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
    ) -> None:
        fields = _m.Fields()
        self.id = fields.optional("id", _m.string, id)
        self.transaction_number = fields.optional("transactionNumber", _m.string, transaction_number)
        self.created_date = fields.optional("createdDate", _m.string, created_date)
        self.store_name = fields.optional("storeName", _m.string, store_name)
        self.number_of_items = fields.optional("numberOfItems", _m.integer, number_of_items)
        self.net_price_sum = fields.optional("netPriceSum", _m.number, net_price_sum)
        self.local_net_price_sum = fields.optional("localNetPriceSum", _m.number, local_net_price_sum)
        self.local_currency = fields.optional("localCurrency", _m.string, local_currency)
        self.group_currency = fields.optional("groupCurrency", _m.string, group_currency)
        self.store_type = fields.optional("storeType", _m.string, store_type)
        self.line_items = fields.optional(
            "lineItems", _m.list_of(_m.model_of(TransactionItemLineItemsItem)), line_items
        )
        self.external_id = fields.optional("externalId", _m.string, external_id)
        self.additional_properties = fields.extra(additional_properties)
        fields.done(TransactionItem)


# Imported after the class, so that models may refer to each other.
from ..models.transaction_item_line_items_item import TransactionItemLineItemsItem
