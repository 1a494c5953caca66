# Generated from generator/templates/model.py.jinja by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

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
        self.bci_variable_id = fields.optional("bciVariableId", _m.string, bci_variable_id)
        self.bci_value = fields.optional("bciValue", _m.string, bci_value)
        self.variable_name = fields.optional("variableName", _m.string, variable_name)
        self.value = fields.optional("value", _m.string, value)
        self.precision = fields.optional("precision", _m.string, precision)
        self.additional_properties = fields.extra(additional_properties)
        fields.done(EnrichmentVariable)
