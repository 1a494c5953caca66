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
class ContactPreferences(_m.Model):
    """What the contact accepts to receive. A contact needs `acceptsSms` true (and a mobile phone) to be sent text
    messages."""

    accepts_email: bool | Unset
    """ Accepts e-mail. """
    accepts_sms: bool | Unset
    """ Accepts text messages. """
    accepts_postal: bool | Unset
    """ Accepts postal mail. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[_f.Field, ...]] = (
        _f.Field("accepts_email", "acceptsEmail", _f.BOOLEAN),
        _f.Field("accepts_sms", "acceptsSms", _f.BOOLEAN),
        _f.Field("accepts_postal", "acceptsPostal", _f.BOOLEAN),
    )

    if TYPE_CHECKING:  # the signature type checkers read; the constructor itself is compiled from `_fields`

        def __init__(
            self,
            *,
            accepts_email: bool | Unset | None = UNSET,
            accepts_sms: bool | Unset | None = UNSET,
            accepts_postal: bool | Unset | None = UNSET,
            additional_properties: Mapping[str, Any] | None = None,
        ) -> None: ...


class ContactPreferencesParam(TypedDict, total=False):
    """`ContactPreferences` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    acceptsEmail: bool | None
    """ Accepts e-mail. """
    acceptsSms: bool | None
    """ Accepts text messages. """
    acceptsPostal: bool | None
    """ Accepts postal mail. """
