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
class ListResultOfApiMessage(_m.Model):
    """The latest messages sent to a contact (100 unless asked otherwise, at most 500)."""

    count: int | Unset
    """ How many messages `items` holds. """
    items: list[ApiMessage] | Unset
    """ The messages. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[_f.Field, ...]] = (
        _f.Field("count", "count", _f.Integer()),
        _f.Field("items", "items", _f.ListOf(_f.ModelOf("ApiMessage"))),
    )

    if TYPE_CHECKING:  # the signature type checkers read; the constructor itself is compiled from `_fields`

        def __init__(
            self,
            *,
            count: int | Unset | None = UNSET,
            items: Sequence[ApiMessage | ApiMessageParam] | Unset | None = UNSET,
            additional_properties: Mapping[str, Any] | None = None,
        ) -> None: ...


class ListResultOfApiMessageParam(TypedDict, total=False):
    """`ListResultOfApiMessage` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    count: int | None
    """ How many messages `items` holds. """
    items: Sequence[ApiMessage | ApiMessageParam] | None
    """ The messages. """


# Imported after the class, so that models may refer to each other.
from ..models.api_message import ApiMessage, ApiMessageParam
