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
class InteractionSchemaResponseSelf(_m.Model):
    """Where the new interaction schema can be read."""

    href: str | Unset
    """ URL of the new interaction schema (inferred). """
    created: str | Unset
    """ When the schema was created (ISO 8601) (inferred). """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[_f.Field, ...]] = (
        _f.Field("href", "href", _f.STRING),
        _f.Field("created", "created", _f.STRING),
    )

    if TYPE_CHECKING:  # the signature type checkers read; the constructor itself is compiled from `_fields`

        def __init__(
            self,
            *,
            href: str | Unset | None = UNSET,
            created: str | Unset | None = UNSET,
            additional_properties: Mapping[str, Any] | None = None,
        ) -> None: ...


class InteractionSchemaResponseSelfParam(TypedDict, total=False):
    """`InteractionSchemaResponseSelf` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    href: str | None
    """ URL of the new interaction schema (inferred). """
    created: str | None
    """ When the schema was created (ISO 8601) (inferred). """
