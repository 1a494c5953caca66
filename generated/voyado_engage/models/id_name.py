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
class IdName(_m.Model):
    """An id with a name. `GET /api/v2/target-audiences` returns target audiences in this shape: groups of contacts
    that Engage recalculates on a schedule (nightly by default); a contact can belong to many."""

    id: str | Unset
    """ The item's unique id (a GUID for target audiences). """
    name: str | Unset
    """ The item's display name. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[_f.Field, ...]] = (
        _f.Field("id", "id", _f.STRING),
        _f.Field("name", "name", _f.STRING),
    )

    if TYPE_CHECKING:  # the signature type checkers read; the constructor itself is compiled from `_fields`

        def __init__(
            self,
            *,
            id: str | Unset | None = UNSET,
            name: str | Unset | None = UNSET,
            additional_properties: Mapping[str, Any] | None = None,
        ) -> None: ...


class IdNameParam(TypedDict, total=False):
    """`IdName` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    id: str | None
    """ The item's unique id (a GUID for target audiences). """
    name: str | None
    """ The item's display name. """
