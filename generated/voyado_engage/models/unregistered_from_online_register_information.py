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
class UnregisteredFromOnlineRegisterInformation(_m.Model):
    """Present when the person has been taken off the population register the lookup reads, with why and when
    (inferred)."""

    reason: str | Unset
    """ Why the person was taken off the register (inferred). """
    date: str | Unset
    """ When the person was taken off the register (inferred). """
    new_social_security_number: str | Unset
    """ The person's new social security number, when the removal is due to a change of number (inferred). """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[_f.Field, ...]] = (
        _f.Field("reason", "reason", _f.STRING),
        _f.Field("date", "date", _f.STRING),
        _f.Field("new_social_security_number", "newSocialSecurityNumber", _f.STRING),
    )

    if TYPE_CHECKING:  # the signature type checkers read; the constructor itself is compiled from `_fields`

        def __init__(
            self,
            *,
            reason: str | Unset | None = UNSET,
            date: str | Unset | None = UNSET,
            new_social_security_number: str | Unset | None = UNSET,
            additional_properties: Mapping[str, Any] | None = None,
        ) -> None: ...


class UnregisteredFromOnlineRegisterInformationParam(TypedDict, total=False):
    """`UnregisteredFromOnlineRegisterInformation` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    reason: str | None
    """ Why the person was taken off the register (inferred). """
    date: str | None
    """ When the person was taken off the register (inferred). """
    newSocialSecurityNumber: str | None
    """ The person's new social security number, when the removal is due to a change of number (inferred). """
