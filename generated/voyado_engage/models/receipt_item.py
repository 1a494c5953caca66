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

    _fields: ClassVar[tuple[_f.Field, ...]] = (
        _f.Field("type_", "type", _f.EnumOf("ReceiptItemType"), required=True),
        _f.Field("sku", "sku", _f.STRING, required=True),
        _f.Field("quantity", "quantity", _f.Integer(), required=True),
        _f.Field("gross_paid_price", "grossPaidPrice", _f.Number(), required=True),
        _f.Field("tax_amount", "taxAmount", _f.Number(), required=True),
        _f.Field("tax_percent", "taxPercent", _f.Number(), required=True),
        _f.Field("article_number", "articleNumber", _f.STRING, required=True),
        _f.Field("article_name", "articleName", _f.STRING, required=True),
        _f.Field("pack_quantity", "packQuantity", _f.Number()),
        _f.Field("extra_data", "extraData", _f.ListOf(_f.ModelOf("ReceiptExtraDataItem"))),
        _f.Field("article_group", "articleGroup", _f.STRING),
        _f.Field("margin_percent", "marginPercent", _f.Number()),
        _f.Field("awards_bonus", "awardsBonus", _f.BOOLEAN),
        _f.Field("discounts", "discounts", _f.ListOf(_f.ModelOf("ReceiptItemDiscount"))),
    )

    if TYPE_CHECKING:  # the signature type checkers read; the constructor itself is compiled from `_fields`

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
        ) -> None: ...


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
