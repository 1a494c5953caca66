# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
# ruff: noqa: E402
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _fields as _f
from .. import _model as _m
from ..types import UNSET, Unset


@_attrs_define(init=False, repr=False)  # the repr is `_m.Model`'s: the fields that are set
class PointTransactionToAccountResultModel(_m.Model):
    """Outcome of adding point transactions; lists the rows that were skipped and why."""

    not_accepted: list[PointTransactionToAccount] | Unset
    """ The rows that were rejected and skipped, as they were sent. """
    error_messages: list[str] | Unset
    """ Messages explaining why rows were rejected (inferred). """
    missing_definition_ids: list[int] | Unset
    """ Sent `definitionId` values that match no point definition (inferred). """
    missing_contact_ids: list[str] | Unset
    """ Sent `contactId` values that match no contact (inferred). """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[_f.Field, ...]] = (
        _f.Field("not_accepted", "notAccepted", _f.ListOf(_f.ModelOf("PointTransactionToAccount"))),
        _f.Field("error_messages", "errorMessages", _f.ListOf(_f.STRING)),
        _f.Field("missing_definition_ids", "missingDefinitionIds", _f.ListOf(_f.Integer())),
        _f.Field("missing_contact_ids", "missingContactIds", _f.ListOf(_f.STRING)),
    )

    if TYPE_CHECKING:  # the signature type checkers read; the constructor itself is compiled from `_fields`

        def __init__(
            self,
            *,
            not_accepted: Sequence[PointTransactionToAccount | PointTransactionToAccountParam] | Unset | None = UNSET,
            error_messages: Sequence[str] | Unset | None = UNSET,
            missing_definition_ids: Sequence[int] | Unset | None = UNSET,
            missing_contact_ids: Sequence[str] | Unset | None = UNSET,
            additional_properties: Mapping[str, Any] | None = None,
        ) -> None: ...


class PointTransactionToAccountResultModelParam(TypedDict, total=False):
    """`PointTransactionToAccountResultModel` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    notAccepted: Sequence[PointTransactionToAccount | PointTransactionToAccountParam] | None
    """ The rows that were rejected and skipped, as they were sent. """
    errorMessages: Sequence[str] | None
    """ Messages explaining why rows were rejected (inferred). """
    missingDefinitionIds: Sequence[int] | None
    """ Sent `definitionId` values that match no point definition (inferred). """
    missingContactIds: Sequence[str] | None
    """ Sent `contactId` values that match no contact (inferred). """


# Imported after the class, so that models may refer to each other.
from ..models.point_transaction_to_account import PointTransactionToAccount, PointTransactionToAccountParam
