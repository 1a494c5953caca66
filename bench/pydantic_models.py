"""The Order family as pydantic v2 models, like the generated ones: aliases, enums, aware datetimes, extras kept."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field


class Wire(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True)


class OrderContact(Wire):
    match_key: str = Field(alias="matchKey")
    match_key_type: Literal[
        "Email",
        "SocialSecurityNumber",
        "MobilePhone",
        "CardId",
        "ExternalId",
        "MemberNumber",
        "ContactId",
        "MemberNumberWithCardNumberAsFallback",
    ] = Field(alias="matchKeyType")


class OrderItemDiscount(Wire):
    value: float = Field(ge=-2147483648, le=0)
    type: str | None = None
    description: str | None = None
    extra_data: dict[str, Any] | None = Field(default=None, alias="extraData")


class OrderItem(Wire):
    type: Literal["PURCHASE", "RETURN"]
    sku: str
    quantity: float
    gross_paid_price: float = Field(alias="grossPaidPrice")
    description: str
    gross_paid_price_per_unit: float | None = Field(default=None, alias="grossPaidPricePerUnit")
    tax_amount: float | None = Field(default=None, alias="taxAmount")
    tax_percent: float | None = Field(default=None, alias="taxPercent")
    image_url: str | None = Field(default=None, alias="imageUrl")
    target_url: str | None = Field(default=None, alias="targetUrl")
    extra_data: dict[str, Any] | None = Field(default=None, alias="extraData")
    total_discount: float | None = Field(default=None, alias="totalDiscount")
    original_price: float | None = Field(default=None, alias="originalPrice")
    original_price_per_unit: float | None = Field(default=None, alias="originalPricePerUnit")
    discounts: list[OrderItemDiscount] | None = None
    discounted: bool | None = None


class OrderPaymentMethod(Wire):
    type: str
    description: str | None = None
    value: float
    extra_data: dict[str, Any] | None = Field(default=None, alias="extraData")


class OrderFee(Wire):
    value: float
    tax: float | None = None
    tax_percent: float | None = Field(default=None, alias="taxPercent")


class TaxDetail(Wire):
    description: str | None = None
    value: float | None = None
    percent: float | None = None
    total_including_tax: float | None = Field(default=None, alias="totalIncludingTax")
    total_excluding_tax: float | None = Field(default=None, alias="totalExcludingTax")


class Order(Wire):
    contact: OrderContact
    order_number: str = Field(alias="orderNumber")
    order_status: str = Field(alias="orderStatus")
    payment_status: str = Field(alias="paymentStatus")
    language: str | None = None
    created_date: AwareDatetime = Field(alias="createdDate")
    shipping_date: AwareDatetime | None = Field(default=None, alias="shippingDate")
    status_changed_date: AwareDatetime | None = Field(default=None, alias="statusChangedDate")
    store_id: str = Field(alias="storeId")
    currency: str
    exchange_rate_to_group_currency: float | None = Field(default=None, alias="exchangeRateToGroupCurrency")
    extra_data: dict[str, Any] | None = Field(default=None, alias="extraData")
    total_gross_price: float = Field(alias="totalGrossPrice")
    total_tax: float | None = Field(default=None, alias="totalTax")
    tax_details: list[TaxDetail] | None = Field(default=None, alias="taxDetails")
    payment_methods: list[OrderPaymentMethod] | None = Field(default=None, alias="paymentMethods")
    items: list[OrderItem]
    freight_fee: OrderFee | None = Field(default=None, alias="freightFee")
    handling_fee: OrderFee | None = Field(default=None, alias="handlingFee")
    total_round_off: OrderFee | None = Field(default=None, alias="totalRoundOff")
    total_discounts: float | None = Field(default=None, alias="totalDiscounts")
    total_original_price: float | None = Field(default=None, alias="totalOriginalPrice")
    total_items_price: float | None = Field(default=None, alias="totalItemsPrice")
    total_net_price: float | None = Field(default=None, alias="totalNetPrice")
    any_return_items: bool | None = Field(default=None, alias="anyReturnItems")
