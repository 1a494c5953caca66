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


@_attrs_define(init=False)
class Receipt(_m.Model):
    """A purchase or return to store. Deduplicated by uniqueReceiptId: a receipt sent again with the same id is
    ignored, so sending it again is safe."""

    contact: ReceiptContact
    unique_receipt_id: str
    receipt_number: str
    created_date: datetime.datetime
    """ Local time with its UTC offset, ISO 8601. """
    store_external_id: str
    currency: str
    total_gross_price: float | Decimal
    payment_methods: list[ReceiptPaymentMethod]
    items: list[ReceiptItem]
    exchange_rate_to_group_currency: float | Decimal | Unset
    tax_details: list[ReceiptTaxDetail] | Unset
    used_bonus_checks: list[ReceiptUsedBonusCheck] | Unset
    used_promotions: list[ReceiptUsedPromotion] | Unset
    extra_data: list[ReceiptExtraDataItem] | Unset
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[_f.Field, ...]] = (
        _f.Field("contact", "contact", _f.ModelOf("ReceiptContact"), required=True),
        _f.Field("unique_receipt_id", "uniqueReceiptId", _f.STRING, required=True),
        _f.Field("receipt_number", "receiptNumber", _f.STRING, required=True),
        _f.Field("created_date", "createdDate", _f.DATE_TIME, required=True),
        _f.Field("store_external_id", "storeExternalId", _f.STRING, required=True),
        _f.Field("currency", "currency", _f.STRING, required=True),
        _f.Field("total_gross_price", "totalGrossPrice", _f.Number(), required=True),
        _f.Field("payment_methods", "paymentMethods", _f.ListOf(_f.ModelOf("ReceiptPaymentMethod")), required=True),
        _f.Field("items", "items", _f.ListOf(_f.ModelOf("ReceiptItem")), required=True),
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
            receipt_number: str,
            created_date: datetime.datetime | str,
            store_external_id: str,
            currency: str,
            total_gross_price: float | Decimal,
            payment_methods: Sequence[ReceiptPaymentMethod | ReceiptPaymentMethodParam],
            items: Sequence[ReceiptItem | ReceiptItemParam],
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
    uniqueReceiptId: Required[str]
    receiptNumber: Required[str]
    createdDate: Required[datetime.datetime | str]
    """ Local time with its UTC offset, ISO 8601. """
    storeExternalId: Required[str]
    currency: Required[str]
    totalGrossPrice: Required[float | Decimal]
    paymentMethods: Required[Sequence[ReceiptPaymentMethod | ReceiptPaymentMethodParam]]
    items: Required[Sequence[ReceiptItem | ReceiptItemParam]]
    exchangeRateToGroupCurrency: float | Decimal | None
    taxDetails: Sequence[ReceiptTaxDetail | ReceiptTaxDetailParam] | None
    usedBonusChecks: Sequence[ReceiptUsedBonusCheck | ReceiptUsedBonusCheckParam] | None
    usedPromotions: Sequence[ReceiptUsedPromotion | ReceiptUsedPromotionParam] | None
    extraData: Sequence[ReceiptExtraDataItem | ReceiptExtraDataItemParam] | None


# Imported after the class, so that models may refer to each other.
from ..models.receipt_contact import ReceiptContact, ReceiptContactParam
from ..models.receipt_extra_data_item import ReceiptExtraDataItem, ReceiptExtraDataItemParam
from ..models.receipt_item import ReceiptItem, ReceiptItemParam
from ..models.receipt_payment_method import ReceiptPaymentMethod, ReceiptPaymentMethodParam
from ..models.receipt_tax_detail import ReceiptTaxDetail, ReceiptTaxDetailParam
from ..models.receipt_used_bonus_check import ReceiptUsedBonusCheck, ReceiptUsedBonusCheckParam
from ..models.receipt_used_promotion import ReceiptUsedPromotion, ReceiptUsedPromotionParam
