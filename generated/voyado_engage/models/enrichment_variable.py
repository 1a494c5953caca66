# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _model as _m
from ..types import UNSET, Unset


@_attrs_define(init=False)
class EnrichmentVariable(_m.Model):
    """EnrichmentVariable"""

    bci_variable_id: str | Unset
    bci_value: str | Unset
    variable_name: str | Unset
    value: str | Unset
    precision: str | Unset
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("bci_variable_id", "bciVariableId"),
        ("bci_value", "bciValue"),
        ("variable_name", "variableName"),
        ("value", "value"),
        ("precision", "precision"),
    )
    _required: ClassVar[frozenset[str]] = frozenset({})

    def __init__(
        self,
        *,
        bci_variable_id: str | Unset | None = UNSET,
        bci_value: str | Unset | None = UNSET,
        variable_name: str | Unset | None = UNSET,
        value: str | Unset | None = UNSET,
        precision: str | Unset | None = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        fields = _m.Fields()
        self.bci_variable_id = (
            bci_variable_id
            if type(bci_variable_id) is Unset or type(bci_variable_id) is str
            else fields.optional("bciVariableId", _m.string, bci_variable_id)
        )
        self.bci_value = (
            bci_value
            if type(bci_value) is Unset or type(bci_value) is str
            else fields.optional("bciValue", _m.string, bci_value)
        )
        self.variable_name = (
            variable_name
            if type(variable_name) is Unset or type(variable_name) is str
            else fields.optional("variableName", _m.string, variable_name)
        )
        self.value = value if type(value) is Unset or type(value) is str else fields.optional("value", _m.string, value)
        self.precision = (
            precision
            if type(precision) is Unset or type(precision) is str
            else fields.optional("precision", _m.string, precision)
        )
        self.additional_properties = fields.extra(additional_properties)
        fields.done(EnrichmentVariable)

    _wire_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "bciVariableId",
            "bciValue",
            "variableName",
            "value",
            "precision",
        }
    )

    @classmethod
    def _from_wire(cls, _data: Any) -> Self | None:
        """`_data` as this model when it is a dict with wire keys only and values that need no conversion (the common
        case, read in straight-line code); None otherwise: then the general path converts it, listing every problem."""
        if type(_data) is not dict or not _data.keys() <= cls._wire_keys:
            return None
        _get = _data.get
        bci_variable_id = _get("bciVariableId")
        if bci_variable_id is None:
            bci_variable_id = UNSET
        elif type(bci_variable_id) is not str:
            return None
        bci_value = _get("bciValue")
        if bci_value is None:
            bci_value = UNSET
        elif type(bci_value) is not str:
            return None
        variable_name = _get("variableName")
        if variable_name is None:
            variable_name = UNSET
        elif type(variable_name) is not str:
            return None
        value = _get("value")
        if value is None:
            value = UNSET
        elif type(value) is not str:
            return None
        precision = _get("precision")
        if precision is None:
            precision = UNSET
        elif type(precision) is not str:
            return None
        _model = cls.__new__(cls)
        _model.bci_variable_id = bci_variable_id
        _model.bci_value = bci_value
        _model.variable_name = variable_name
        _model.value = value
        _model.precision = precision
        _model.additional_properties = {}
        return _model

    def to_dict(self) -> dict[str, Any]:
        result = _m.extra_to_wire(self.additional_properties)
        if not isinstance(self.bci_variable_id, Unset):
            result["bciVariableId"] = self.bci_variable_id
        if not isinstance(self.bci_value, Unset):
            result["bciValue"] = self.bci_value
        if not isinstance(self.variable_name, Unset):
            result["variableName"] = self.variable_name
        if not isinstance(self.value, Unset):
            result["value"] = self.value
        if not isinstance(self.precision, Unset):
            result["precision"] = self.precision
        return result


class EnrichmentVariableParam(TypedDict, total=False):
    """`EnrichmentVariable` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    bciVariableId: str | None
    bciValue: str | None
    variableName: str | None
    value: str | None
    precision: str | None
