# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
# ruff: noqa: E402
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _model as _m
from ..types import UNSET, Unset


@_attrs_define(init=False)
class AvailableLoyaltyBarClaimModel(_m.Model):
    """AvailableLoyaltyBarClaimModel"""

    id: str | Unset
    description: str | Unset
    expire_date_time: str | Unset
    type_: str | Unset
    value: AvailableLoyaltyBarClaimModelValue | Unset
    name: str | Unset
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("description", "description"),
        ("expire_date_time", "expireDateTime"),
        ("type_", "type"),
        ("value", "value"),
        ("name", "name"),
    )
    _required: ClassVar[frozenset[str]] = frozenset({})

    def __init__(
        self,
        *,
        id: str | Unset | None = UNSET,
        description: str | Unset | None = UNSET,
        expire_date_time: str | Unset | None = UNSET,
        type_: str | Unset | None = UNSET,
        value: AvailableLoyaltyBarClaimModelValue | Mapping[str, Any] | Unset | None = UNSET,
        name: str | Unset | None = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        fields = _m.Fields()
        self.id = id if type(id) is Unset or type(id) is str else fields.optional("id", _m.string, id)
        self.description = (
            description
            if type(description) is Unset or type(description) is str
            else fields.optional("description", _m.string, description)
        )
        self.expire_date_time = (
            expire_date_time
            if type(expire_date_time) is Unset or type(expire_date_time) is str
            else fields.optional("expireDateTime", _m.string, expire_date_time)
        )
        self.type_ = type_ if type(type_) is Unset or type(type_) is str else fields.optional("type", _m.string, type_)
        self.value = (
            value
            if type(value) is Unset or type(value) is AvailableLoyaltyBarClaimModelValue
            else fields.optional("value", _m.model_of(AvailableLoyaltyBarClaimModelValue), value)
        )
        self.name = name if type(name) is Unset or type(name) is str else fields.optional("name", _m.string, name)
        self.additional_properties = fields.extra(additional_properties)
        fields.done(AvailableLoyaltyBarClaimModel)

    _wire_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "description",
            "expireDateTime",
            "type",
            "value",
            "name",
        }
    )

    @classmethod
    def _from_wire(cls, _data: Any) -> Self | None:
        """`_data` as this model when it is a dict with wire keys only and values that need no conversion (the common
        case, read in straight-line code); None otherwise: then the general path converts it, listing every problem."""
        if type(_data) is not dict or not _data.keys() <= cls._wire_keys:
            return None
        _get = _data.get
        id = _get("id")
        if id is None:
            id = UNSET
        elif type(id) is not str:
            return None
        description = _get("description")
        if description is None:
            description = UNSET
        elif type(description) is not str:
            return None
        expire_date_time = _get("expireDateTime")
        if expire_date_time is None:
            expire_date_time = UNSET
        elif type(expire_date_time) is not str:
            return None
        type_ = _get("type")
        if type_ is None:
            type_ = UNSET
        elif type(type_) is not str:
            return None
        value = _get("value")
        if value is None:
            value = UNSET
        else:
            value = AvailableLoyaltyBarClaimModelValue._from_wire(value)
            if value is None:
                return None
        name = _get("name")
        if name is None:
            name = UNSET
        elif type(name) is not str:
            return None
        _model = cls.__new__(cls)
        _model.id = id
        _model.description = description
        _model.expire_date_time = expire_date_time
        _model.type_ = type_
        _model.value = value
        _model.name = name
        _model.additional_properties = {}
        return _model

    def to_dict(self) -> dict[str, Any]:
        result = _m.extra_to_wire(self.additional_properties)
        if not isinstance(self.id, Unset):
            result["id"] = self.id
        if not isinstance(self.description, Unset):
            result["description"] = self.description
        if not isinstance(self.expire_date_time, Unset):
            result["expireDateTime"] = self.expire_date_time
        if not isinstance(self.type_, Unset):
            result["type"] = self.type_
        if not isinstance(self.value, Unset):
            result["value"] = self.value.to_dict()
        if not isinstance(self.name, Unset):
            result["name"] = self.name
        return result


class AvailableLoyaltyBarClaimModelParam(TypedDict, total=False):
    """`AvailableLoyaltyBarClaimModel` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    id: str | None
    description: str | None
    expireDateTime: str | None
    type: str | None
    value: AvailableLoyaltyBarClaimModelValue | Mapping[str, Any] | None
    name: str | None


# Imported after the class, so that models may refer to each other.
from ..models.available_loyalty_bar_claim_model_value import AvailableLoyaltyBarClaimModelValue
