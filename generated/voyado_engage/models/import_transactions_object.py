# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
# ruff: noqa: E402
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _fields as _f
from .. import _model as _m
from ..types import UNSET, Unset


@_attrs_define(init=False, repr=False)  # the repr is `_m.Model`'s: the fields that are set
class ImportTransactionsObject(_m.Model):
    """Body of the older transactions import (`POST /api/v2/transactions`)."""

    receipts: ImportTransactionsObjectReceipts | Unset
    """ The receipts to import in the older transactions format, free-form here; see the operation for the fields
    each receipt and transaction needs. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[_f.Field, ...]] = (
        _f.Field("receipts", "receipts", _f.ModelOf("ImportTransactionsObjectReceipts")),
    )

    if TYPE_CHECKING:  # the signature type checkers read; the constructor itself is compiled from `_fields`

        def __init__(
            self,
            *,
            receipts: ImportTransactionsObjectReceipts | Mapping[str, Any] | Unset | None = UNSET,
            additional_properties: Mapping[str, Any] | None = None,
        ) -> None: ...


class ImportTransactionsObjectParam(TypedDict, total=False):
    """`ImportTransactionsObject` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    receipts: ImportTransactionsObjectReceipts | Mapping[str, Any] | None
    """ The receipts to import in the older transactions format, free-form here; see the operation for the fields
    each receipt and transaction needs. """


# Imported after the class, so that models may refer to each other.
from ..models.import_transactions_object_receipts import ImportTransactionsObjectReceipts
