# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
# ruff: noqa: E402
from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _fields as _f
from .. import _model as _m
from ..models.order_item_type import OrderItemType
from ..types import UNSET, Unset


@_attrs_define(init=False, repr=False)  # the repr is `_m.Model`'s: the fields that are set
class OrderItem(_m.Model):
    """One order line."""

    type_: OrderItemType
    """ Kind of line, `PURCHASE` for an item bought and `RETURN` for an item sent back. """
    sku: str
    """ The article's SKU (stock keeping unit). """
    quantity: float | Decimal
    """ Quantity; a number, not only whole units. """
    gross_paid_price: float | Decimal
    """ Paid for the whole line, tax included. """
    description: str
    """ Text for the line shown to the customer, such as the product name (inferred). """
    gross_paid_price_per_unit: float | Decimal | Unset
    """ Paid per unit; times `quantity` it gives `grossPaidPrice` (inferred). """
    tax_amount: float | Decimal | Unset
    """ Tax on the whole line; counts towards the order's `totalTax`. """
    tax_percent: float | Decimal | Unset
    """ Tax rate in percent (`25`, not `0.25`). """
    image_url: str | Unset
    """ URL of a product image the message can show (inferred). """
    target_url: str | Unset
    """ URL the line links to, such as the product page (inferred). """
    extra_data: OrderItemExtraData | Unset
    """ Free-form data for this line, made available to the automation (inferred). """
    total_discount: float | Decimal | Unset
    """ Sum of this line's discounts, as a positive amount (inferred). """
    original_price: float | Decimal | Unset
    """ Price of the whole line before discounts, tax included (inferred). """
    original_price_per_unit: float | Decimal | Unset
    """ Price per unit before discounts, tax included (inferred). """
    discounts: list[OrderItemDiscount] | Unset
    """ The discounts applied to this line, one entry per discount. """
    discounted: bool | Unset
    """ Whether the line has a discount (inferred). """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[_f.Field, ...]] = (
        _f.Field("type_", "type", _f.EnumOf("OrderItemType"), required=True),
        _f.Field("sku", "sku", _f.STRING, required=True),
        _f.Field("quantity", "quantity", _f.Number(), required=True),
        _f.Field("gross_paid_price", "grossPaidPrice", _f.Number(), required=True),
        _f.Field("description", "description", _f.STRING, required=True),
        _f.Field("gross_paid_price_per_unit", "grossPaidPricePerUnit", _f.Number()),
        _f.Field("tax_amount", "taxAmount", _f.Number()),
        _f.Field("tax_percent", "taxPercent", _f.Number()),
        _f.Field("image_url", "imageUrl", _f.STRING),
        _f.Field("target_url", "targetUrl", _f.STRING),
        _f.Field("extra_data", "extraData", _f.ModelOf("OrderItemExtraData")),
        _f.Field("total_discount", "totalDiscount", _f.Number()),
        _f.Field("original_price", "originalPrice", _f.Number()),
        _f.Field("original_price_per_unit", "originalPricePerUnit", _f.Number()),
        _f.Field("discounts", "discounts", _f.ListOf(_f.ModelOf("OrderItemDiscount"))),
        _f.Field("discounted", "discounted", _f.BOOLEAN),
    )

    if TYPE_CHECKING:  # the signature type checkers read; the constructor itself is compiled from `_fields`

        def __init__(
            self,
            *,
            type_: OrderItemType | Literal["PURCHASE", "RETURN"],
            sku: str,
            quantity: float | Decimal,
            gross_paid_price: float | Decimal,
            description: str,
            gross_paid_price_per_unit: float | Decimal | Unset | None = UNSET,
            tax_amount: float | Decimal | Unset | None = UNSET,
            tax_percent: float | Decimal | Unset | None = UNSET,
            image_url: str | Unset | None = UNSET,
            target_url: str | Unset | None = UNSET,
            extra_data: OrderItemExtraData | Mapping[str, Any] | Unset | None = UNSET,
            total_discount: float | Decimal | Unset | None = UNSET,
            original_price: float | Decimal | Unset | None = UNSET,
            original_price_per_unit: float | Decimal | Unset | None = UNSET,
            discounts: Sequence[OrderItemDiscount | OrderItemDiscountParam] | Unset | None = UNSET,
            discounted: bool | Unset | None = UNSET,
            additional_properties: Mapping[str, Any] | None = None,
        ) -> None: ...


class OrderItemParam(TypedDict, total=False):
    """`OrderItem` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    type: Required[OrderItemType | Literal["PURCHASE", "RETURN"]]
    """ Kind of line, `PURCHASE` for an item bought and `RETURN` for an item sent back. """
    sku: Required[str]
    """ The article's SKU (stock keeping unit). """
    quantity: Required[float | Decimal]
    """ Quantity; a number, not only whole units. """
    grossPaidPrice: Required[float | Decimal]
    """ Paid for the whole line, tax included. """
    description: Required[str]
    """ Text for the line shown to the customer, such as the product name (inferred). """
    grossPaidPricePerUnit: float | Decimal | None
    """ Paid per unit; times `quantity` it gives `grossPaidPrice` (inferred). """
    taxAmount: float | Decimal | None
    """ Tax on the whole line; counts towards the order's `totalTax`. """
    taxPercent: float | Decimal | None
    """ Tax rate in percent (`25`, not `0.25`). """
    imageUrl: str | None
    """ URL of a product image the message can show (inferred). """
    targetUrl: str | None
    """ URL the line links to, such as the product page (inferred). """
    extraData: OrderItemExtraData | Mapping[str, Any] | None
    """ Free-form data for this line, made available to the automation (inferred). """
    totalDiscount: float | Decimal | None
    """ Sum of this line's discounts, as a positive amount (inferred). """
    originalPrice: float | Decimal | None
    """ Price of the whole line before discounts, tax included (inferred). """
    originalPricePerUnit: float | Decimal | None
    """ Price per unit before discounts, tax included (inferred). """
    discounts: Sequence[OrderItemDiscount | OrderItemDiscountParam] | None
    """ The discounts applied to this line, one entry per discount. """
    discounted: bool | None
    """ Whether the line has a discount (inferred). """


# Imported after the class, so that models may refer to each other.
from ..models.order_item_discount import OrderItemDiscount, OrderItemDiscountParam
from ..models.order_item_extra_data import OrderItemExtraData
