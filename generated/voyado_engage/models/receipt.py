# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
# ruff: noqa: E402
from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any, ClassVar, Required, Self, TypedDict

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
    ) -> None:
        fields = _m.Fields()
        self.contact = (
            contact
            if type(contact) is ReceiptContact
            else fields.required("contact", _m.model_of(ReceiptContact), contact)
        )
        self.unique_receipt_id = (
            unique_receipt_id
            if type(unique_receipt_id) is str
            else fields.required("uniqueReceiptId", _m.string, unique_receipt_id)
        )
        self.receipt_number = (
            receipt_number
            if type(receipt_number) is str
            else fields.required("receiptNumber", _m.string, receipt_number)
        )
        self.created_date = fields.required("createdDate", _m.date_time, created_date)
        self.store_external_id = (
            store_external_id
            if type(store_external_id) is str
            else fields.required("storeExternalId", _m.string, store_external_id)
        )
        self.currency = currency if type(currency) is str else fields.required("currency", _m.string, currency)
        self.total_gross_price = (
            total_gross_price
            if _m.plain_number(total_gross_price)
            else fields.required("totalGrossPrice", _m.number, total_gross_price)
        )
        self.payment_methods = fields.required(
            "paymentMethods", _m.list_of(_m.model_of(ReceiptPaymentMethod)), payment_methods
        )
        self.items = fields.required("items", _m.list_of(_m.model_of(ReceiptItem)), items)
        self.exchange_rate_to_group_currency = (
            exchange_rate_to_group_currency
            if type(exchange_rate_to_group_currency) is Unset
            else fields.optional(
                "exchangeRateToGroupCurrency", _m.bounded(_m.number, 0.0, None), exchange_rate_to_group_currency
            )
        )
        self.tax_details = (
            tax_details
            if type(tax_details) is Unset
            else fields.optional("taxDetails", _m.list_of(_m.model_of(ReceiptTaxDetail)), tax_details)
        )
        self.used_bonus_checks = (
            used_bonus_checks
            if type(used_bonus_checks) is Unset
            else fields.optional("usedBonusChecks", _m.list_of(_m.model_of(ReceiptUsedBonusCheck)), used_bonus_checks)
        )
        self.used_promotions = (
            used_promotions
            if type(used_promotions) is Unset
            else fields.optional("usedPromotions", _m.list_of(_m.model_of(ReceiptUsedPromotion)), used_promotions)
        )
        self.extra_data = (
            extra_data
            if type(extra_data) is Unset
            else fields.optional("extraData", _m.list_of(_m.model_of(ReceiptExtraDataItem)), extra_data)
        )
        self.additional_properties = fields.extra(additional_properties)
        fields.done(Receipt)

    _wire_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "contact",
            "uniqueReceiptId",
            "receiptNumber",
            "createdDate",
            "storeExternalId",
            "currency",
            "totalGrossPrice",
            "paymentMethods",
            "items",
            "exchangeRateToGroupCurrency",
            "taxDetails",
            "usedBonusChecks",
            "usedPromotions",
            "extraData",
        }
    )

    @classmethod
    def _from_wire(cls, _data: Any) -> Self | None:
        """`_data` as this model when it is a dict with wire keys only and values that need no conversion (the common
        case, read in straight-line code); None otherwise: then the general path converts it, listing every problem."""
        if type(_data) is not dict or not _data.keys() <= cls._wire_keys:
            return None
        _get = _data.get
        contact = _get("contact")
        contact = ReceiptContact._from_wire(contact)
        if contact is None:
            return None
        unique_receipt_id = _get("uniqueReceiptId")
        if type(unique_receipt_id) is not str:
            return None
        receipt_number = _get("receiptNumber")
        if type(receipt_number) is not str:
            return None
        created_date = _get("createdDate")
        created_date = _m.plain(_m.date_time, created_date)
        if created_date is None:
            return None
        store_external_id = _get("storeExternalId")
        if type(store_external_id) is not str:
            return None
        currency = _get("currency")
        if type(currency) is not str:
            return None
        total_gross_price = _get("totalGrossPrice")
        if not (
            (type(total_gross_price) is float and total_gross_price - total_gross_price == 0)
            or type(total_gross_price) is int
            or (type(total_gross_price) is Decimal and total_gross_price.is_finite())
        ):
            return None
        payment_methods = _get("paymentMethods")
        payment_methods = _m.plain_list(ReceiptPaymentMethod._from_wire, payment_methods)
        if payment_methods is None:
            return None
        items = _get("items")
        items = _m.plain_list(ReceiptItem._from_wire, items)
        if items is None:
            return None
        exchange_rate_to_group_currency = _get("exchangeRateToGroupCurrency")
        if exchange_rate_to_group_currency is None:
            exchange_rate_to_group_currency = UNSET
        else:
            exchange_rate_to_group_currency = _m.plain(
                _m.bounded(_m.number, 0.0, None), exchange_rate_to_group_currency
            )
            if exchange_rate_to_group_currency is None:
                return None
        tax_details = _get("taxDetails")
        if tax_details is None:
            tax_details = UNSET
        else:
            tax_details = _m.plain_list(ReceiptTaxDetail._from_wire, tax_details)
            if tax_details is None:
                return None
        used_bonus_checks = _get("usedBonusChecks")
        if used_bonus_checks is None:
            used_bonus_checks = UNSET
        else:
            used_bonus_checks = _m.plain_list(ReceiptUsedBonusCheck._from_wire, used_bonus_checks)
            if used_bonus_checks is None:
                return None
        used_promotions = _get("usedPromotions")
        if used_promotions is None:
            used_promotions = UNSET
        else:
            used_promotions = _m.plain_list(ReceiptUsedPromotion._from_wire, used_promotions)
            if used_promotions is None:
                return None
        extra_data = _get("extraData")
        if extra_data is None:
            extra_data = UNSET
        else:
            extra_data = _m.plain_list(ReceiptExtraDataItem._from_wire, extra_data)
            if extra_data is None:
                return None
        _model = cls.__new__(cls)
        _model.contact = contact
        _model.unique_receipt_id = unique_receipt_id
        _model.receipt_number = receipt_number
        _model.created_date = created_date
        _model.store_external_id = store_external_id
        _model.currency = currency
        _model.total_gross_price = total_gross_price
        _model.payment_methods = payment_methods
        _model.items = items
        _model.exchange_rate_to_group_currency = exchange_rate_to_group_currency
        _model.tax_details = tax_details
        _model.used_bonus_checks = used_bonus_checks
        _model.used_promotions = used_promotions
        _model.extra_data = extra_data
        _model.additional_properties = {}
        return _model

    def to_dict(self) -> dict[str, Any]:
        result = _m.extra_to_wire(self.additional_properties)
        result["contact"] = self.contact.to_dict()
        result["uniqueReceiptId"] = self.unique_receipt_id
        result["receiptNumber"] = self.receipt_number
        result["createdDate"] = _m.date_time_to_wire(self.created_date)
        result["storeExternalId"] = self.store_external_id
        result["currency"] = self.currency
        result["totalGrossPrice"] = self.total_gross_price
        result["paymentMethods"] = [item.to_dict() for item in self.payment_methods]
        result["items"] = [item.to_dict() for item in self.items]
        if not isinstance(self.exchange_rate_to_group_currency, Unset):
            result["exchangeRateToGroupCurrency"] = self.exchange_rate_to_group_currency
        if not isinstance(self.tax_details, Unset):
            result["taxDetails"] = [item.to_dict() for item in self.tax_details]
        if not isinstance(self.used_bonus_checks, Unset):
            result["usedBonusChecks"] = [item.to_dict() for item in self.used_bonus_checks]
        if not isinstance(self.used_promotions, Unset):
            result["usedPromotions"] = [item.to_dict() for item in self.used_promotions]
        if not isinstance(self.extra_data, Unset):
            result["extraData"] = [item.to_dict() for item in self.extra_data]
        return result


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
