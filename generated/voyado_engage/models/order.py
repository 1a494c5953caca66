# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
# ruff: noqa: E402
from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any, ClassVar, Required, Self, TypedDict

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
    ) -> None:
        fields = _m.Fields()
        self.contact = (
            contact if type(contact) is OrderContact else fields.required("contact", _m.model_of(OrderContact), contact)
        )
        self.order_number = (
            order_number if type(order_number) is str else fields.required("orderNumber", _m.string, order_number)
        )
        self.order_status = (
            order_status if type(order_status) is str else fields.required("orderStatus", _m.string, order_status)
        )
        self.payment_status = (
            payment_status
            if type(payment_status) is str
            else fields.required("paymentStatus", _m.string, payment_status)
        )
        self.created_date = fields.required("createdDate", _m.date_time, created_date)
        self.store_id = store_id if type(store_id) is str else fields.required("storeId", _m.string, store_id)
        self.currency = currency if type(currency) is str else fields.required("currency", _m.string, currency)
        self.total_gross_price = (
            total_gross_price
            if _m.plain_number(total_gross_price)
            else fields.required("totalGrossPrice", _m.number, total_gross_price)
        )
        self.items = fields.required("items", _m.list_of(_m.model_of(OrderItem)), items)
        self.language = (
            language
            if type(language) is Unset or type(language) is str
            else fields.optional("language", _m.string, language)
        )
        self.shipping_date = (
            shipping_date
            if type(shipping_date) is Unset
            else fields.optional("shippingDate", _m.date_time, shipping_date)
        )
        self.status_changed_date = (
            status_changed_date
            if type(status_changed_date) is Unset
            else fields.optional("statusChangedDate", _m.date_time, status_changed_date)
        )
        self.exchange_rate_to_group_currency = (
            exchange_rate_to_group_currency
            if type(exchange_rate_to_group_currency) is Unset or _m.plain_number(exchange_rate_to_group_currency)
            else fields.optional("exchangeRateToGroupCurrency", _m.number, exchange_rate_to_group_currency)
        )
        self.extra_data = (
            extra_data
            if type(extra_data) is Unset or type(extra_data) is OrderExtraData
            else fields.optional("extraData", _m.model_of(OrderExtraData), extra_data)
        )
        self.total_tax = (
            total_tax
            if type(total_tax) is Unset or _m.plain_number(total_tax)
            else fields.optional("totalTax", _m.number, total_tax)
        )
        self.tax_details = (
            tax_details
            if type(tax_details) is Unset
            else fields.optional("taxDetails", _m.list_of(_m.model_of(TaxDetail)), tax_details)
        )
        self.payment_methods = (
            payment_methods
            if type(payment_methods) is Unset
            else fields.optional("paymentMethods", _m.list_of(_m.model_of(OrderPaymentMethod)), payment_methods)
        )
        self.freight_fee = (
            freight_fee
            if type(freight_fee) is Unset or type(freight_fee) is OrderFee
            else fields.optional("freightFee", _m.model_of(OrderFee), freight_fee)
        )
        self.handling_fee = (
            handling_fee
            if type(handling_fee) is Unset or type(handling_fee) is OrderFee
            else fields.optional("handlingFee", _m.model_of(OrderFee), handling_fee)
        )
        self.total_round_off = (
            total_round_off
            if type(total_round_off) is Unset or type(total_round_off) is OrderFee
            else fields.optional("totalRoundOff", _m.model_of(OrderFee), total_round_off)
        )
        self.total_discounts = (
            total_discounts
            if type(total_discounts) is Unset or _m.plain_number(total_discounts)
            else fields.optional("totalDiscounts", _m.number, total_discounts)
        )
        self.total_original_price = (
            total_original_price
            if type(total_original_price) is Unset or _m.plain_number(total_original_price)
            else fields.optional("totalOriginalPrice", _m.number, total_original_price)
        )
        self.total_items_price = (
            total_items_price
            if type(total_items_price) is Unset or _m.plain_number(total_items_price)
            else fields.optional("totalItemsPrice", _m.number, total_items_price)
        )
        self.total_net_price = (
            total_net_price
            if type(total_net_price) is Unset or _m.plain_number(total_net_price)
            else fields.optional("totalNetPrice", _m.number, total_net_price)
        )
        self.any_return_items = (
            any_return_items
            if type(any_return_items) is Unset or type(any_return_items) is bool
            else fields.optional("anyReturnItems", _m.boolean, any_return_items)
        )
        self.additional_properties = fields.extra(additional_properties)
        fields.done(Order)

    _wire_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "contact",
            "orderNumber",
            "orderStatus",
            "paymentStatus",
            "createdDate",
            "storeId",
            "currency",
            "totalGrossPrice",
            "items",
            "language",
            "shippingDate",
            "statusChangedDate",
            "exchangeRateToGroupCurrency",
            "extraData",
            "totalTax",
            "taxDetails",
            "paymentMethods",
            "freightFee",
            "handlingFee",
            "totalRoundOff",
            "totalDiscounts",
            "totalOriginalPrice",
            "totalItemsPrice",
            "totalNetPrice",
            "anyReturnItems",
        }
    )

    @classmethod
    def _from_wire(cls, _data: Any) -> Self | None:
        """`_data` as this model when it is a dict with wire keys only and values that need no conversion (the common
        case, read in straight-line code); None otherwise: then the general path converts it, listing every problem."""
        if type(_data) is not dict or not _data.keys() <= cls._wire_keys:
            return None
        _get = _data.get
        contact = _get("contact")
        contact = OrderContact._from_wire(contact)
        if contact is None:
            return None
        order_number = _get("orderNumber")
        if type(order_number) is not str:
            return None
        order_status = _get("orderStatus")
        if type(order_status) is not str:
            return None
        payment_status = _get("paymentStatus")
        if type(payment_status) is not str:
            return None
        created_date = _get("createdDate")
        created_date = _m.plain(_m.date_time, created_date)
        if created_date is None:
            return None
        store_id = _get("storeId")
        if type(store_id) is not str:
            return None
        currency = _get("currency")
        if type(currency) is not str:
            return None
        total_gross_price = _get("totalGrossPrice")
        if not (
            (type(total_gross_price) is float and total_gross_price - total_gross_price == 0)
            or type(total_gross_price) is int
            or (type(total_gross_price) is Decimal and total_gross_price.is_finite())
        ):
            return None
        items = _get("items")
        items = _m.plain_list(OrderItem._from_wire, items)
        if items is None:
            return None
        language = _get("language")
        if language is None:
            language = UNSET
        elif type(language) is not str:
            return None
        shipping_date = _get("shippingDate")
        if shipping_date is None:
            shipping_date = UNSET
        else:
            shipping_date = _m.plain(_m.date_time, shipping_date)
            if shipping_date is None:
                return None
        status_changed_date = _get("statusChangedDate")
        if status_changed_date is None:
            status_changed_date = UNSET
        else:
            status_changed_date = _m.plain(_m.date_time, status_changed_date)
            if status_changed_date is None:
                return None
        exchange_rate_to_group_currency = _get("exchangeRateToGroupCurrency")
        if exchange_rate_to_group_currency is None:
            exchange_rate_to_group_currency = UNSET
        elif not (
            (
                type(exchange_rate_to_group_currency) is float
                and exchange_rate_to_group_currency - exchange_rate_to_group_currency == 0
            )
            or type(exchange_rate_to_group_currency) is int
            or (type(exchange_rate_to_group_currency) is Decimal and exchange_rate_to_group_currency.is_finite())
        ):
            return None
        extra_data = _get("extraData")
        if extra_data is None:
            extra_data = UNSET
        else:
            extra_data = OrderExtraData._from_wire(extra_data)
            if extra_data is None:
                return None
        total_tax = _get("totalTax")
        if total_tax is None:
            total_tax = UNSET
        elif not (
            (type(total_tax) is float and total_tax - total_tax == 0)
            or type(total_tax) is int
            or (type(total_tax) is Decimal and total_tax.is_finite())
        ):
            return None
        tax_details = _get("taxDetails")
        if tax_details is None:
            tax_details = UNSET
        else:
            tax_details = _m.plain_list(TaxDetail._from_wire, tax_details)
            if tax_details is None:
                return None
        payment_methods = _get("paymentMethods")
        if payment_methods is None:
            payment_methods = UNSET
        else:
            payment_methods = _m.plain_list(OrderPaymentMethod._from_wire, payment_methods)
            if payment_methods is None:
                return None
        freight_fee = _get("freightFee")
        if freight_fee is None:
            freight_fee = UNSET
        else:
            freight_fee = OrderFee._from_wire(freight_fee)
            if freight_fee is None:
                return None
        handling_fee = _get("handlingFee")
        if handling_fee is None:
            handling_fee = UNSET
        else:
            handling_fee = OrderFee._from_wire(handling_fee)
            if handling_fee is None:
                return None
        total_round_off = _get("totalRoundOff")
        if total_round_off is None:
            total_round_off = UNSET
        else:
            total_round_off = OrderFee._from_wire(total_round_off)
            if total_round_off is None:
                return None
        total_discounts = _get("totalDiscounts")
        if total_discounts is None:
            total_discounts = UNSET
        elif not (
            (type(total_discounts) is float and total_discounts - total_discounts == 0)
            or type(total_discounts) is int
            or (type(total_discounts) is Decimal and total_discounts.is_finite())
        ):
            return None
        total_original_price = _get("totalOriginalPrice")
        if total_original_price is None:
            total_original_price = UNSET
        elif not (
            (type(total_original_price) is float and total_original_price - total_original_price == 0)
            or type(total_original_price) is int
            or (type(total_original_price) is Decimal and total_original_price.is_finite())
        ):
            return None
        total_items_price = _get("totalItemsPrice")
        if total_items_price is None:
            total_items_price = UNSET
        elif not (
            (type(total_items_price) is float and total_items_price - total_items_price == 0)
            or type(total_items_price) is int
            or (type(total_items_price) is Decimal and total_items_price.is_finite())
        ):
            return None
        total_net_price = _get("totalNetPrice")
        if total_net_price is None:
            total_net_price = UNSET
        elif not (
            (type(total_net_price) is float and total_net_price - total_net_price == 0)
            or type(total_net_price) is int
            or (type(total_net_price) is Decimal and total_net_price.is_finite())
        ):
            return None
        any_return_items = _get("anyReturnItems")
        if any_return_items is None:
            any_return_items = UNSET
        elif type(any_return_items) is not bool:
            return None
        _model = cls.__new__(cls)
        _model.contact = contact
        _model.order_number = order_number
        _model.order_status = order_status
        _model.payment_status = payment_status
        _model.created_date = created_date
        _model.store_id = store_id
        _model.currency = currency
        _model.total_gross_price = total_gross_price
        _model.items = items
        _model.language = language
        _model.shipping_date = shipping_date
        _model.status_changed_date = status_changed_date
        _model.exchange_rate_to_group_currency = exchange_rate_to_group_currency
        _model.extra_data = extra_data
        _model.total_tax = total_tax
        _model.tax_details = tax_details
        _model.payment_methods = payment_methods
        _model.freight_fee = freight_fee
        _model.handling_fee = handling_fee
        _model.total_round_off = total_round_off
        _model.total_discounts = total_discounts
        _model.total_original_price = total_original_price
        _model.total_items_price = total_items_price
        _model.total_net_price = total_net_price
        _model.any_return_items = any_return_items
        _model.additional_properties = {}
        return _model

    def to_dict(self) -> dict[str, Any]:
        result = _m.extra_to_wire(self.additional_properties)
        result["contact"] = self.contact.to_dict()
        result["orderNumber"] = self.order_number
        result["orderStatus"] = self.order_status
        result["paymentStatus"] = self.payment_status
        result["createdDate"] = _m.date_time_to_wire(self.created_date)
        result["storeId"] = self.store_id
        result["currency"] = self.currency
        result["totalGrossPrice"] = self.total_gross_price
        result["items"] = [item.to_dict() for item in self.items]
        if not isinstance(self.language, Unset):
            result["language"] = self.language
        if not isinstance(self.shipping_date, Unset):
            result["shippingDate"] = _m.date_time_to_wire(self.shipping_date)
        if not isinstance(self.status_changed_date, Unset):
            result["statusChangedDate"] = _m.date_time_to_wire(self.status_changed_date)
        if not isinstance(self.exchange_rate_to_group_currency, Unset):
            result["exchangeRateToGroupCurrency"] = self.exchange_rate_to_group_currency
        if not isinstance(self.extra_data, Unset):
            result["extraData"] = self.extra_data.to_dict()
        if not isinstance(self.total_tax, Unset):
            result["totalTax"] = self.total_tax
        if not isinstance(self.tax_details, Unset):
            result["taxDetails"] = [item.to_dict() for item in self.tax_details]
        if not isinstance(self.payment_methods, Unset):
            result["paymentMethods"] = [item.to_dict() for item in self.payment_methods]
        if not isinstance(self.freight_fee, Unset):
            result["freightFee"] = self.freight_fee.to_dict()
        if not isinstance(self.handling_fee, Unset):
            result["handlingFee"] = self.handling_fee.to_dict()
        if not isinstance(self.total_round_off, Unset):
            result["totalRoundOff"] = self.total_round_off.to_dict()
        if not isinstance(self.total_discounts, Unset):
            result["totalDiscounts"] = self.total_discounts
        if not isinstance(self.total_original_price, Unset):
            result["totalOriginalPrice"] = self.total_original_price
        if not isinstance(self.total_items_price, Unset):
            result["totalItemsPrice"] = self.total_items_price
        if not isinstance(self.total_net_price, Unset):
            result["totalNetPrice"] = self.total_net_price
        if not isinstance(self.any_return_items, Unset):
            result["anyReturnItems"] = self.any_return_items
        return result


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
    language: str | None
    """ Culture code such as `sv-SE`. Optional in the API description; Voyado's field list calls it mandatory, so send
    it. """
    shippingDate: datetime.datetime | str | None
    statusChangedDate: datetime.datetime | str | None
    exchangeRateToGroupCurrency: float | Decimal | None
    """ Multiplier from `currency` to the group currency (meaning inferred from receipts). """
    extraData: OrderExtraData | Mapping[str, Any] | None
    """ Free-form data made available to the automation. """
    totalTax: float | Decimal | None
    """ Total tax. Equals the items' taxAmount plus the fees' tax (formula inferred). """
    taxDetails: Sequence[TaxDetail | TaxDetailParam] | None
    paymentMethods: Sequence[OrderPaymentMethod | OrderPaymentMethodParam] | None
    freightFee: OrderFee | OrderFeeParam | None
    """ A fee or round-off; `value` counts towards totalGrossPrice and `tax` towards totalTax. """
    handlingFee: OrderFee | OrderFeeParam | None
    """ A fee or round-off; `value` counts towards totalGrossPrice and `tax` towards totalTax. """
    totalRoundOff: OrderFee | OrderFeeParam | None
    """ A fee or round-off; `value` counts towards totalGrossPrice and `tax` towards totalTax. """
    totalDiscounts: float | Decimal | None
    """ Sum of the items' discounts, as a positive amount (inferred). """
    totalOriginalPrice: float | Decimal | None
    totalItemsPrice: float | Decimal | None
    totalNetPrice: float | Decimal | None
    anyReturnItems: bool | None


# Imported after the class, so that models may refer to each other.
from ..models.order_contact import OrderContact, OrderContactParam
from ..models.order_extra_data import OrderExtraData
from ..models.order_fee import OrderFee, OrderFeeParam
from ..models.order_item import OrderItem, OrderItemParam
from ..models.order_payment_method import OrderPaymentMethod, OrderPaymentMethodParam
from ..models.tax_detail import TaxDetail, TaxDetailParam
