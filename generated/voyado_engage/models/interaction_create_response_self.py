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
class InteractionCreateResponseSelf(_m.Model):
    """Where the new interaction can be read, with the contact it was recorded for."""

    contact_id: str | Unset
    """ The contact the interaction was recorded for (a GUID). """
    href: str | Unset
    """ URL of the new interaction (inferred). """
    created: str | Unset
    """ When the interaction was created (ISO 8601) (inferred). """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[_f.Field, ...]] = (
        _f.Field("contact_id", "contactId", _f.STRING),
        _f.Field("href", "href", _f.STRING),
        _f.Field("created", "created", _f.STRING),
    )

    if TYPE_CHECKING:  # the signature type checkers read; the constructor itself is compiled from `_fields`

        def __init__(
            self,
            *,
            contact_id: str | Unset | None = UNSET,
            href: str | Unset | None = UNSET,
            created: str | Unset | None = UNSET,
            additional_properties: Mapping[str, Any] | None = None,
        ) -> None: ...


class InteractionCreateResponseSelfParam(TypedDict, total=False):
    """`InteractionCreateResponseSelf` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    contactId: str | None
    """ The contact the interaction was recorded for (a GUID). """
    href: str | None
    """ URL of the new interaction (inferred). """
    created: str | None
    """ When the interaction was created (ISO 8601) (inferred). """
