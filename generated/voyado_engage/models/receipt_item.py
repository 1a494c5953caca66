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


@_attrs_define(init=False, repr=False)  # the repr is `_m.Model`'s: the fields that are set
class ReceiptItem(_m.Model):
    """One receipt line. A return is sent as a line of `type` `RETURN` with a negative `quantity`. Receipt-wide
    discounts are spread over the lines so each line shows what was actually paid for it."""

    type_: ReceiptItemType
    """ Kind of line: `PURCHASE` for an item bought, `RETURN` for an item returned, `ADJUSTMENT` for a correction
    (meaning of `ADJUSTMENT` inferred). """
    sku: str
    """ The article's SKU (stock keeping unit); Voyado uses it to enrich purchases with article data. """
    quantity: int
    """ Number of units on the line, in whole units; negative on a `RETURN` line. """
    gross_paid_price: float | Decimal
    """ Amount paid for the whole line (all units together), tax included, after discounts. Voyado's documents
    differ on its sign for `RETURN` lines; the return example sends a positive amount with a negative
    `quantity`. """
    tax_amount: float | Decimal
    """ Tax amount on the whole line (inferred). """
    tax_percent: float | Decimal
    """ Tax rate in percent (`25.00`, not `0.25`). """
    article_number: str
    """ The article number. """
    article_name: str
    """ The article's name. """
    pack_quantity: float | Decimal | Unset
    """ Number of units in one pack of the article (inferred). """
    extra_data: list[ReceiptExtraDataItem] | Unset
    """ Extra data for this line as name/value pairs, such as `size` `M` or a campaign name. """
    article_group: str | Unset
    """ The article group the article belongs to, such as `Jackets`. """
    margin_percent: float | Decimal | Unset
    """ The retailer's margin on the line in percent (inferred); Voyado's examples send it as a string. """
    awards_bonus: bool | Unset
    """ Whether the line earns bonus points for the contact (inferred). """
    discounts: list[ReceiptItemDiscount] | Unset
    """ The discounts applied to this line, one entry per discount. """
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
    """ Kind of line: `PURCHASE` for an item bought, `RETURN` for an item returned, `ADJUSTMENT` for a correction
    (meaning of `ADJUSTMENT` inferred). """
    sku: Required[str]
    """ The article's SKU (stock keeping unit); Voyado uses it to enrich purchases with article data. """
    quantity: Required[int]
    """ Number of units on the line, in whole units; negative on a `RETURN` line. """
    grossPaidPrice: Required[float | Decimal]
    """ Amount paid for the whole line (all units together), tax included, after discounts. Voyado's documents
    differ on its sign for `RETURN` lines; the return example sends a positive amount with a negative
    `quantity`. """
    taxAmount: Required[float | Decimal]
    """ Tax amount on the whole line (inferred). """
    taxPercent: Required[float | Decimal]
    """ Tax rate in percent (`25.00`, not `0.25`). """
    articleNumber: Required[str]
    """ The article number. """
    articleName: Required[str]
    """ The article's name. """
    packQuantity: float | Decimal | None
    """ Number of units in one pack of the article (inferred). """
    extraData: Sequence[ReceiptExtraDataItem | ReceiptExtraDataItemParam] | None
    """ Extra data for this line as name/value pairs, such as `size` `M` or a campaign name. """
    articleGroup: str | None
    """ The article group the article belongs to, such as `Jackets`. """
    marginPercent: float | Decimal | None
    """ The retailer's margin on the line in percent (inferred); Voyado's examples send it as a string. """
    awardsBonus: bool | None
    """ Whether the line earns bonus points for the contact (inferred). """
    discounts: Sequence[ReceiptItemDiscount | ReceiptItemDiscountParam] | None
    """ The discounts applied to this line, one entry per discount. """


# Imported after the class, so that models may refer to each other.
from ..models.receipt_extra_data_item import ReceiptExtraDataItem, ReceiptExtraDataItemParam
from ..models.receipt_item_discount import ReceiptItemDiscount, ReceiptItemDiscountParam
