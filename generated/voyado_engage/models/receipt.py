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
class Receipt(_m.Model):
    """A purchase or return to store. Deduplicated by uniqueReceiptId: a receipt sent again with the same id is
    ignored, so sending it again is safe."""

    contact: ReceiptContact
    """ The contact the receipt is stored for, found by one of the contact's keys. """
    unique_receipt_id: str
    """ Unique id of the receipt. A receipt whose id Voyado already has is treated as a duplicate and ignored, so
    sending it again is safe. """
    created_date: datetime.datetime
    """ Local time with its UTC offset, ISO 8601. """
    store_external_id: str
    """ External id of the store where the purchase or return took place, often a numerical code. """
    currency: str
    """ ISO 4217 code of the currency the customer paid in (the local currency), such as `SEK`; every amount on the
    receipt is in it. """
    total_gross_price: float | Decimal
    """ Total paid by the customer, tax included. Negative for a return. """
    payment_methods: list[ReceiptPaymentMethod]
    """ Every payment method used, one entry per method; in Voyado's examples their values add up to
    `totalGrossPrice`. """
    items: list[ReceiptItem]
    """ The receipt's lines, one entry per line item. """
    receipt_number: str | Unset
    """ The receipt number printed on the receipt; it need not be unique. Optional: Voyado's receipt field
    definitions do not mark it mandatory (the published SDK required it). """
    exchange_rate_to_group_currency: float | Decimal | Unset
    """ Multiplier that converts the receipt's amounts from `currency` to the group currency for segmentation and
    reporting. Optional but recommended; without it Voyado falls back to an exchange rate it has stored. """
    tax_details: list[ReceiptTaxDetail] | Unset
    """ The receipt's tax broken down by tax rate, one entry per rate (inferred). """
    used_bonus_checks: list[ReceiptUsedBonusCheck] | Unset
    """ The bonus checks (reward vouchers) redeemed on this receipt, one entry per check. """
    used_promotions: list[ReceiptUsedPromotion] | Unset
    """ The promotions used on this receipt, one entry per promotion. """
    extra_data: list[ReceiptExtraDataItem] | Unset
    """ Extra data for the whole receipt, as name/value pairs. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[_f.Field, ...]] = (
        _f.Field("contact", "contact", _f.ModelOf("ReceiptContact"), required=True),
        _f.Field("unique_receipt_id", "uniqueReceiptId", _f.STRING, required=True),
        _f.Field("created_date", "createdDate", _f.DATE_TIME, required=True),
        _f.Field("store_external_id", "storeExternalId", _f.STRING, required=True),
        _f.Field("currency", "currency", _f.STRING, required=True),
        _f.Field("total_gross_price", "totalGrossPrice", _f.Number(), required=True),
        _f.Field("payment_methods", "paymentMethods", _f.ListOf(_f.ModelOf("ReceiptPaymentMethod")), required=True),
        _f.Field("items", "items", _f.ListOf(_f.ModelOf("ReceiptItem")), required=True),
        _f.Field("receipt_number", "receiptNumber", _f.STRING),
        _f.Field("exchange_rate_to_group_currency", "exchangeRateToGroupCurrency", _f.Number(0.0, None)),
        _f.Field("tax_details", "taxDetails", _f.ListOf(_f.ModelOf("ReceiptTaxDetail"))),
        _f.Field("used_bonus_checks", "usedBonusChecks", _f.ListOf(_f.ModelOf("ReceiptUsedBonusCheck"))),
        _f.Field("used_promotions", "usedPromotions", _f.ListOf(_f.ModelOf("ReceiptUsedPromotion"))),
        _f.Field("extra_data", "extraData", _f.ListOf(_f.ModelOf("ReceiptExtraDataItem"))),
    )

    if TYPE_CHECKING:  # the signature type checkers read; the constructor itself is compiled from `_fields`

        def __init__(
            self,
            *,
            contact: ReceiptContact | ReceiptContactParam,
            unique_receipt_id: str,
            created_date: datetime.datetime | str,
            store_external_id: str,
            currency: str,
            total_gross_price: float | Decimal,
            payment_methods: Sequence[ReceiptPaymentMethod | ReceiptPaymentMethodParam],
            items: Sequence[ReceiptItem | ReceiptItemParam],
            receipt_number: str | Unset | None = UNSET,
            exchange_rate_to_group_currency: float | Decimal | Unset | None = UNSET,
            tax_details: Sequence[ReceiptTaxDetail | ReceiptTaxDetailParam] | Unset | None = UNSET,
            used_bonus_checks: Sequence[ReceiptUsedBonusCheck | ReceiptUsedBonusCheckParam] | Unset | None = UNSET,
            used_promotions: Sequence[ReceiptUsedPromotion | ReceiptUsedPromotionParam] | Unset | None = UNSET,
            extra_data: Sequence[ReceiptExtraDataItem | ReceiptExtraDataItemParam] | Unset | None = UNSET,
            additional_properties: Mapping[str, Any] | None = None,
        ) -> None: ...


class ReceiptParam(TypedDict, total=False):
    """`Receipt` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    contact: Required[ReceiptContact | ReceiptContactParam]
    """ The contact the receipt is stored for, found by one of the contact's keys. """
    uniqueReceiptId: Required[str]
    """ Unique id of the receipt. A receipt whose id Voyado already has is treated as a duplicate and ignored, so
    sending it again is safe. """
    createdDate: Required[datetime.datetime | str]
    """ Local time with its UTC offset, ISO 8601. """
    storeExternalId: Required[str]
    """ External id of the store where the purchase or return took place, often a numerical code. """
    currency: Required[str]
    """ ISO 4217 code of the currency the customer paid in (the local currency), such as `SEK`; every amount on the
    receipt is in it. """
    totalGrossPrice: Required[float | Decimal]
    """ Total paid by the customer, tax included. Negative for a return. """
    paymentMethods: Required[Sequence[ReceiptPaymentMethod | ReceiptPaymentMethodParam]]
    """ Every payment method used, one entry per method; in Voyado's examples their values add up to
    `totalGrossPrice`. """
    items: Required[Sequence[ReceiptItem | ReceiptItemParam]]
    """ The receipt's lines, one entry per line item. """
    receiptNumber: str | None
    """ The receipt number printed on the receipt; it need not be unique. Optional: Voyado's receipt field
    definitions do not mark it mandatory (the published SDK required it). """
    exchangeRateToGroupCurrency: float | Decimal | None
    """ Multiplier that converts the receipt's amounts from `currency` to the group currency for segmentation and
    reporting. Optional but recommended; without it Voyado falls back to an exchange rate it has stored. """
    taxDetails: Sequence[ReceiptTaxDetail | ReceiptTaxDetailParam] | None
    """ The receipt's tax broken down by tax rate, one entry per rate (inferred). """
    usedBonusChecks: Sequence[ReceiptUsedBonusCheck | ReceiptUsedBonusCheckParam] | None
    """ The bonus checks (reward vouchers) redeemed on this receipt, one entry per check. """
    usedPromotions: Sequence[ReceiptUsedPromotion | ReceiptUsedPromotionParam] | None
    """ The promotions used on this receipt, one entry per promotion. """
    extraData: Sequence[ReceiptExtraDataItem | ReceiptExtraDataItemParam] | None
    """ Extra data for the whole receipt, as name/value pairs. """


# Imported after the class, so that models may refer to each other.
from ..models.receipt_contact import ReceiptContact, ReceiptContactParam
from ..models.receipt_extra_data_item import ReceiptExtraDataItem, ReceiptExtraDataItemParam
from ..models.receipt_item import ReceiptItem, ReceiptItemParam
from ..models.receipt_payment_method import ReceiptPaymentMethod, ReceiptPaymentMethodParam
from ..models.receipt_tax_detail import ReceiptTaxDetail, ReceiptTaxDetailParam
from ..models.receipt_used_bonus_check import ReceiptUsedBonusCheck, ReceiptUsedBonusCheckParam
from ..models.receipt_used_promotion import ReceiptUsedPromotion, ReceiptUsedPromotionParam
