# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
# ruff: noqa: E402
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Self, TypedDict

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
        variables: Sequence[EnrichmentVariable | EnrichmentVariableParam] | Unset | None = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        fields = _m.Fields()
        self.bci_group_id = (
            bci_group_id
            if type(bci_group_id) is Unset or type(bci_group_id) is str
            else fields.optional("bciGroupId", _m.string, bci_group_id)
        )
        self.group_name = (
            group_name
            if type(group_name) is Unset or type(group_name) is str
            else fields.optional("groupName", _m.string, group_name)
        )
        self.variables = (
            variables
            if type(variables) is Unset
            else fields.optional("variables", _m.list_of(_m.model_of(EnrichmentVariable)), variables)
        )
        self.additional_properties = fields.extra(additional_properties)
        fields.done(EnrichmentVariableGroup)

    _wire_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "bciGroupId",
            "groupName",
            "variables",
        }
    )

    @classmethod
    def _from_wire(cls, _data: Any) -> Self | None:
        """`_data` as this model when it is a dict with wire keys only and values that need no conversion (the common
        case, read in straight-line code); None otherwise: then the general path converts it, listing every problem."""
        if type(_data) is not dict or not _data.keys() <= cls._wire_keys:
            return None
        _get = _data.get
        bci_group_id = _get("bciGroupId")
        if bci_group_id is None:
            bci_group_id = UNSET
        elif type(bci_group_id) is not str:
            return None
        group_name = _get("groupName")
        if group_name is None:
            group_name = UNSET
        elif type(group_name) is not str:
            return None
        variables = _get("variables")
        if variables is None:
            variables = UNSET
        else:
            variables = _m.plain_list(EnrichmentVariable._from_wire, variables)
            if variables is None:
                return None
        _model = cls.__new__(cls)
        _model.bci_group_id = bci_group_id
        _model.group_name = group_name
        _model.variables = variables
        _model.additional_properties = {}
        return _model

    def to_dict(self) -> dict[str, Any]:
        result = _m.extra_to_wire(self.additional_properties)
        if not isinstance(self.bci_group_id, Unset):
            result["bciGroupId"] = self.bci_group_id
        if not isinstance(self.group_name, Unset):
            result["groupName"] = self.group_name
        if not isinstance(self.variables, Unset):
            result["variables"] = [item.to_dict() for item in self.variables]
        return result


class EnrichmentVariableGroupParam(TypedDict, total=False):
    """`EnrichmentVariableGroup` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    bciGroupId: str | None
    groupName: str | None
    variables: Sequence[EnrichmentVariable | EnrichmentVariableParam] | None


# Imported after the class, so that models may refer to each other.
from ..models.enrichment_variable import EnrichmentVariable, EnrichmentVariableParam
