# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _model as _m
from ..types import UNSET, Unset


@_attrs_define(init=False)
class PurchaseHistorySummary(_m.Model):
    """PurchaseHistorySummary"""

    last_updated: str | Unset
    purchase_amount_all: float | Decimal | Unset
    number_of_article_purchases_all: float | Decimal | Unset
    average_receipt_all: float | Decimal | Unset
    latest_receipt_date: str | Unset
    purchase_frequency_all: float | Decimal | Unset
    purchase_amount_last_year: float | Decimal | Unset
    number_of_article_purchases_last_year: float | Decimal | Unset
    average_receipt_last_year: float | Decimal | Unset
    purchase_frequency_last_year: float | Decimal | Unset
    purchase_amount_last_two_years: float | Decimal | Unset
    number_of_article_purchases_last_two_years: float | Decimal | Unset
    average_receipt_last_two_years: float | Decimal | Unset
    purchase_frequency_last_two_years: float | Decimal | Unset
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("last_updated", "lastUpdated"),
        ("purchase_amount_all", "purchaseAmountAll"),
        ("number_of_article_purchases_all", "numberOfArticlePurchasesAll"),
        ("average_receipt_all", "averageReceiptAll"),
        ("latest_receipt_date", "latestReceiptDate"),
        ("purchase_frequency_all", "purchaseFrequencyAll"),
        ("purchase_amount_last_year", "purchaseAmountLastYear"),
        ("number_of_article_purchases_last_year", "numberOfArticlePurchasesLastYear"),
        ("average_receipt_last_year", "averageReceiptLastYear"),
        ("purchase_frequency_last_year", "purchaseFrequencyLastYear"),
        ("purchase_amount_last_two_years", "purchaseAmountLastTwoYears"),
        ("number_of_article_purchases_last_two_years", "numberOfArticlePurchasesLastTwoYears"),
        ("average_receipt_last_two_years", "averageReceiptLastTwoYears"),
        ("purchase_frequency_last_two_years", "purchaseFrequencyLastTwoYears"),
    )
    _required: ClassVar[frozenset[str]] = frozenset({})

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
    ) -> None:
        fields = _m.Fields()
        self.last_updated = (
            last_updated
            if type(last_updated) is Unset or type(last_updated) is str
            else fields.optional("lastUpdated", _m.string, last_updated)
        )
        self.purchase_amount_all = (
            purchase_amount_all
            if type(purchase_amount_all) is Unset or _m.plain_number(purchase_amount_all)
            else fields.optional("purchaseAmountAll", _m.number, purchase_amount_all)
        )
        self.number_of_article_purchases_all = (
            number_of_article_purchases_all
            if type(number_of_article_purchases_all) is Unset or _m.plain_number(number_of_article_purchases_all)
            else fields.optional("numberOfArticlePurchasesAll", _m.number, number_of_article_purchases_all)
        )
        self.average_receipt_all = (
            average_receipt_all
            if type(average_receipt_all) is Unset or _m.plain_number(average_receipt_all)
            else fields.optional("averageReceiptAll", _m.number, average_receipt_all)
        )
        self.latest_receipt_date = (
            latest_receipt_date
            if type(latest_receipt_date) is Unset or type(latest_receipt_date) is str
            else fields.optional("latestReceiptDate", _m.string, latest_receipt_date)
        )
        self.purchase_frequency_all = (
            purchase_frequency_all
            if type(purchase_frequency_all) is Unset or _m.plain_number(purchase_frequency_all)
            else fields.optional("purchaseFrequencyAll", _m.number, purchase_frequency_all)
        )
        self.purchase_amount_last_year = (
            purchase_amount_last_year
            if type(purchase_amount_last_year) is Unset or _m.plain_number(purchase_amount_last_year)
            else fields.optional("purchaseAmountLastYear", _m.number, purchase_amount_last_year)
        )
        self.number_of_article_purchases_last_year = (
            number_of_article_purchases_last_year
            if type(number_of_article_purchases_last_year) is Unset
            or _m.plain_number(number_of_article_purchases_last_year)
            else fields.optional("numberOfArticlePurchasesLastYear", _m.number, number_of_article_purchases_last_year)
        )
        self.average_receipt_last_year = (
            average_receipt_last_year
            if type(average_receipt_last_year) is Unset or _m.plain_number(average_receipt_last_year)
            else fields.optional("averageReceiptLastYear", _m.number, average_receipt_last_year)
        )
        self.purchase_frequency_last_year = (
            purchase_frequency_last_year
            if type(purchase_frequency_last_year) is Unset or _m.plain_number(purchase_frequency_last_year)
            else fields.optional("purchaseFrequencyLastYear", _m.number, purchase_frequency_last_year)
        )
        self.purchase_amount_last_two_years = (
            purchase_amount_last_two_years
            if type(purchase_amount_last_two_years) is Unset or _m.plain_number(purchase_amount_last_two_years)
            else fields.optional("purchaseAmountLastTwoYears", _m.number, purchase_amount_last_two_years)
        )
        self.number_of_article_purchases_last_two_years = (
            number_of_article_purchases_last_two_years
            if type(number_of_article_purchases_last_two_years) is Unset
            or _m.plain_number(number_of_article_purchases_last_two_years)
            else fields.optional(
                "numberOfArticlePurchasesLastTwoYears", _m.number, number_of_article_purchases_last_two_years
            )
        )
        self.average_receipt_last_two_years = (
            average_receipt_last_two_years
            if type(average_receipt_last_two_years) is Unset or _m.plain_number(average_receipt_last_two_years)
            else fields.optional("averageReceiptLastTwoYears", _m.number, average_receipt_last_two_years)
        )
        self.purchase_frequency_last_two_years = (
            purchase_frequency_last_two_years
            if type(purchase_frequency_last_two_years) is Unset or _m.plain_number(purchase_frequency_last_two_years)
            else fields.optional("purchaseFrequencyLastTwoYears", _m.number, purchase_frequency_last_two_years)
        )
        self.additional_properties = fields.extra(additional_properties)
        fields.done(PurchaseHistorySummary)

    _wire_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "lastUpdated",
            "purchaseAmountAll",
            "numberOfArticlePurchasesAll",
            "averageReceiptAll",
            "latestReceiptDate",
            "purchaseFrequencyAll",
            "purchaseAmountLastYear",
            "numberOfArticlePurchasesLastYear",
            "averageReceiptLastYear",
            "purchaseFrequencyLastYear",
            "purchaseAmountLastTwoYears",
            "numberOfArticlePurchasesLastTwoYears",
            "averageReceiptLastTwoYears",
            "purchaseFrequencyLastTwoYears",
        }
    )

    @classmethod
    def _from_wire(cls, _data: Any) -> Self | None:
        """`_data` as this model when it is a dict with wire keys only and values that need no conversion (the common
        case, read in straight-line code); None otherwise: then the general path converts it, listing every problem."""
        if type(_data) is not dict or not _data.keys() <= cls._wire_keys:
            return None
        _get = _data.get
        last_updated = _get("lastUpdated")
        if last_updated is None:
            last_updated = UNSET
        elif type(last_updated) is not str:
            return None
        purchase_amount_all = _get("purchaseAmountAll")
        if purchase_amount_all is None:
            purchase_amount_all = UNSET
        elif not (
            (type(purchase_amount_all) is float and purchase_amount_all - purchase_amount_all == 0)
            or type(purchase_amount_all) is int
            or (type(purchase_amount_all) is Decimal and purchase_amount_all.is_finite())
        ):
            return None
        number_of_article_purchases_all = _get("numberOfArticlePurchasesAll")
        if number_of_article_purchases_all is None:
            number_of_article_purchases_all = UNSET
        elif not (
            (
                type(number_of_article_purchases_all) is float
                and number_of_article_purchases_all - number_of_article_purchases_all == 0
            )
            or type(number_of_article_purchases_all) is int
            or (type(number_of_article_purchases_all) is Decimal and number_of_article_purchases_all.is_finite())
        ):
            return None
        average_receipt_all = _get("averageReceiptAll")
        if average_receipt_all is None:
            average_receipt_all = UNSET
        elif not (
            (type(average_receipt_all) is float and average_receipt_all - average_receipt_all == 0)
            or type(average_receipt_all) is int
            or (type(average_receipt_all) is Decimal and average_receipt_all.is_finite())
        ):
            return None
        latest_receipt_date = _get("latestReceiptDate")
        if latest_receipt_date is None:
            latest_receipt_date = UNSET
        elif type(latest_receipt_date) is not str:
            return None
        purchase_frequency_all = _get("purchaseFrequencyAll")
        if purchase_frequency_all is None:
            purchase_frequency_all = UNSET
        elif not (
            (type(purchase_frequency_all) is float and purchase_frequency_all - purchase_frequency_all == 0)
            or type(purchase_frequency_all) is int
            or (type(purchase_frequency_all) is Decimal and purchase_frequency_all.is_finite())
        ):
            return None
        purchase_amount_last_year = _get("purchaseAmountLastYear")
        if purchase_amount_last_year is None:
            purchase_amount_last_year = UNSET
        elif not (
            (type(purchase_amount_last_year) is float and purchase_amount_last_year - purchase_amount_last_year == 0)
            or type(purchase_amount_last_year) is int
            or (type(purchase_amount_last_year) is Decimal and purchase_amount_last_year.is_finite())
        ):
            return None
        number_of_article_purchases_last_year = _get("numberOfArticlePurchasesLastYear")
        if number_of_article_purchases_last_year is None:
            number_of_article_purchases_last_year = UNSET
        elif not (
            (
                type(number_of_article_purchases_last_year) is float
                and number_of_article_purchases_last_year - number_of_article_purchases_last_year == 0
            )
            or type(number_of_article_purchases_last_year) is int
            or (
                type(number_of_article_purchases_last_year) is Decimal
                and number_of_article_purchases_last_year.is_finite()
            )
        ):
            return None
        average_receipt_last_year = _get("averageReceiptLastYear")
        if average_receipt_last_year is None:
            average_receipt_last_year = UNSET
        elif not (
            (type(average_receipt_last_year) is float and average_receipt_last_year - average_receipt_last_year == 0)
            or type(average_receipt_last_year) is int
            or (type(average_receipt_last_year) is Decimal and average_receipt_last_year.is_finite())
        ):
            return None
        purchase_frequency_last_year = _get("purchaseFrequencyLastYear")
        if purchase_frequency_last_year is None:
            purchase_frequency_last_year = UNSET
        elif not (
            (
                type(purchase_frequency_last_year) is float
                and purchase_frequency_last_year - purchase_frequency_last_year == 0
            )
            or type(purchase_frequency_last_year) is int
            or (type(purchase_frequency_last_year) is Decimal and purchase_frequency_last_year.is_finite())
        ):
            return None
        purchase_amount_last_two_years = _get("purchaseAmountLastTwoYears")
        if purchase_amount_last_two_years is None:
            purchase_amount_last_two_years = UNSET
        elif not (
            (
                type(purchase_amount_last_two_years) is float
                and purchase_amount_last_two_years - purchase_amount_last_two_years == 0
            )
            or type(purchase_amount_last_two_years) is int
            or (type(purchase_amount_last_two_years) is Decimal and purchase_amount_last_two_years.is_finite())
        ):
            return None
        number_of_article_purchases_last_two_years = _get("numberOfArticlePurchasesLastTwoYears")
        if number_of_article_purchases_last_two_years is None:
            number_of_article_purchases_last_two_years = UNSET
        elif not (
            (
                type(number_of_article_purchases_last_two_years) is float
                and number_of_article_purchases_last_two_years - number_of_article_purchases_last_two_years == 0
            )
            or type(number_of_article_purchases_last_two_years) is int
            or (
                type(number_of_article_purchases_last_two_years) is Decimal
                and number_of_article_purchases_last_two_years.is_finite()
            )
        ):
            return None
        average_receipt_last_two_years = _get("averageReceiptLastTwoYears")
        if average_receipt_last_two_years is None:
            average_receipt_last_two_years = UNSET
        elif not (
            (
                type(average_receipt_last_two_years) is float
                and average_receipt_last_two_years - average_receipt_last_two_years == 0
            )
            or type(average_receipt_last_two_years) is int
            or (type(average_receipt_last_two_years) is Decimal and average_receipt_last_two_years.is_finite())
        ):
            return None
        purchase_frequency_last_two_years = _get("purchaseFrequencyLastTwoYears")
        if purchase_frequency_last_two_years is None:
            purchase_frequency_last_two_years = UNSET
        elif not (
            (
                type(purchase_frequency_last_two_years) is float
                and purchase_frequency_last_two_years - purchase_frequency_last_two_years == 0
            )
            or type(purchase_frequency_last_two_years) is int
            or (type(purchase_frequency_last_two_years) is Decimal and purchase_frequency_last_two_years.is_finite())
        ):
            return None
        _model = cls.__new__(cls)
        _model.last_updated = last_updated
        _model.purchase_amount_all = purchase_amount_all
        _model.number_of_article_purchases_all = number_of_article_purchases_all
        _model.average_receipt_all = average_receipt_all
        _model.latest_receipt_date = latest_receipt_date
        _model.purchase_frequency_all = purchase_frequency_all
        _model.purchase_amount_last_year = purchase_amount_last_year
        _model.number_of_article_purchases_last_year = number_of_article_purchases_last_year
        _model.average_receipt_last_year = average_receipt_last_year
        _model.purchase_frequency_last_year = purchase_frequency_last_year
        _model.purchase_amount_last_two_years = purchase_amount_last_two_years
        _model.number_of_article_purchases_last_two_years = number_of_article_purchases_last_two_years
        _model.average_receipt_last_two_years = average_receipt_last_two_years
        _model.purchase_frequency_last_two_years = purchase_frequency_last_two_years
        _model.additional_properties = {}
        return _model

    def to_dict(self) -> dict[str, Any]:
        result = _m.extra_to_wire(self.additional_properties)
        if not isinstance(self.last_updated, Unset):
            result["lastUpdated"] = self.last_updated
        if not isinstance(self.purchase_amount_all, Unset):
            result["purchaseAmountAll"] = self.purchase_amount_all
        if not isinstance(self.number_of_article_purchases_all, Unset):
            result["numberOfArticlePurchasesAll"] = self.number_of_article_purchases_all
        if not isinstance(self.average_receipt_all, Unset):
            result["averageReceiptAll"] = self.average_receipt_all
        if not isinstance(self.latest_receipt_date, Unset):
            result["latestReceiptDate"] = self.latest_receipt_date
        if not isinstance(self.purchase_frequency_all, Unset):
            result["purchaseFrequencyAll"] = self.purchase_frequency_all
        if not isinstance(self.purchase_amount_last_year, Unset):
            result["purchaseAmountLastYear"] = self.purchase_amount_last_year
        if not isinstance(self.number_of_article_purchases_last_year, Unset):
            result["numberOfArticlePurchasesLastYear"] = self.number_of_article_purchases_last_year
        if not isinstance(self.average_receipt_last_year, Unset):
            result["averageReceiptLastYear"] = self.average_receipt_last_year
        if not isinstance(self.purchase_frequency_last_year, Unset):
            result["purchaseFrequencyLastYear"] = self.purchase_frequency_last_year
        if not isinstance(self.purchase_amount_last_two_years, Unset):
            result["purchaseAmountLastTwoYears"] = self.purchase_amount_last_two_years
        if not isinstance(self.number_of_article_purchases_last_two_years, Unset):
            result["numberOfArticlePurchasesLastTwoYears"] = self.number_of_article_purchases_last_two_years
        if not isinstance(self.average_receipt_last_two_years, Unset):
            result["averageReceiptLastTwoYears"] = self.average_receipt_last_two_years
        if not isinstance(self.purchase_frequency_last_two_years, Unset):
            result["purchaseFrequencyLastTwoYears"] = self.purchase_frequency_last_two_years
        return result


class PurchaseHistorySummaryParam(TypedDict, total=False):
    """`PurchaseHistorySummary` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    lastUpdated: str | None
    purchaseAmountAll: float | Decimal | None
    numberOfArticlePurchasesAll: float | Decimal | None
    averageReceiptAll: float | Decimal | None
    latestReceiptDate: str | None
    purchaseFrequencyAll: float | Decimal | None
    purchaseAmountLastYear: float | Decimal | None
    numberOfArticlePurchasesLastYear: float | Decimal | None
    averageReceiptLastYear: float | Decimal | None
    purchaseFrequencyLastYear: float | Decimal | None
    purchaseAmountLastTwoYears: float | Decimal | None
    numberOfArticlePurchasesLastTwoYears: float | Decimal | None
    averageReceiptLastTwoYears: float | Decimal | None
    purchaseFrequencyLastTwoYears: float | Decimal | None
