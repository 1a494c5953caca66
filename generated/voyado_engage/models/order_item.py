# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
# ruff: noqa: E402
from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any, ClassVar, Literal, Required, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _model as _m
from ..models.order_item_type import OrderItemType
from ..types import UNSET, Unset


@_attrs_define(init=False)
class OrderItem(_m.Model):
    """One order line."""

    type_: OrderItemType
    sku: str
    quantity: float | Decimal
    """ Quantity; a number, not only whole units. """
    gross_paid_price: float | Decimal
    """ Paid for the whole line, tax included. """
    description: str
    gross_paid_price_per_unit: float | Decimal | Unset
    """ Paid per unit; times `quantity` it gives `grossPaidPrice` (inferred). """
    tax_amount: float | Decimal | Unset
    tax_percent: float | Decimal | Unset
    """ Tax rate in percent (`25`, not `0.25`). """
    image_url: str | Unset
    target_url: str | Unset
    extra_data: OrderItemExtraData | Unset
    total_discount: float | Decimal | Unset
    """ Sum of this line's discounts, as a positive amount (inferred). """
    original_price: float | Decimal | Unset
    original_price_per_unit: float | Decimal | Unset
    discounts: list[OrderItemDiscount] | Unset
    discounted: bool | Unset
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type_", "type"),
        ("sku", "sku"),
        ("quantity", "quantity"),
        ("gross_paid_price", "grossPaidPrice"),
        ("description", "description"),
        ("gross_paid_price_per_unit", "grossPaidPricePerUnit"),
        ("tax_amount", "taxAmount"),
        ("tax_percent", "taxPercent"),
        ("image_url", "imageUrl"),
        ("target_url", "targetUrl"),
        ("extra_data", "extraData"),
        ("total_discount", "totalDiscount"),
        ("original_price", "originalPrice"),
        ("original_price_per_unit", "originalPricePerUnit"),
        ("discounts", "discounts"),
        ("discounted", "discounted"),
    )
    _required: ClassVar[frozenset[str]] = frozenset(
        {
            "type_",
            "sku",
            "quantity",
            "gross_paid_price",
            "description",
        }
    )

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
    ) -> None:
        fields = _m.Fields()
        self.type_ = (
            type_
            if (type(type_) is OrderItemType and OrderItemType._value2member_map_.get(type_) is type_)
            else fields.required("type", _m.enum_of(OrderItemType), type_)
        )
        self.sku = sku if type(sku) is str else fields.required("sku", _m.string, sku)
        self.quantity = quantity if _m.plain_number(quantity) else fields.required("quantity", _m.number, quantity)
        self.gross_paid_price = (
            gross_paid_price
            if _m.plain_number(gross_paid_price)
            else fields.required("grossPaidPrice", _m.number, gross_paid_price)
        )
        self.description = (
            description if type(description) is str else fields.required("description", _m.string, description)
        )
        self.gross_paid_price_per_unit = (
            gross_paid_price_per_unit
            if type(gross_paid_price_per_unit) is Unset or _m.plain_number(gross_paid_price_per_unit)
            else fields.optional("grossPaidPricePerUnit", _m.number, gross_paid_price_per_unit)
        )
        self.tax_amount = (
            tax_amount
            if type(tax_amount) is Unset or _m.plain_number(tax_amount)
            else fields.optional("taxAmount", _m.number, tax_amount)
        )
        self.tax_percent = (
            tax_percent
            if type(tax_percent) is Unset or _m.plain_number(tax_percent)
            else fields.optional("taxPercent", _m.number, tax_percent)
        )
        self.image_url = (
            image_url
            if type(image_url) is Unset or type(image_url) is str
            else fields.optional("imageUrl", _m.string, image_url)
        )
        self.target_url = (
            target_url
            if type(target_url) is Unset or type(target_url) is str
            else fields.optional("targetUrl", _m.string, target_url)
        )
        self.extra_data = (
            extra_data
            if type(extra_data) is Unset or type(extra_data) is OrderItemExtraData
            else fields.optional("extraData", _m.model_of(OrderItemExtraData), extra_data)
        )
        self.total_discount = (
            total_discount
            if type(total_discount) is Unset or _m.plain_number(total_discount)
            else fields.optional("totalDiscount", _m.number, total_discount)
        )
        self.original_price = (
            original_price
            if type(original_price) is Unset or _m.plain_number(original_price)
            else fields.optional("originalPrice", _m.number, original_price)
        )
        self.original_price_per_unit = (
            original_price_per_unit
            if type(original_price_per_unit) is Unset or _m.plain_number(original_price_per_unit)
            else fields.optional("originalPricePerUnit", _m.number, original_price_per_unit)
        )
        self.discounts = (
            discounts
            if type(discounts) is Unset
            else fields.optional("discounts", _m.list_of(_m.model_of(OrderItemDiscount)), discounts)
        )
        self.discounted = (
            discounted
            if type(discounted) is Unset or type(discounted) is bool
            else fields.optional("discounted", _m.boolean, discounted)
        )
        self.additional_properties = fields.extra(additional_properties)
        fields.done(OrderItem)

    _wire_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "type",
            "sku",
            "quantity",
            "grossPaidPrice",
            "description",
            "grossPaidPricePerUnit",
            "taxAmount",
            "taxPercent",
            "imageUrl",
            "targetUrl",
            "extraData",
            "totalDiscount",
            "originalPrice",
            "originalPricePerUnit",
            "discounts",
            "discounted",
        }
    )

    @classmethod
    def _from_wire(cls, _data: Any) -> Self | None:
        """`_data` as this model when it is a dict with wire keys only and values that need no conversion (the common
        case, read in straight-line code); None otherwise: then the general path converts it, listing every problem."""
        if type(_data) is not dict or not _data.keys() <= cls._wire_keys:
            return None
        _get = _data.get
        type_ = _get("type")
        type_ = _m.listed_member(OrderItemType, type_)
        if type_ is None:
            return None
        sku = _get("sku")
        if type(sku) is not str:
            return None
        quantity = _get("quantity")
        if not (
            (type(quantity) is float and quantity - quantity == 0)
            or type(quantity) is int
            or (type(quantity) is Decimal and quantity.is_finite())
        ):
            return None
        gross_paid_price = _get("grossPaidPrice")
        if not (
            (type(gross_paid_price) is float and gross_paid_price - gross_paid_price == 0)
            or type(gross_paid_price) is int
            or (type(gross_paid_price) is Decimal and gross_paid_price.is_finite())
        ):
            return None
        description = _get("description")
        if type(description) is not str:
            return None
        gross_paid_price_per_unit = _get("grossPaidPricePerUnit")
        if gross_paid_price_per_unit is None:
            gross_paid_price_per_unit = UNSET
        elif not (
            (type(gross_paid_price_per_unit) is float and gross_paid_price_per_unit - gross_paid_price_per_unit == 0)
            or type(gross_paid_price_per_unit) is int
            or (type(gross_paid_price_per_unit) is Decimal and gross_paid_price_per_unit.is_finite())
        ):
            return None
        tax_amount = _get("taxAmount")
        if tax_amount is None:
            tax_amount = UNSET
        elif not (
            (type(tax_amount) is float and tax_amount - tax_amount == 0)
            or type(tax_amount) is int
            or (type(tax_amount) is Decimal and tax_amount.is_finite())
        ):
            return None
        tax_percent = _get("taxPercent")
        if tax_percent is None:
            tax_percent = UNSET
        elif not (
            (type(tax_percent) is float and tax_percent - tax_percent == 0)
            or type(tax_percent) is int
            or (type(tax_percent) is Decimal and tax_percent.is_finite())
        ):
            return None
        image_url = _get("imageUrl")
        if image_url is None:
            image_url = UNSET
        elif type(image_url) is not str:
            return None
        target_url = _get("targetUrl")
        if target_url is None:
            target_url = UNSET
        elif type(target_url) is not str:
            return None
        extra_data = _get("extraData")
        if extra_data is None:
            extra_data = UNSET
        else:
            extra_data = OrderItemExtraData._from_wire(extra_data)
            if extra_data is None:
                return None
        total_discount = _get("totalDiscount")
        if total_discount is None:
            total_discount = UNSET
        elif not (
            (type(total_discount) is float and total_discount - total_discount == 0)
            or type(total_discount) is int
            or (type(total_discount) is Decimal and total_discount.is_finite())
        ):
            return None
        original_price = _get("originalPrice")
        if original_price is None:
            original_price = UNSET
        elif not (
            (type(original_price) is float and original_price - original_price == 0)
            or type(original_price) is int
            or (type(original_price) is Decimal and original_price.is_finite())
        ):
            return None
        original_price_per_unit = _get("originalPricePerUnit")
        if original_price_per_unit is None:
            original_price_per_unit = UNSET
        elif not (
            (type(original_price_per_unit) is float and original_price_per_unit - original_price_per_unit == 0)
            or type(original_price_per_unit) is int
            or (type(original_price_per_unit) is Decimal and original_price_per_unit.is_finite())
        ):
            return None
        discounts = _get("discounts")
        if discounts is None:
            discounts = UNSET
        else:
            discounts = _m.plain_list(OrderItemDiscount._from_wire, discounts)
            if discounts is None:
                return None
        discounted = _get("discounted")
        if discounted is None:
            discounted = UNSET
        elif type(discounted) is not bool:
            return None
        _model = cls.__new__(cls)
        _model.type_ = type_
        _model.sku = sku
        _model.quantity = quantity
        _model.gross_paid_price = gross_paid_price
        _model.description = description
        _model.gross_paid_price_per_unit = gross_paid_price_per_unit
        _model.tax_amount = tax_amount
        _model.tax_percent = tax_percent
        _model.image_url = image_url
        _model.target_url = target_url
        _model.extra_data = extra_data
        _model.total_discount = total_discount
        _model.original_price = original_price
        _model.original_price_per_unit = original_price_per_unit
        _model.discounts = discounts
        _model.discounted = discounted
        _model.additional_properties = {}
        return _model

    def to_dict(self) -> dict[str, Any]:
        result = _m.extra_to_wire(self.additional_properties)
        result["type"] = self.type_._value_
        result["sku"] = self.sku
        result["quantity"] = self.quantity
        result["grossPaidPrice"] = self.gross_paid_price
        result["description"] = self.description
        if not isinstance(self.gross_paid_price_per_unit, Unset):
            result["grossPaidPricePerUnit"] = self.gross_paid_price_per_unit
        if not isinstance(self.tax_amount, Unset):
            result["taxAmount"] = self.tax_amount
        if not isinstance(self.tax_percent, Unset):
            result["taxPercent"] = self.tax_percent
        if not isinstance(self.image_url, Unset):
            result["imageUrl"] = self.image_url
        if not isinstance(self.target_url, Unset):
            result["targetUrl"] = self.target_url
        if not isinstance(self.extra_data, Unset):
            result["extraData"] = self.extra_data.to_dict()
        if not isinstance(self.total_discount, Unset):
            result["totalDiscount"] = self.total_discount
        if not isinstance(self.original_price, Unset):
            result["originalPrice"] = self.original_price
        if not isinstance(self.original_price_per_unit, Unset):
            result["originalPricePerUnit"] = self.original_price_per_unit
        if not isinstance(self.discounts, Unset):
            result["discounts"] = [item.to_dict() for item in self.discounts]
        if not isinstance(self.discounted, Unset):
            result["discounted"] = self.discounted
        return result


