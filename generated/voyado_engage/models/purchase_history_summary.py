# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _fields as _f
from .. import _model as _m
from ..types import UNSET, Unset


@_attrs_define(init=False, repr=False)  # the repr is `_m.Model`'s: the fields that are set
class PurchaseHistorySummary(_m.Model):
    """Key figures of a contact's purchases over all time, the last 12 months and the last 24 months, as Engage
    last calculated them. Amounts are in the group currency."""

    last_updated: str | Unset
    """ When Engage last calculated these figures (ISO 8601). """
    purchase_amount_all: float | Decimal | Unset
    """ Total purchase amount over all time, in the group currency. """
    number_of_article_purchases_all: float | Decimal | Unset
    """ Number of articles bought over all time. """
    average_receipt_all: float | Decimal | Unset
    """ Average amount per receipt over all time, in the group currency. """
    latest_receipt_date: str | Unset
    """ Date of the contact's latest receipt (ISO 8601). """
    purchase_frequency_all: float | Decimal | Unset
    """ How often the contact buys, over all time; Voyado does not document the unit. """
    purchase_amount_last_year: float | Decimal | Unset
    """ Total purchase amount over the last 12 months, in the group currency. """
    number_of_article_purchases_last_year: float | Decimal | Unset
    """ Number of articles bought over the last 12 months. """
    average_receipt_last_year: float | Decimal | Unset
    """ Average amount per receipt over the last 12 months, in the group currency. """
    purchase_frequency_last_year: float | Decimal | Unset
    """ How often the contact buys, over the last 12 months; Voyado does not document the unit. """
    purchase_amount_last_two_years: float | Decimal | Unset
    """ Total purchase amount over the last 24 months, in the group currency. """
    number_of_article_purchases_last_two_years: float | Decimal | Unset
    """ Number of articles bought over the last 24 months. """
    average_receipt_last_two_years: float | Decimal | Unset
    """ Average amount per receipt over the last 24 months, in the group currency. """
    purchase_frequency_last_two_years: float | Decimal | Unset
    """ How often the contact buys, over the last 24 months; Voyado does not document the unit. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[_f.Field, ...]] = (
        _f.Field("last_updated", "lastUpdated", _f.STRING),
        _f.Field("purchase_amount_all", "purchaseAmountAll", _f.Number()),
        _f.Field("number_of_article_purchases_all", "numberOfArticlePurchasesAll", _f.Number()),
        _f.Field("average_receipt_all", "averageReceiptAll", _f.Number()),
        _f.Field("latest_receipt_date", "latestReceiptDate", _f.STRING),
        _f.Field("purchase_frequency_all", "purchaseFrequencyAll", _f.Number()),
        _f.Field("purchase_amount_last_year", "purchaseAmountLastYear", _f.Number()),
        _f.Field("number_of_article_purchases_last_year", "numberOfArticlePurchasesLastYear", _f.Number()),
        _f.Field("average_receipt_last_year", "averageReceiptLastYear", _f.Number()),
        _f.Field("purchase_frequency_last_year", "purchaseFrequencyLastYear", _f.Number()),
        _f.Field("purchase_amount_last_two_years", "purchaseAmountLastTwoYears", _f.Number()),
        _f.Field("number_of_article_purchases_last_two_years", "numberOfArticlePurchasesLastTwoYears", _f.Number()),
        _f.Field("average_receipt_last_two_years", "averageReceiptLastTwoYears", _f.Number()),
        _f.Field("purchase_frequency_last_two_years", "purchaseFrequencyLastTwoYears", _f.Number()),
    )

    if TYPE_CHECKING:  # the signature type checkers read; the constructor itself is compiled from `_fields`

        def __init__(
            self,
            *,
            last_updated: str | Unset | None = UNSET,
            purchase_amount_all: float | Decimal | Unset | None = UNSET,
            number_of_article_purchases_all: float | Decimal | Unset | None = UNSET,
            average_receipt_all: float | Decimal | Unset | None = UNSET,
            latest_receipt_date: str | Unset | None = UNSET,
            purchase_frequency_all: float | Decimal | Unset | None = UNSET,
            purchase_amount_last_year: float | Decimal | Unset | None = UNSET,
            number_of_article_purchases_last_year: float | Decimal | Unset | None = UNSET,
            average_receipt_last_year: float | Decimal | Unset | None = UNSET,
            purchase_frequency_last_year: float | Decimal | Unset | None = UNSET,
            purchase_amount_last_two_years: float | Decimal | Unset | None = UNSET,
            number_of_article_purchases_last_two_years: float | Decimal | Unset | None = UNSET,
            average_receipt_last_two_years: float | Decimal | Unset | None = UNSET,
            purchase_frequency_last_two_years: float | Decimal | Unset | None = UNSET,
            additional_properties: Mapping[str, Any] | None = None,
        ) -> None: ...


class PurchaseHistorySummaryParam(TypedDict, total=False):
    """`PurchaseHistorySummary` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    lastUpdated: str | None
    """ When Engage last calculated these figures (ISO 8601). """
    purchaseAmountAll: float | Decimal | None
    """ Total purchase amount over all time, in the group currency. """
    numberOfArticlePurchasesAll: float | Decimal | None
    """ Number of articles bought over all time. """
    averageReceiptAll: float | Decimal | None
    """ Average amount per receipt over all time, in the group currency. """
    latestReceiptDate: str | None
    """ Date of the contact's latest receipt (ISO 8601). """
    purchaseFrequencyAll: float | Decimal | None
    """ How often the contact buys, over all time; Voyado does not document the unit. """
    purchaseAmountLastYear: float | Decimal | None
    """ Total purchase amount over the last 12 months, in the group currency. """
    numberOfArticlePurchasesLastYear: float | Decimal | None
    """ Number of articles bought over the last 12 months. """
    averageReceiptLastYear: float | Decimal | None
    """ Average amount per receipt over the last 12 months, in the group currency. """
    purchaseFrequencyLastYear: float | Decimal | None
    """ How often the contact buys, over the last 12 months; Voyado does not document the unit. """
    purchaseAmountLastTwoYears: float | Decimal | None
    """ Total purchase amount over the last 24 months, in the group currency. """
    numberOfArticlePurchasesLastTwoYears: float | Decimal | None
    """ Number of articles bought over the last 24 months. """
    averageReceiptLastTwoYears: float | Decimal | None
    """ Average amount per receipt over the last 24 months, in the group currency. """
    purchaseFrequencyLastTwoYears: float | Decimal | None
    """ How often the contact buys, over the last 24 months; Voyado does not document the unit. """
