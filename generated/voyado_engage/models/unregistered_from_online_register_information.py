# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _model as _m
from ..types import UNSET, Unset


@_attrs_define(init=False)
class UnregisteredFromOnlineRegisterInformation(_m.Model):
    """UnregisteredFromOnlineRegisterInformation"""

    reason: str | Unset
    date: str | Unset
    new_social_security_number: str | Unset
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("reason", "reason"),
        ("date", "date"),
        ("new_social_security_number", "newSocialSecurityNumber"),
    )
    _required: ClassVar[frozenset[str]] = frozenset({})

    def __init__(
        self,
        *,
        reason: str | Unset | None = UNSET,
        date: str | Unset | None = UNSET,
        new_social_security_number: str | Unset | None = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        fields = _m.Fields()
        self.reason = (
            reason if type(reason) is Unset or type(reason) is str else fields.optional("reason", _m.string, reason)
        )
        self.date = date if type(date) is Unset or type(date) is str else fields.optional("date", _m.string, date)
        self.new_social_security_number = (
            new_social_security_number
            if type(new_social_security_number) is Unset or type(new_social_security_number) is str
            else fields.optional("newSocialSecurityNumber", _m.string, new_social_security_number)
        )
        self.additional_properties = fields.extra(additional_properties)
        fields.done(UnregisteredFromOnlineRegisterInformation)

    _wire_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "reason",
            "date",
            "newSocialSecurityNumber",
        }
    )

    @classmethod
    def _from_wire(cls, _data: Any) -> Self | None:
        """`_data` as this model when it is a dict with wire keys only and values that need no conversion (the common
        case, read in straight-line code); None otherwise: then the general path converts it, listing every problem."""
        if type(_data) is not dict or not _data.keys() <= cls._wire_keys:
            return None
        _get = _data.get
        reason = _get("reason")
        if reason is None:
            reason = UNSET
        elif type(reason) is not str:
            return None
        date = _get("date")
        if date is None:
            date = UNSET
        elif type(date) is not str:
            return None
        new_social_security_number = _get("newSocialSecurityNumber")
        if new_social_security_number is None:
            new_social_security_number = UNSET
        elif type(new_social_security_number) is not str:
            return None
        _model = cls.__new__(cls)
        _model.reason = reason
        _model.date = date
        _model.new_social_security_number = new_social_security_number
        _model.additional_properties = {}
        return _model

    def to_dict(self) -> dict[str, Any]:
        result = _m.extra_to_wire(self.additional_properties)
        if not isinstance(self.reason, Unset):
            result["reason"] = self.reason
        if not isinstance(self.date, Unset):
            result["date"] = self.date
        if not isinstance(self.new_social_security_number, Unset):
            result["newSocialSecurityNumber"] = self.new_social_security_number
        return result


class UnregisteredFromOnlineRegisterInformationParam(TypedDict, total=False):
    """`UnregisteredFromOnlineRegisterInformation` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    reason: str | None
    date: str | None
    newSocialSecurityNumber: str | None
