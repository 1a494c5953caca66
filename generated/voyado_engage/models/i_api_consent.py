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
class IApiConsent(_m.Model):
    """One consent answer of a contact, with when, where and why it was given."""

    comment: str | Unset
    """ Free-text comment stored with the answer. """
    date: str | Unset
    """ When the answer was given (ISO 8601 date-time). """
    id: str | Unset
    """ The id of the consent definition answered, as in `ApiConsentDefinition.id` (inferred). """
    source: str | Unset
    """ Where the answer was given, for example `ContactForm` (free text). """
    value: bool | Unset
    """ The answer, true when the contact agreed and false when not. Once set it can switch between true and false
    but never return to unanswered. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[_f.Field, ...]] = (
        _f.Field("comment", "comment", _f.STRING),
        _f.Field("date", "date", _f.STRING),
        _f.Field("id", "id", _f.STRING),
        _f.Field("source", "source", _f.STRING),
        _f.Field("value", "value", _f.BOOLEAN),
    )

    if TYPE_CHECKING:  # the signature type checkers read; the constructor itself is compiled from `_fields`

        def __init__(
            self,
            *,
            comment: str | Unset | None = UNSET,
            date: str | Unset | None = UNSET,
            id: str | Unset | None = UNSET,
            source: str | Unset | None = UNSET,
            value: bool | Unset | None = UNSET,
            additional_properties: Mapping[str, Any] | None = None,
        ) -> None: ...


class IApiConsentParam(TypedDict, total=False):
    """`IApiConsent` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    comment: str | None
    """ Free-text comment stored with the answer. """
    date: str | None
    """ When the answer was given (ISO 8601 date-time). """
    id: str | None
    """ The id of the consent definition answered, as in `ApiConsentDefinition.id` (inferred). """
    source: str | None
    """ Where the answer was given, for example `ContactForm` (free text). """
    value: bool | None
    """ The answer, true when the contact agreed and false when not. Once set it can switch between true and false
    but never return to unanswered. """
