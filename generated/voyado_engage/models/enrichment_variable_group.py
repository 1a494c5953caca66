# Generated from generator/templates/model.py.jinja by `make generate`; do not edit.
# ruff: noqa: E402
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _model as _m
from ..types import UNSET, Unset


@_attrs_define(init=False)
class EnrichmentVariableGroup(_m.Model):
    """EnrichmentVariableGroup"""

    bci_group_id: str | Unset
    group_name: str | Unset
    variables: list[EnrichmentVariable] | Unset
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("bci_group_id", "bciGroupId"),
        ("group_name", "groupName"),
        ("variables", "variables"),
    )
    _required: ClassVar[frozenset[str]] = frozenset({})

    def __init__(
        self,
        *,
        bci_group_id: str | Unset | None = UNSET,
        group_name: str | Unset | None = UNSET,
        variables: Sequence[EnrichmentVariable | Mapping[str, Any]] | Unset | None = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        fields = _m.Fields()
        self.bci_group_id = fields.optional("bciGroupId", _m.string, bci_group_id)
        self.group_name = fields.optional("groupName", _m.string, group_name)
        self.variables = fields.optional("variables", _m.list_of(_m.model_of(EnrichmentVariable)), variables)
        self.additional_properties = fields.extra(additional_properties)
        fields.done(EnrichmentVariableGroup)


# Imported after the class, so that models may refer to each other.
from ..models.enrichment_variable import EnrichmentVariable
