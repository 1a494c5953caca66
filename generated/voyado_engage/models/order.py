# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
# ruff: noqa: E402
from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, ClassVar, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _fields as _f
from .. import _model as _m
from ..types import UNSET, Unset


@_attrs_define(init=False, repr=False)  # the repr is `_m.Model`'s: the fields that are set
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
    """ The order lines, one entry per line item. """
    language: str | Unset
    """ Culture code such as `sv-SE`. Optional in the API description; Voyado's field list calls it mandatory, so
    send it. """
    shipping_date: datetime.datetime | Unset
    """ When the order was shipped, ISO 8601. """
    status_changed_date: datetime.datetime | Unset
    """ When the order's status last changed, ISO 8601. """
    exchange_rate_to_group_currency: float | Decimal | Unset
    """ Multiplier from `currency` to the group currency (meaning inferred from receipts). """
    extra_data: OrderExtraData | Unset
    """ Free-form data made available to the automation. """
    total_tax: float | Decimal | Unset
    """ Total tax. Equals the items' taxAmount plus the fees' tax (formula inferred). """
    tax_details: list[TaxDetail] | Unset
    """ The order's tax broken down by tax rate, one entry per rate (inferred). """
    payment_methods: list[OrderPaymentMethod] | Unset
    """ The payment methods used for the order, one entry per method. """
    freight_fee: OrderFee | Unset
    """ A fee or round-off; `value` counts towards totalGrossPrice and `tax` towards totalTax. """
    handling_fee: OrderFee | Unset
    """ A fee or round-off; `value` counts towards totalGrossPrice and `tax` towards totalTax. """
    total_round_off: OrderFee | Unset
    """ A fee or round-off; `value` counts towards totalGrossPrice and `tax` towards totalTax. """
    total_discounts: float | Decimal | Unset
    """ Sum of the items' discounts, as a positive amount (inferred). """
    total_original_price: float | Decimal | Unset
    """ Total of the items' prices before discounts, tax included (inferred). """
    total_items_price: float | Decimal | Unset
    """ Total paid for the items alone, without fees or round-off, tax included (inferred). """
    total_net_price: float | Decimal | Unset
    """ Total of the order excluding tax (inferred). """
    any_return_items: bool | Unset
    """ Whether any of the order's items has `type` `RETURN` (inferred). """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[_f.Field, ...]] = (
        _f.Field("contact", "contact", _f.ModelOf("OrderContact"), required=True),
        _f.Field("order_number", "orderNumber", _f.STRING, required=True),
        _f.Field("order_status", "orderStatus", _f.STRING, required=True),
        _f.Field("payment_status", "paymentStatus", _f.STRING, required=True),
        _f.Field("created_date", "createdDate", _f.DATE_TIME, required=True),
        _f.Field("store_id", "storeId", _f.STRING, required=True),
        _f.Field("currency", "currency", _f.STRING, required=True),
        _f.Field("total_gross_price", "totalGrossPrice", _f.Number(), required=True),
        _f.Field("items", "items", _f.ListOf(_f.ModelOf("OrderItem")), required=True),
        _f.Field("language", "language", _f.STRING),
        _f.Field("shipping_date", "shippingDate", _f.DATE_TIME),
        _f.Field("status_changed_date", "statusChangedDate", _f.DATE_TIME),
        _f.Field("exchange_rate_to_group_currency", "exchangeRateToGroupCurrency", _f.Number()),
        _f.Field("extra_data", "extraData", _f.ModelOf("OrderExtraData")),
        _f.Field("total_tax", "totalTax", _f.Number()),
        _f.Field("tax_details", "taxDetails", _f.ListOf(_f.ModelOf("TaxDetail"))),
        _f.Field("payment_methods", "paymentMethods", _f.ListOf(_f.ModelOf("OrderPaymentMethod"))),
        _f.Field("freight_fee", "freightFee", _f.ModelOf("OrderFee")),
        _f.Field("handling_fee", "handlingFee", _f.ModelOf("OrderFee")),
        _f.Field("total_round_off", "totalRoundOff", _f.ModelOf("OrderFee")),
        _f.Field("total_discounts", "totalDiscounts", _f.Number()),
        _f.Field("total_original_price", "totalOriginalPrice", _f.Number()),
        _f.Field("total_items_price", "totalItemsPrice", _f.Number()),
        _f.Field("total_net_price", "totalNetPrice", _f.Number()),
        _f.Field("any_return_items", "anyReturnItems", _f.BOOLEAN),
    )

    if TYPE_CHECKING:  # the signature type checkers read; the constructor itself is compiled from `_fields`

        def __init__(
            self,
            *,
            contact: OrderContact | OrderContactParam,
            order_number: str,
            order_status: str,
            payment_status: str,
            created_date: datetime.datetime | str,
            store_id: str,
            currency: str,
            total_gross_price: float | Decimal,
            items: Sequence[OrderItem | OrderItemParam],
            language: str | Unset | None = UNSET,
            shipping_date: datetime.datetime | str | Unset | None = UNSET,
            status_changed_date: datetime.datetime | str | Unset | None = UNSET,
            exchange_rate_to_group_currency: float | Decimal | Unset | None = UNSET,
            extra_data: OrderExtraData | Mapping[str, Any] | Unset | None = UNSET,
            total_tax: float | Decimal | Unset | None = UNSET,
            tax_details: Sequence[TaxDetail | TaxDetailParam] | Unset | None = UNSET,
            payment_methods: Sequence[OrderPaymentMethod | OrderPaymentMethodParam] | Unset | None = UNSET,
            freight_fee: OrderFee | OrderFeeParam | Unset | None = UNSET,
            handling_fee: OrderFee | OrderFeeParam | Unset | None = UNSET,
            total_round_off: OrderFee | OrderFeeParam | Unset | None = UNSET,
            total_discounts: float | Decimal | Unset | None = UNSET,
            total_original_price: float | Decimal | Unset | None = UNSET,
            total_items_price: float | Decimal | Unset | None = UNSET,
            total_net_price: float | Decimal | Unset | None = UNSET,
            any_return_items: bool | Unset | None = UNSET,
            additional_properties: Mapping[str, Any] | None = None,
        ) -> None: ...


