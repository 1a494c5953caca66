# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
# ruff: noqa: E402
from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, ClassVar, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _fields as _f
from .. import _model as _m
from ..types import UNSET, Unset


@_attrs_define(init=False, repr=False)  # the repr is `_m.Model`'s: the fields that are set
class ReceiptPaymentMethod(_m.Model):
    """One way the receipt was paid, with the amount paid that way."""

    type_: str
    """ Payment type, such as `card`, `cash`, `creditcard` or `swish`. A bonus check is paid with `bonuscheck`, its
    number given in `extraData` as `checkNumber`. """
    value: float | Decimal
    """ Amount paid with this method, tax included; negative on a return. """
    description: str | Unset
    """ Text describing the payment, such as `Debit Card`. """
    extra_data: list[ReceiptExtraDataItem] | Unset
    """ Extra data for this payment as name/value pairs, such as `checkNumber` for a bonus check. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[_f.Field, ...]] = (
        _f.Field("type_", "type", _f.STRING, required=True),
        _f.Field("value", "value", _f.Number(), required=True),
        _f.Field("description", "description", _f.STRING),
        _f.Field("extra_data", "extraData", _f.ListOf(_f.ModelOf("ReceiptExtraDataItem"))),
    )

    if TYPE_CHECKING:  # the signature type checkers read; the constructor itself is compiled from `_fields`

        def __init__(
            self,
            *,
            type_: str,
            value: float | Decimal,
            description: str | Unset | None = UNSET,
            extra_data: Sequence[ReceiptExtraDataItem | ReceiptExtraDataItemParam] | Unset | None = UNSET,
            additional_properties: Mapping[str, Any] | None = None,
        ) -> None: ...


class ReceiptPaymentMethodParam(TypedDict, total=False):
    """`ReceiptPaymentMethod` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    type: Required[str]
    """ Payment type, such as `card`, `cash`, `creditcard` or `swish`. A bonus check is paid with `bonuscheck`, its
    number given in `extraData` as `checkNumber`. """
    value: Required[float | Decimal]
    """ Amount paid with this method, tax included; negative on a return. """
    description: str | None
    """ Text describing the payment, such as `Debit Card`. """
    extraData: Sequence[ReceiptExtraDataItem | ReceiptExtraDataItemParam] | None
    """ Extra data for this payment as name/value pairs, such as `checkNumber` for a bonus check. """


# Imported after the class, so that models may refer to each other.
from ..models.receipt_extra_data_item import ReceiptExtraDataItem, ReceiptExtraDataItemParam
