# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, ClassVar, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _fields as _f
from .. import _model as _m
from ..types import UNSET, Unset


@_attrs_define(init=False, repr=False)  # the repr is `_m.Model`'s: the fields that are set
class OrderFee(_m.Model):
    """A fee or round-off; `value` counts towards totalGrossPrice and `tax` towards totalTax."""

    value: float | Decimal
    """ Amount of the fee or round-off, tax included (inferred from how it adds up). """
    tax: float | Decimal | Unset
    """ The tax part of `value`. Optional; when sent it counts towards the order's `totalTax`. """
    tax_percent: float | Decimal | Unset
    """ Tax rate of the fee in percent (`25`, not `0.25`) (inferred). """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[_f.Field, ...]] = (
        _f.Field("value", "value", _f.Number(), required=True),
        _f.Field("tax", "tax", _f.Number()),
        _f.Field("tax_percent", "taxPercent", _f.Number()),
    )

    if TYPE_CHECKING:  # the signature type checkers read; the constructor itself is compiled from `_fields`

        def __init__(
            self,
            *,
            value: float | Decimal,
            tax: float | Decimal | Unset | None = UNSET,
            tax_percent: float | Decimal | Unset | None = UNSET,
            additional_properties: Mapping[str, Any] | None = None,
        ) -> None: ...


class OrderFeeParam(TypedDict, total=False):
    """`OrderFee` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    value: Required[float | Decimal]
    """ Amount of the fee or round-off, tax included (inferred from how it adds up). """
    tax: float | Decimal | None
    """ The tax part of `value`. Optional; when sent it counts towards the order's `totalTax`. """
    taxPercent: float | Decimal | None
    """ Tax rate of the fee in percent (`25`, not `0.25`) (inferred). """
