# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
# ruff: noqa: E402
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _fields as _f
from .. import _model as _m
from ..types import UNSET, Unset


@_attrs_define(init=False, repr=False)  # the repr is `_m.Model`'s: the fields that are set
class InteractionCreateResponse(_m.Model):
    """The answer to creating an interaction."""

    id: str | Unset
    """ The new interaction's id. """
    self_: InteractionCreateResponseSelf | Unset
    """ Where the new interaction can be read, with the contact it was recorded for. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[_f.Field, ...]] = (
        _f.Field("id", "id", _f.STRING),
        _f.Field("self_", "self", _f.ModelOf("InteractionCreateResponseSelf")),
    )

    if TYPE_CHECKING:  # the signature type checkers read; the constructor itself is compiled from `_fields`

        def __init__(
            self,
            *,
            id: str | Unset | None = UNSET,
            self_: InteractionCreateResponseSelf | InteractionCreateResponseSelfParam | Unset | None = UNSET,
            additional_properties: Mapping[str, Any] | None = None,
        ) -> None: ...


class InteractionCreateResponseParam(TypedDict, total=False):
    """`InteractionCreateResponse` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    id: str | None
    """ The new interaction's id. """
    self: InteractionCreateResponseSelf | InteractionCreateResponseSelfParam | None
    """ Where the new interaction can be read, with the contact it was recorded for. """


# Imported after the class, so that models may refer to each other.
from ..models.interaction_create_response_self import InteractionCreateResponseSelf, InteractionCreateResponseSelfParam
