# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _fields as _f
from .. import _model as _m
from ..types import UNSET, Unset


@_attrs_define(init=False, repr=False)  # the repr is `_m.Model`'s: the fields that are set
class EnrichmentVariable(_m.Model):
    """One enrichment variable from Bisnode, with the value Voyado maps it to."""

    bci_variable_id: str | Unset
    """ The variable's identifier at Bisnode (BCI). """
    bci_value: str | Unset
    """ The value as Bisnode supplied it. """
    variable_name: str | Unset
    """ The variable's name in Voyado. """
    value: str | Unset
    """ The value as mapped in Voyado. """
    precision: str | Unset
    """ How precise Bisnode's value is, as Bisnode states it. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[_f.Field, ...]] = (
        _f.Field("bci_variable_id", "bciVariableId", _f.STRING),
        _f.Field("bci_value", "bciValue", _f.STRING),
        _f.Field("variable_name", "variableName", _f.STRING),
        _f.Field("value", "value", _f.STRING),
        _f.Field("precision", "precision", _f.STRING),
    )

    if TYPE_CHECKING:  # the signature type checkers read; the constructor itself is compiled from `_fields`

        def __init__(
            self,
            *,
            bci_variable_id: str | Unset | None = UNSET,
            bci_value: str | Unset | None = UNSET,
            variable_name: str | Unset | None = UNSET,
            value: str | Unset | None = UNSET,
            precision: str | Unset | None = UNSET,
            additional_properties: Mapping[str, Any] | None = None,
        ) -> None: ...


class EnrichmentVariableParam(TypedDict, total=False):
    """`EnrichmentVariable` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    bciVariableId: str | None
    """ The variable's identifier at Bisnode (BCI). """
    bciValue: str | None
    """ The value as Bisnode supplied it. """
    variableName: str | None
    """ The variable's name in Voyado. """
    value: str | None
    """ The value as mapped in Voyado. """
    precision: str | None
    """ How precise Bisnode's value is, as Bisnode states it. """
