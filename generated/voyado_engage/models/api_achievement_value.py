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
class ApiAchievementValue(_m.Model):
    """An achievement a contact has been given."""

    name: str | Unset
    """ Display name of the achievement. """
    id: str | Unset
    """ The achievement's id, the same as the `id` of its definition (inferred). """
    date: str | Unset
    """ When the contact was given the achievement (ISO 8601 date and time, inferred). """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[_f.Field, ...]] = (
        _f.Field("name", "name", _f.STRING),
        _f.Field("id", "id", _f.STRING),
        _f.Field("date", "date", _f.STRING),
    )

    if TYPE_CHECKING:  # the signature type checkers read; the constructor itself is compiled from `_fields`

        def __init__(
            self,
            *,
            name: str | Unset | None = UNSET,
            id: str | Unset | None = UNSET,
            date: str | Unset | None = UNSET,
            additional_properties: Mapping[str, Any] | None = None,
        ) -> None: ...


class ApiAchievementValueParam(TypedDict, total=False):
    """`ApiAchievementValue` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    name: str | None
    """ Display name of the achievement. """
    id: str | None
    """ The achievement's id, the same as the `id` of its definition (inferred). """
    date: str | None
    """ When the contact was given the achievement (ISO 8601 date and time, inferred). """
