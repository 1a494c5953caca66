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
class ReceiptTaxDetail(_m.Model):
    """Tax for one tax rate on a receipt; all fields are optional and Voyado does not document them."""

    description: str | Unset
    """ Label for the tax rate, such as `VAT 25%` (inferred). """
    value: float | Decimal | Unset
    """ Tax amount at this rate (inferred). """
    percent: float | Decimal | Unset
    """ The tax rate in percent (`25`, not `0.25`) (inferred). """
    total_including_tax: float | Decimal | Unset
    """ Amount taxed at this rate, tax included (inferred). """
    total_excluding_tax: float | Decimal | Unset
    """ Amount taxed at this rate, tax excluded (inferred). """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[_f.Field, ...]] = (
        _f.Field("description", "description", _f.STRING),
        _f.Field("value", "value", _f.Number()),
        _f.Field("percent", "percent", _f.Number()),
        _f.Field("total_including_tax", "totalIncludingTax", _f.Number()),
        _f.Field("total_excluding_tax", "totalExcludingTax", _f.Number()),
    )

    if TYPE_CHECKING:  # the signature type checkers read; the constructor itself is compiled from `_fields`

        def __init__(
            self,
            *,
            description: str | Unset | None = UNSET,
            value: float | Decimal | Unset | None = UNSET,
            percent: float | Decimal | Unset | None = UNSET,
            total_including_tax: float | Decimal | Unset | None = UNSET,
            total_excluding_tax: float | Decimal | Unset | None = UNSET,
            additional_properties: Mapping[str, Any] | None = None,
        ) -> None: ...


class ReceiptTaxDetailParam(TypedDict, total=False):
    """`ReceiptTaxDetail` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    description: str | None
    """ Label for the tax rate, such as `VAT 25%` (inferred). """
    value: float | Decimal | None
    """ Tax amount at this rate (inferred). """
    percent: float | Decimal | None
    """ The tax rate in percent (`25`, not `0.25`) (inferred). """
    totalIncludingTax: float | Decimal | None
    """ Amount taxed at this rate, tax included (inferred). """
    totalExcludingTax: float | Decimal | None
    """ Amount taxed at this rate, tax excluded (inferred). """
