# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
# ruff: noqa: E402
from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any, ClassVar, Literal, Required, Self, TypedDict

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

    _wire_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "type",
            "sku",
            "quantity",
            "grossPaidPrice",
            "taxAmount",
            "taxPercent",
            "articleNumber",
            "articleName",
            "packQuantity",
            "extraData",
            "articleGroup",
            "marginPercent",
            "awardsBonus",
            "discounts",
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
        type_ = _m.listed_member(ReceiptItemType, type_)
        if type_ is None:
            return None
        sku = _get("sku")
        if type(sku) is not str:
            return None
        quantity = _get("quantity")
        if type(quantity) is not int:
            return None
        gross_paid_price = _get("grossPaidPrice")
        if not (
            (type(gross_paid_price) is float and gross_paid_price - gross_paid_price == 0)
            or type(gross_paid_price) is int
            or (type(gross_paid_price) is Decimal and gross_paid_price.is_finite())
        ):
            return None
        tax_amount = _get("taxAmount")
        if not (
            (type(tax_amount) is float and tax_amount - tax_amount == 0)
            or type(tax_amount) is int
            or (type(tax_amount) is Decimal and tax_amount.is_finite())
        ):
            return None
        tax_percent = _get("taxPercent")
        if not (
            (type(tax_percent) is float and tax_percent - tax_percent == 0)
            or type(tax_percent) is int
            or (type(tax_percent) is Decimal and tax_percent.is_finite())
        ):
            return None
        article_number = _get("articleNumber")
        if type(article_number) is not str:
            return None
        article_name = _get("articleName")
        if type(article_name) is not str:
            return None
        pack_quantity = _get("packQuantity")
        if pack_quantity is None:
            pack_quantity = UNSET
        elif not (
            (type(pack_quantity) is float and pack_quantity - pack_quantity == 0)
            or type(pack_quantity) is int
            or (type(pack_quantity) is Decimal and pack_quantity.is_finite())
        ):
            return None
        extra_data = _get("extraData")
        if extra_data is None:
            extra_data = UNSET
        else:
            extra_data = _m.plain_list(ReceiptExtraDataItem._from_wire, extra_data)
            if extra_data is None:
                return None
        article_group = _get("articleGroup")
        if article_group is None:
            article_group = UNSET
        elif type(article_group) is not str:
            return None
        margin_percent = _get("marginPercent")
        if margin_percent is None:
            margin_percent = UNSET
        elif not (
            (type(margin_percent) is float and margin_percent - margin_percent == 0)
            or type(margin_percent) is int
            or (type(margin_percent) is Decimal and margin_percent.is_finite())
        ):
            return None
        awards_bonus = _get("awardsBonus")
        if awards_bonus is None:
            awards_bonus = UNSET
        elif type(awards_bonus) is not bool:
            return None
        discounts = _get("discounts")
        if discounts is None:
            discounts = UNSET
        else:
            discounts = _m.plain_list(ReceiptItemDiscount._from_wire, discounts)
            if discounts is None:
                return None
        _model = cls.__new__(cls)
        _model.type_ = type_
        _model.sku = sku
        _model.quantity = quantity
        _model.gross_paid_price = gross_paid_price
        _model.tax_amount = tax_amount
        _model.tax_percent = tax_percent
        _model.article_number = article_number
        _model.article_name = article_name
        _model.pack_quantity = pack_quantity
        _model.extra_data = extra_data
        _model.article_group = article_group
        _model.margin_percent = margin_percent
        _model.awards_bonus = awards_bonus
        _model.discounts = discounts
        _model.additional_properties = {}
        return _model

    def to_dict(self) -> dict[str, Any]:
        result = _m.extra_to_wire(self.additional_properties)
        result["type"] = self.type_._value_
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
