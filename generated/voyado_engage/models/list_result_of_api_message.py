# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
# ruff: noqa: E402
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _model as _m
from ..types import UNSET, Unset


@_attrs_define(init=False)
class ListResultOfApiMessage(_m.Model):
    """ListResultOfApiMessage"""

    count: int | Unset
    items: list[ApiMessage] | Unset
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("count", "count"),
        ("items", "items"),
    )
    _required: ClassVar[frozenset[str]] = frozenset({})

    def __init__(
        self,
        *,
        count: int | Unset | None = UNSET,
        items: Sequence[ApiMessage | ApiMessageParam] | Unset | None = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        fields = _m.Fields()
        self.count = (
            count if type(count) is Unset or type(count) is int else fields.optional("count", _m.integer, count)
        )
        self.items = (
            items if type(items) is Unset else fields.optional("items", _m.list_of(_m.model_of(ApiMessage)), items)
        )
        self.additional_properties = fields.extra(additional_properties)
        fields.done(ListResultOfApiMessage)

    _wire_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "count",
            "items",
        }
    )

    @classmethod
    def _from_wire(cls, _data: Any) -> Self | None:
        """`_data` as this model when it is a dict with wire keys only and values that need no conversion (the common
        case, read in straight-line code); None otherwise: then the general path converts it, listing every problem."""
        if type(_data) is not dict or not _data.keys() <= cls._wire_keys:
            return None
        _get = _data.get
        count = _get("count")
        if count is None:
            count = UNSET
        elif type(count) is not int:
            return None
        items = _get("items")
        if items is None:
            items = UNSET
        else:
            items = _m.plain_list(ApiMessage._from_wire, items)
            if items is None:
                return None
        _model = cls.__new__(cls)
        _model.count = count
        _model.items = items
        _model.additional_properties = {}
        return _model

    def to_dict(self) -> dict[str, Any]:
        result = _m.extra_to_wire(self.additional_properties)
        if not isinstance(self.count, Unset):
            result["count"] = self.count
        if not isinstance(self.items, Unset):
            result["items"] = [item.to_dict() for item in self.items]
        return result


class ListResultOfApiMessageParam(TypedDict, total=False):
    """`ListResultOfApiMessage` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    count: int | None
    items: Sequence[ApiMessage | ApiMessageParam] | None


# Imported after the class, so that models may refer to each other.
from ..models.api_message import ApiMessage, ApiMessageParam
