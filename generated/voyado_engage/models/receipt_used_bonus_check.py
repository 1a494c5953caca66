# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _model as _m
from ..types import UNSET, Unset


@_attrs_define(init=False)
class ReceiptUsedBonusCheck(_m.Model):
    """ReceiptUsedBonusCheck"""

    check_number: str | Unset
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (("check_number", "checkNumber"),)
    _required: ClassVar[frozenset[str]] = frozenset({})

    def __init__(
        self,
        *,
        check_number: str | Unset | None = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        fields = _m.Fields()
        self.check_number = (
            check_number
            if type(check_number) is Unset or type(check_number) is str
            else fields.optional("checkNumber", _m.string, check_number)
        )
        self.additional_properties = fields.extra(additional_properties)
        fields.done(ReceiptUsedBonusCheck)

    _wire_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "checkNumber",
        }
    )

    @classmethod
    def _from_wire(cls, _data: Any) -> Self | None:
        """`_data` as this model when it is a dict with wire keys only and values that need no conversion (the common
        case, read in straight-line code); None otherwise: then the general path converts it, listing every problem."""
        if type(_data) is not dict or not _data.keys() <= cls._wire_keys:
            return None
        _get = _data.get
        check_number = _get("checkNumber")
        if check_number is None:
            check_number = UNSET
        elif type(check_number) is not str:
            return None
        _model = cls.__new__(cls)
        _model.check_number = check_number
        _model.additional_properties = {}
        return _model

    def to_dict(self) -> dict[str, Any]:
        result = _m.extra_to_wire(self.additional_properties)
        if not isinstance(self.check_number, Unset):
            result["checkNumber"] = self.check_number
        return result


class ReceiptUsedBonusCheckParam(TypedDict, total=False):
    """`ReceiptUsedBonusCheck` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    checkNumber: str | None
