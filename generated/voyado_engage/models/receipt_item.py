# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
# ruff: noqa: E402
from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any, ClassVar, Literal, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _model as _m
from ..models.receipt_item_type import ReceiptItemType
from ..types import UNSET, Unset


@_attrs_define(init=False)
class ReceiptItem(_m.Model):
    """ReceiptItem"""

    type_: ReceiptItemType
    sku: str
    quantity: int
    gross_paid_price: float | Decimal
    tax_amount: float | Decimal
    tax_percent: float | Decimal
    article_number: str
    article_name: str
    pack_quantity: float | Decimal | Unset
    extra_data: list[ReceiptExtraDataItem] | Unset
    article_group: str | Unset
    margin_percent: float | Decimal | Unset
    awards_bonus: bool | Unset
    discounts: list[ReceiptItemDiscount] | Unset
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type_", "type"),
        ("sku", "sku"),
        ("quantity", "quantity"),
        ("gross_paid_price", "grossPaidPrice"),
        ("tax_amount", "taxAmount"),
        ("tax_percent", "taxPercent"),
        ("article_number", "articleNumber"),
        ("article_name", "articleName"),
        ("pack_quantity", "packQuantity"),
        ("extra_data", "extraData"),
        ("article_group", "articleGroup"),
        ("margin_percent", "marginPercent"),
        ("awards_bonus", "awardsBonus"),
        ("discounts", "discounts"),
    )
    _required: ClassVar[frozenset[str]] = frozenset(
        {
            "type_",
            "sku",
            "quantity",
            "gross_paid_price",
            "tax_amount",
            "tax_percent",
            "article_number",
            "article_name",
        }
    )

    def __init__(
        self,
        *,
        type_: ReceiptItemType | Literal["PURCHASE", "RETURN", "ADJUSTMENT"],
        sku: str,
        quantity: int,
        gross_paid_price: float | Decimal,
        tax_amount: float | Decimal,
        tax_percent: float | Decimal,
        article_number: str,
        article_name: str,
        pack_quantity: float | Decimal | Unset | None = UNSET,
        extra_data: Sequence[ReceiptExtraDataItem | ReceiptExtraDataItemParam] | Unset | None = UNSET,
        article_group: str | Unset | None = UNSET,
        margin_percent: float | Decimal | Unset | None = UNSET,
        awards_bonus: bool | Unset | None = UNSET,
        discounts: Sequence[ReceiptItemDiscount | ReceiptItemDiscountParam] | Unset | None = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        fields = _m.Fields()
        self.type_ = (
            type_
            if (type(type_) is ReceiptItemType and ReceiptItemType._value2member_map_.get(type_) is type_)
            else fields.required("type", _m.enum_of(ReceiptItemType), type_)
        )
        self.sku = sku if type(sku) is str else fields.required("sku", _m.string, sku)
        self.quantity = quantity if type(quantity) is int else fields.required("quantity", _m.integer, quantity)
        self.gross_paid_price = (
            gross_paid_price
            if _m.plain_number(gross_paid_price)
            else fields.required("grossPaidPrice", _m.number, gross_paid_price)
        )
        self.tax_amount = (
            tax_amount if _m.plain_number(tax_amount) else fields.required("taxAmount", _m.number, tax_amount)
        )
        self.tax_percent = (
            tax_percent if _m.plain_number(tax_percent) else fields.required("taxPercent", _m.number, tax_percent)
        )
        self.article_number = (
            article_number
            if type(article_number) is str
            else fields.required("articleNumber", _m.string, article_number)
        )
        self.article_name = (
            article_name if type(article_name) is str else fields.required("articleName", _m.string, article_name)
        )
        self.pack_quantity = (
            pack_quantity
            if type(pack_quantity) is Unset or _m.plain_number(pack_quantity)
            else fields.optional("packQuantity", _m.number, pack_quantity)
        )
        self.extra_data = (
            extra_data
            if type(extra_data) is Unset
            else fields.optional("extraData", _m.list_of(_m.model_of(ReceiptExtraDataItem)), extra_data)
        )
        self.article_group = (
            article_group
            if type(article_group) is Unset or type(article_group) is str
            else fields.optional("articleGroup", _m.string, article_group)
        )
        self.margin_percent = (
            margin_percent
            if type(margin_percent) is Unset or _m.plain_number(margin_percent)
            else fields.optional("marginPercent", _m.number, margin_percent)
        )
        self.awards_bonus = (
            awards_bonus
            if type(awards_bonus) is Unset or type(awards_bonus) is bool
            else fields.optional("awardsBonus", _m.boolean, awards_bonus)
        )
        self.discounts = (
            discounts
            if type(discounts) is Unset
            else fields.optional("discounts", _m.list_of(_m.model_of(ReceiptItemDiscount)), discounts)
        )
        self.additional_properties = fields.extra(additional_properties)
        fields.done(ReceiptItem)

    def to_dict(self) -> dict[str, Any]:
        result = _m.extra_to_wire(self.additional_properties)
        result["type"] = self.type_.value
        result["sku"] = self.sku
        result["quantity"] = self.quantity
        result["grossPaidPrice"] = self.gross_paid_price
        result["taxAmount"] = self.tax_amount
        result["taxPercent"] = self.tax_percent
        result["articleNumber"] = self.article_number
        result["articleName"] = self.article_name
        if not isinstance(self.pack_quantity, Unset):
            result["packQuantity"] = self.pack_quantity
        if not isinstance(self.extra_data, Unset):
            result["extraData"] = [item.to_dict() for item in self.extra_data]
        if not isinstance(self.article_group, Unset):
            result["articleGroup"] = self.article_group
        if not isinstance(self.margin_percent, Unset):
            result["marginPercent"] = self.margin_percent
        if not isinstance(self.awards_bonus, Unset):
            result["awardsBonus"] = self.awards_bonus
        if not isinstance(self.discounts, Unset):
            result["discounts"] = [item.to_dict() for item in self.discounts]
        return result


class ReceiptItemParam(TypedDict, total=False):
    """`ReceiptItem` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    type: Required[ReceiptItemType | Literal["PURCHASE", "RETURN", "ADJUSTMENT"]]
    sku: Required[str]
    quantity: Required[int]
    grossPaidPrice: Required[float | Decimal]
    taxAmount: Required[float | Decimal]
    taxPercent: Required[float | Decimal]
    articleNumber: Required[str]
    articleName: Required[str]
    packQuantity: float | Decimal | None
    extraData: Sequence[ReceiptExtraDataItem | ReceiptExtraDataItemParam] | None
    articleGroup: str | None
    marginPercent: float | Decimal | None
    awardsBonus: bool | None
    discounts: Sequence[ReceiptItemDiscount | ReceiptItemDiscountParam] | None


# Imported after the class, so that models may refer to each other.
from ..models.receipt_extra_data_item import ReceiptExtraDataItem, ReceiptExtraDataItemParam
from ..models.receipt_item_discount import ReceiptItemDiscount, ReceiptItemDiscountParam