class OrderItemParam(TypedDict, total=False):
    """`OrderItem` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    type: Required[OrderItemType | Literal["PURCHASE", "RETURN"]]
    sku: Required[str]
    quantity: Required[float | Decimal]
    """ Quantity; a number, not only whole units. """
    grossPaidPrice: Required[float | Decimal]
    """ Paid for the whole line, tax included. """
    description: Required[str]
    grossPaidPricePerUnit: float | Decimal | None
    """ Paid per unit; times `quantity` it gives `grossPaidPrice` (inferred). """
    taxAmount: float | Decimal | None
    taxPercent: float | Decimal | None
    """ Tax rate in percent (`25`, not `0.25`). """
    imageUrl: str | None
    targetUrl: str | None
    extraData: OrderItemExtraData | Mapping[str, Any] | None
    totalDiscount: float | Decimal | None
    """ Sum of this line's discounts, as a positive amount (inferred). """
    originalPrice: float | Decimal | None
    originalPricePerUnit: float | Decimal | None
    discounts: Sequence[OrderItemDiscount | OrderItemDiscountParam] | None
    discounted: bool | None


# Imported after the class, so that models may refer to each other.
from ..models.order_item_discount import OrderItemDiscount, OrderItemDiscountParam
from ..models.order_item_extra_data import OrderItemExtraData
