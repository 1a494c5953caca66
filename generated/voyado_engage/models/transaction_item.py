# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
# ruff: noqa: E402
from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any, ClassVar, Self, TypedDict

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
        self.id = id if type(id) is Unset or type(id) is str else fields.optional("id", _m.string, id)
        self.transaction_number = (
            transaction_number
            if type(transaction_number) is Unset or type(transaction_number) is str
            else fields.optional("transactionNumber", _m.string, transaction_number)
        )
        self.created_date = (
            created_date
            if type(created_date) is Unset or type(created_date) is str
            else fields.optional("createdDate", _m.string, created_date)
        )
        self.store_name = (
            store_name
            if type(store_name) is Unset or type(store_name) is str
            else fields.optional("storeName", _m.string, store_name)
        )
        self.number_of_items = (
            number_of_items
            if type(number_of_items) is Unset or type(number_of_items) is int
            else fields.optional("numberOfItems", _m.integer, number_of_items)
        )
        self.net_price_sum = (
            net_price_sum
            if type(net_price_sum) is Unset or _m.plain_number(net_price_sum)
            else fields.optional("netPriceSum", _m.number, net_price_sum)
        )
        self.local_net_price_sum = (
            local_net_price_sum
            if type(local_net_price_sum) is Unset or _m.plain_number(local_net_price_sum)
            else fields.optional("localNetPriceSum", _m.number, local_net_price_sum)
        )
        self.local_currency = (
            local_currency
            if type(local_currency) is Unset or type(local_currency) is str
            else fields.optional("localCurrency", _m.string, local_currency)
        )
        self.group_currency = (
            group_currency
            if type(group_currency) is Unset or type(group_currency) is str
            else fields.optional("groupCurrency", _m.string, group_currency)
        )
        self.store_type = (
            store_type
            if type(store_type) is Unset or type(store_type) is str
            else fields.optional("storeType", _m.string, store_type)
        )
        self.line_items = (
            line_items
            if type(line_items) is Unset
            else fields.optional("lineItems", _m.list_of(_m.model_of(TransactionItemLineItemsItem)), line_items)
        )
        self.external_id = (
            external_id
            if type(external_id) is Unset or type(external_id) is str
            else fields.optional("externalId", _m.string, external_id)
        )
        self.additional_properties = fields.extra(additional_properties)
        fields.done(TransactionItem)

    _wire_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "transactionNumber",
            "createdDate",
            "storeName",
            "numberOfItems",
            "netPriceSum",
            "localNetPriceSum",
            "localCurrency",
            "groupCurrency",
            "storeType",
            "lineItems",
            "externalId",
        }
    )

    @classmethod
    def _from_wire(cls, _data: Any) -> Self | None:
        """`_data` as this model when it is a dict with wire keys only and values that need no conversion (the common
        case, read in straight-line code); None otherwise: then the general path converts it, listing every problem."""
        if type(_data) is not dict or not _data.keys() <= cls._wire_keys:
            return None
        _get = _data.get
        id = _get("id")
        if id is None:
            id = UNSET
        elif type(id) is not str:
            return None
        transaction_number = _get("transactionNumber")
        if transaction_number is None:
            transaction_number = UNSET
        elif type(transaction_number) is not str:
            return None
        created_date = _get("createdDate")
        if created_date is None:
            created_date = UNSET
        elif type(created_date) is not str:
            return None
        store_name = _get("storeName")
        if store_name is None:
            store_name = UNSET
        elif type(store_name) is not str:
            return None
        number_of_items = _get("numberOfItems")
        if number_of_items is None:
            number_of_items = UNSET
        elif type(number_of_items) is not int:
            return None
        net_price_sum = _get("netPriceSum")
        if net_price_sum is None:
            net_price_sum = UNSET
        elif not (
            (type(net_price_sum) is float and net_price_sum - net_price_sum == 0)
            or type(net_price_sum) is int
            or (type(net_price_sum) is Decimal and net_price_sum.is_finite())
        ):
            return None
        local_net_price_sum = _get("localNetPriceSum")
        if local_net_price_sum is None:
            local_net_price_sum = UNSET
        elif not (
            (type(local_net_price_sum) is float and local_net_price_sum - local_net_price_sum == 0)
            or type(local_net_price_sum) is int
            or (type(local_net_price_sum) is Decimal and local_net_price_sum.is_finite())
        ):
            return None
        local_currency = _get("localCurrency")
        if local_currency is None:
            local_currency = UNSET
        elif type(local_currency) is not str:
            return None
        group_currency = _get("groupCurrency")
        if group_currency is None:
            group_currency = UNSET
        elif type(group_currency) is not str:
            return None
        store_type = _get("storeType")
        if store_type is None:
            store_type = UNSET
        elif type(store_type) is not str:
            return None
        line_items = _get("lineItems")
        if line_items is None:
            line_items = UNSET
        else:
            line_items = _m.plain_list(TransactionItemLineItemsItem._from_wire, line_items)
            if line_items is None:
                return None
        external_id = _get("externalId")
        if external_id is None:
            external_id = UNSET
        elif type(external_id) is not str:
            return None
        _model = cls.__new__(cls)
        _model.id = id
        _model.transaction_number = transaction_number
        _model.created_date = created_date
        _model.store_name = store_name
        _model.number_of_items = number_of_items
        _model.net_price_sum = net_price_sum
        _model.local_net_price_sum = local_net_price_sum
        _model.local_currency = local_currency
        _model.group_currency = group_currency
        _model.store_type = store_type
        _model.line_items = line_items
        _model.external_id = external_id
        _model.additional_properties = {}
        return _model

    def to_dict(self) -> dict[str, Any]:
        result = _m.extra_to_wire(self.additional_properties)
        if not isinstance(self.id, Unset):
            result["id"] = self.id
        if not isinstance(self.transaction_number, Unset):
            result["transactionNumber"] = self.transaction_number
        if not isinstance(self.created_date, Unset):
            result["createdDate"] = self.created_date
        if not isinstance(self.store_name, Unset):
            result["storeName"] = self.store_name
        if not isinstance(self.number_of_items, Unset):
            result["numberOfItems"] = self.number_of_items
        if not isinstance(self.net_price_sum, Unset):
            result["netPriceSum"] = self.net_price_sum
        if not isinstance(self.local_net_price_sum, Unset):
            result["localNetPriceSum"] = self.local_net_price_sum
        if not isinstance(self.local_currency, Unset):
            result["localCurrency"] = self.local_currency
        if not isinstance(self.group_currency, Unset):
            result["groupCurrency"] = self.group_currency
        if not isinstance(self.store_type, Unset):
            result["storeType"] = self.store_type
        if not isinstance(self.line_items, Unset):
            result["lineItems"] = [item.to_dict() for item in self.line_items]
        if not isinstance(self.external_id, Unset):
            result["externalId"] = self.external_id
        return result


class TransactionItemParam(TypedDict, total=False):
    """`TransactionItem` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    id: str | None
    transactionNumber: str | None
    createdDate: str | None
    storeName: str | None
    numberOfItems: int | None
    netPriceSum: float | Decimal | None
    localNetPriceSum: float | Decimal | None
    localCurrency: str | None
    groupCurrency: str | None
    storeType: str | None
    lineItems: Sequence[TransactionItemLineItemsItem | Mapping[str, Any]] | None
    externalId: str | None


# Imported after the class, so that models may refer to each other.
from ..models.transaction_item_line_items_item import TransactionItemLineItemsItem