class OrderParam(TypedDict, total=False):
    """`Order` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    contact: Required[OrderContact | OrderContactParam]
    """ The contact the order is matched to. """
    orderNumber: Required[str]
    """ The unique order number. """
    orderStatus: Required[str]
    """ Order status; the value must be configured in Voyado. Automations can trigger on it. """
    paymentStatus: Required[str]
    """ Payment status; the value must be configured in Voyado. """
    createdDate: Required[datetime.datetime | str]
    """ When the order was first created, ISO 8601 with an offset. """
    storeId: Required[str]
    """ The store's external id. """
    currency: Required[str]
    """ ISO 4217 code of the currency the customer paid in. """
    totalGrossPrice: Required[float | Decimal]
    """ Total paid including tax. Equals the items' grossPaidPrice plus the fee values. """
    items: Required[Sequence[OrderItem | OrderItemParam]]
    """ The order lines, one entry per line item. """
    language: str | None
    """ Culture code such as `sv-SE`. Optional in the API description; Voyado's field list calls it mandatory, so
    send it. """
    shippingDate: datetime.datetime | str | None
    """ When the order was shipped, ISO 8601. """
    statusChangedDate: datetime.datetime | str | None
    """ When the order's status last changed, ISO 8601. """
    exchangeRateToGroupCurrency: float | Decimal | None
    """ Multiplier from `currency` to the group currency (meaning inferred from receipts). """
    extraData: OrderExtraData | Mapping[str, Any] | None
    """ Free-form data made available to the automation. """
    totalTax: float | Decimal | None
    """ Total tax. Equals the items' taxAmount plus the fees' tax (formula inferred). """
    taxDetails: Sequence[TaxDetail | TaxDetailParam] | None
    """ The order's tax broken down by tax rate, one entry per rate (inferred). """
    paymentMethods: Sequence[OrderPaymentMethod | OrderPaymentMethodParam] | None
    """ The payment methods used for the order, one entry per method. """
    freightFee: OrderFee | OrderFeeParam | None
    """ A fee or round-off; `value` counts towards totalGrossPrice and `tax` towards totalTax. """
    handlingFee: OrderFee | OrderFeeParam | None
    """ A fee or round-off; `value` counts towards totalGrossPrice and `tax` towards totalTax. """
    totalRoundOff: OrderFee | OrderFeeParam | None
    """ A fee or round-off; `value` counts towards totalGrossPrice and `tax` towards totalTax. """
    totalDiscounts: float | Decimal | None
    """ Sum of the items' discounts, as a positive amount (inferred). """
    totalOriginalPrice: float | Decimal | None
    """ Total of the items' prices before discounts, tax included (inferred). """
    totalItemsPrice: float | Decimal | None
    """ Total paid for the items alone, without fees or round-off, tax included (inferred). """
    totalNetPrice: float | Decimal | None
    """ Total of the order excluding tax (inferred). """
    anyReturnItems: bool | None
    """ Whether any of the order's items has `type` `RETURN` (inferred). """


# Imported after the class, so that models may refer to each other.
from ..models.order_contact import OrderContact, OrderContactParam
from ..models.order_extra_data import OrderExtraData
from ..models.order_fee import OrderFee, OrderFeeParam
from ..models.order_item import OrderItem, OrderItemParam
from ..models.order_payment_method import OrderPaymentMethod, OrderPaymentMethodParam
from ..models.tax_detail import TaxDetail, TaxDetailParam
