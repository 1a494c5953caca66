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
class EnrichmentVariableGroup(_m.Model):
    """A group of enrichment variables that Bisnode (BCI) supplied for a contact."""

    bci_group_id: str | Unset
    """ The group's identifier at Bisnode (BCI). """
    group_name: str | Unset
    """ The group's name in Voyado. """
    variables: list[EnrichmentVariable] | Unset
    """ The variables in the group. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[_f.Field, ...]] = (
        _f.Field("bci_group_id", "bciGroupId", _f.STRING),
        _f.Field("group_name", "groupName", _f.STRING),
        _f.Field("variables", "variables", _f.ListOf(_f.ModelOf("EnrichmentVariable"))),
    )

    if TYPE_CHECKING:  # the signature type checkers read; the constructor itself is compiled from `_fields`

        def __init__(
            self,
            *,
            bci_group_id: str | Unset | None = UNSET,
            group_name: str | Unset | None = UNSET,
            variables: Sequence[EnrichmentVariable | EnrichmentVariableParam] | Unset | None = UNSET,
            additional_properties: Mapping[str, Any] | None = None,
        ) -> None: ...


class EnrichmentVariableGroupParam(TypedDict, total=False):
    """`EnrichmentVariableGroup` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    bciGroupId: str | None
    """ The group's identifier at Bisnode (BCI). """
    groupName: str | None
    """ The group's name in Voyado. """
    variables: Sequence[EnrichmentVariable | EnrichmentVariableParam] | None
    """ The variables in the group. """


# Imported after the class, so that models may refer to each other.
from ..models.enrichment_variable import EnrichmentVariable, EnrichmentVariableParam
