# Generated from generator/templates/model.py.jinja by `make generate`; do not edit.
# ruff: noqa: E402
from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _model as _m
from ..types import UNSET, Unset


@_attrs_define(init=False)
class Order(_m.Model):
    """An order sent to trigger automations. All amounts are in `currency`, tax included unless named net."""

    contact: OrderContact
    """ The contact the order is matched to. """
    order_number: str
    """ The unique order number. """
    order_status: str
    """ Order status; the value must be configured in Voyado. Automations can trigger on it. """
    payment_status: str
    """ Payment status; the value must be configured in Voyado. """
    created_date: datetime.datetime
    """ When the order was first created, ISO 8601 with an offset. """
    store_id: str
    """ The store's external id. """
    currency: str
    """ ISO 4217 code of the currency the customer paid in. """
    total_gross_price: float | Decimal
    """ Total paid including tax. Equals the items' grossPaidPrice plus the fee values. """
    items: list[OrderItem]
    language: str | Unset
    """ Culture code such as `sv-SE`. Optional in the API description; Voyado's field list calls it mandatory, so send
    it. """
    shipping_date: datetime.datetime | Unset
    status_changed_date: datetime.datetime | Unset
    exchange_rate_to_group_currency: float | Decimal | Unset
    """ Multiplier from `currency` to the group currency (meaning inferred from receipts). """
    extra_data: OrderExtraData | Unset
    """ Free-form data made available to the automation. """
    total_tax: float | Decimal | Unset
    """ Total tax. Equals the items' taxAmount plus the fees' tax (formula inferred). """
    tax_details: list[TaxDetail] | Unset
    payment_methods: list[OrderPaymentMethod] | Unset
    freight_fee: OrderFee | Unset
    """ A fee or round-off; `value` counts towards totalGrossPrice and `tax` towards totalTax. """
    handling_fee: OrderFee | Unset
    """ A fee or round-off; `value` counts towards totalGrossPrice and `tax` towards totalTax. """
    total_round_off: OrderFee | Unset
    """ A fee or round-off; `value` counts towards totalGrossPrice and `tax` towards totalTax. """
    total_discounts: float | Decimal | Unset
    """ Sum of the items' discounts, as a positive amount (inferred). """
    total_original_price: float | Decimal | Unset
    total_items_price: float | Decimal | Unset
    total_net_price: float | Decimal | Unset
    any_return_items: bool | Unset
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("contact", "contact"),
        ("order_number", "orderNumber"),
        ("order_status", "orderStatus"),
        ("payment_status", "paymentStatus"),
        ("created_date", "createdDate"),
        ("store_id", "storeId"),
        ("currency", "currency"),
        ("total_gross_price", "totalGrossPrice"),
        ("items", "items"),
        ("language", "language"),
        ("shipping_date", "shippingDate"),
        ("status_changed_date", "statusChangedDate"),
        ("exchange_rate_to_group_currency", "exchangeRateToGroupCurrency"),
        ("extra_data", "extraData"),
        ("total_tax", "totalTax"),
        ("tax_details", "taxDetails"),
        ("payment_methods", "paymentMethods"),
        ("freight_fee", "freightFee"),
        ("handling_fee", "handlingFee"),
        ("total_round_off", "totalRoundOff"),
        ("total_discounts", "totalDiscounts"),
        ("total_original_price", "totalOriginalPrice"),
        ("total_items_price", "totalItemsPrice"),
        ("total_net_price", "totalNetPrice"),
        ("any_return_items", "anyReturnItems"),
    )
    _required: ClassVar[frozenset[str]] = frozenset(
        {
            "contact",
            "order_number",
            "order_status",
            "payment_status",
            "created_date",
            "store_id",
            "currency",
            "total_gross_price",
            "items",
        }
    )

    def __init__(
        self,
        *,
        contact: OrderContact | Mapping[str, Any],
        order_number: str,
        order_status: str,
        payment_status: str,
        created_date: datetime.datetime | str,
        store_id: str,
        currency: str,
        total_gross_price: float | Decimal,
        items: Sequence[OrderItem | Mapping[str, Any]],
        language: str | Unset | None = UNSET,
        shipping_date: datetime.datetime | str | Unset | None = UNSET,
        status_changed_date: datetime.datetime | str | Unset | None = UNSET,
        exchange_rate_to_group_currency: float | Decimal | Unset | None = UNSET,
        extra_data: OrderExtraData | Mapping[str, Any] | Unset | None = UNSET,
        total_tax: float | Decimal | Unset | None = UNSET,
        tax_details: Sequence[TaxDetail | Mapping[str, Any]] | Unset | None = UNSET,
        payment_methods: Sequence[OrderPaymentMethod | Mapping[str, Any]] | Unset | None = UNSET,
        freight_fee: OrderFee | Mapping[str, Any] | Unset | None = UNSET,
        handling_fee: OrderFee | Mapping[str, Any] | Unset | None = UNSET,
        total_round_off: OrderFee | Mapping[str, Any] | Unset | None = UNSET,
        total_discounts: float | Decimal | Unset | None = UNSET,
        total_original_price: float | Decimal | Unset | None = UNSET,
        total_items_price: float | Decimal | Unset | None = UNSET,
        total_net_price: float | Decimal | Unset | None = UNSET,
        any_return_items: bool | Unset | None = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        fields = _m.Fields()
        self.contact = fields.required("contact", _m.model_of(OrderContact), contact)
        self.order_number = fields.required("orderNumber", _m.string, order_number)
        self.order_status = fields.required("orderStatus", _m.string, order_status)
        self.payment_status = fields.required("paymentStatus", _m.string, payment_status)
        self.created_date = fields.required("createdDate", _m.date_time, created_date)
        self.store_id = fields.required("storeId", _m.string, store_id)
        self.currency = fields.required("currency", _m.string, currency)
        self.total_gross_price = fields.required("totalGrossPrice", _m.number, total_gross_price)
        self.items = fields.required("items", _m.list_of(_m.model_of(OrderItem)), items)
        self.language = fields.optional("language", _m.string, language)
        self.shipping_date = fields.optional("shippingDate", _m.date_time, shipping_date)
        self.status_changed_date = fields.optional("statusChangedDate", _m.date_time, status_changed_date)
        self.exchange_rate_to_group_currency = fields.optional(
            "exchangeRateToGroupCurrency", _m.number, exchange_rate_to_group_currency
        )
        self.extra_data = fields.optional("extraData", _m.model_of(OrderExtraData), extra_data)
        self.total_tax = fields.optional("totalTax", _m.number, total_tax)
        self.tax_details = fields.optional("taxDetails", _m.list_of(_m.model_of(TaxDetail)), tax_details)
        self.payment_methods = fields.optional(
            "paymentMethods", _m.list_of(_m.model_of(OrderPaymentMethod)), payment_methods
        )
        self.freight_fee = fields.optional("freightFee", _m.model_of(OrderFee), freight_fee)
        self.handling_fee = fields.optional("handlingFee", _m.model_of(OrderFee), handling_fee)
        self.total_round_off = fields.optional("totalRoundOff", _m.model_of(OrderFee), total_round_off)
        self.total_discounts = fields.optional("totalDiscounts", _m.number, total_discounts)
        self.total_original_price = fields.optional("totalOriginalPrice", _m.number, total_original_price)
        self.total_items_price = fields.optional("totalItemsPrice", _m.number, total_items_price)
        self.total_net_price = fields.optional("totalNetPrice", _m.number, total_net_price)
        self.any_return_items = fields.optional("anyReturnItems", _m.boolean, any_return_items)
        self.additional_properties = fields.extra(additional_properties)
        fields.done(Order)


# Imported after the class, so that models may refer to each other.
from ..models.order_contact import OrderContact
from ..models.order_extra_data import OrderExtraData
from ..models.order_fee import OrderFee
from ..models.order_item import OrderItem
from ..models.order_payment_method import OrderPaymentMethod
from ..models.tax_detail import TaxDetail
