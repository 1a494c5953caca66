# Generated from generator/templates/model.py.jinja by `make generate`; do not edit.
# ruff: noqa: E402
from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("contact", "contact"),
        ("unique_receipt_id", "uniqueReceiptId"),
        ("receipt_number", "receiptNumber"),
        ("created_date", "createdDate"),
        ("store_external_id", "storeExternalId"),
        ("currency", "currency"),
        ("total_gross_price", "totalGrossPrice"),
        ("payment_methods", "paymentMethods"),
        ("items", "items"),
        ("exchange_rate_to_group_currency", "exchangeRateToGroupCurrency"),
        ("tax_details", "taxDetails"),
        ("used_bonus_checks", "usedBonusChecks"),
        ("used_promotions", "usedPromotions"),
        ("extra_data", "extraData"),
    )
    _required: ClassVar[frozenset[str]] = frozenset(
        {
            "contact",
            "unique_receipt_id",
            "receipt_number",
            "created_date",
            "store_external_id",
            "currency",
            "total_gross_price",
            "payment_methods",
            "items",
        }
    )

    def __init__(
        self,
        *,
        contact: ReceiptContact | Mapping[str, Any],
        unique_receipt_id: str,
        receipt_number: str,
        created_date: datetime.datetime | str,
        store_external_id: str,
        currency: str,
        total_gross_price: float | Decimal,
        payment_methods: Sequence[ReceiptPaymentMethod | Mapping[str, Any]],
        items: Sequence[ReceiptItem | Mapping[str, Any]],
        exchange_rate_to_group_currency: float | Decimal | Unset | None = UNSET,
        tax_details: Sequence[ReceiptTaxDetail | Mapping[str, Any]] | Unset | None = UNSET,
        used_bonus_checks: Sequence[ReceiptUsedBonusCheck | Mapping[str, Any]] | Unset | None = UNSET,
        used_promotions: Sequence[ReceiptUsedPromotion | Mapping[str, Any]] | Unset | None = UNSET,
        extra_data: Sequence[ReceiptExtraDataItem | Mapping[str, Any]] | Unset | None = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        fields = _m.Fields()
        self.contact = fields.required("contact", _m.model_of(ReceiptContact), contact)
        self.unique_receipt_id = fields.required("uniqueReceiptId", _m.string, unique_receipt_id)
        self.receipt_number = fields.required("receiptNumber", _m.string, receipt_number)
        self.created_date = fields.required("createdDate", _m.date_time, created_date)
        self.store_external_id = fields.required("storeExternalId", _m.string, store_external_id)
        self.currency = fields.required("currency", _m.string, currency)
        self.total_gross_price = fields.required("totalGrossPrice", _m.number, total_gross_price)
        self.payment_methods = fields.required(
            "paymentMethods", _m.list_of(_m.model_of(ReceiptPaymentMethod)), payment_methods
        )
        self.items = fields.required("items", _m.list_of(_m.model_of(ReceiptItem)), items)
        self.exchange_rate_to_group_currency = fields.optional(
            "exchangeRateToGroupCurrency", _m.bounded(_m.number, 0.0, None), exchange_rate_to_group_currency
        )
        self.tax_details = fields.optional("taxDetails", _m.list_of(_m.model_of(ReceiptTaxDetail)), tax_details)
        self.used_bonus_checks = fields.optional(
            "usedBonusChecks", _m.list_of(_m.model_of(ReceiptUsedBonusCheck)), used_bonus_checks
        )
        self.used_promotions = fields.optional(
            "usedPromotions", _m.list_of(_m.model_of(ReceiptUsedPromotion)), used_promotions
        )
        self.extra_data = fields.optional("extraData", _m.list_of(_m.model_of(ReceiptExtraDataItem)), extra_data)
        self.additional_properties = fields.extra(additional_properties)
        fields.done(Receipt)


# Imported after the class, so that models may refer to each other.
from ..models.receipt_contact import ReceiptContact
from ..models.receipt_extra_data_item import ReceiptExtraDataItem
from ..models.receipt_item import ReceiptItem
from ..models.receipt_payment_method import ReceiptPaymentMethod
from ..models.receipt_tax_detail import ReceiptTaxDetail
from ..models.receipt_used_bonus_check import ReceiptUsedBonusCheck
from ..models.receipt_used_promotion import ReceiptUsedPromotion
