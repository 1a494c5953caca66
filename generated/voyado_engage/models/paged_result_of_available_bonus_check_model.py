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
class PagedResultOfAvailableBonusCheckModel(_m.Model):
    """PagedResultOfAvailableBonusCheckModel"""

    items: list[AvailableBonusCheckModel] | Unset
    total_count: int | Unset
    offset: int | Unset
    count: int | Unset
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("items", "items"),
        ("total_count", "totalCount"),
        ("offset", "offset"),
        ("count", "count"),
    )
    _required: ClassVar[frozenset[str]] = frozenset({})

    def __init__(
        self,
        *,
        items: Sequence[AvailableBonusCheckModel | AvailableBonusCheckModelParam] | Unset | None = UNSET,
        total_count: int | Unset | None = UNSET,
        offset: int | Unset | None = UNSET,
        count: int | Unset | None = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        fields = _m.Fields()
        self.items = (
            items
            if type(items) is Unset
            else fields.optional("items", _m.list_of(_m.model_of(AvailableBonusCheckModel)), items)
        )
        self.total_count = (
            total_count
            if type(total_count) is Unset or type(total_count) is int
            else fields.optional("totalCount", _m.integer, total_count)
        )
        self.offset = (
            offset if type(offset) is Unset or type(offset) is int else fields.optional("offset", _m.integer, offset)
        )
        self.count = (
            count if type(count) is Unset or type(count) is int else fields.optional("count", _m.integer, count)
        )
        self.additional_properties = fields.extra(additional_properties)
        fields.done(PagedResultOfAvailableBonusCheckModel)

    _wire_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "items",
            "totalCount",
            "offset",
            "count",
        }
    )

    @classmethod
    def _from_wire(cls, _data: Any) -> Self | None:
        """`_data` as this model when it is a dict with wire keys only and values that need no conversion (the common
        case, read in straight-line code); None otherwise: then the general path converts it, listing every problem."""
        if type(_data) is not dict or not _data.keys() <= cls._wire_keys:
            return None
        _get = _data.get
        items = _get("items")
        if items is None:
            items = UNSET
        else:
            items = _m.plain_list(AvailableBonusCheckModel._from_wire, items)
            if items is None:
                return None
        total_count = _get("totalCount")
        if total_count is None:
            total_count = UNSET
        elif type(total_count) is not int:
            return None
        offset = _get("offset")
        if offset is None:
            offset = UNSET
        elif type(offset) is not int:
            return None
        count = _get("count")
        if count is None:
            count = UNSET
        elif type(count) is not int:
            return None
        _model = cls.__new__(cls)
        _model.items = items
        _model.total_count = total_count
        _model.offset = offset
        _model.count = count
        _model.additional_properties = {}
        return _model

    def to_dict(self) -> dict[str, Any]:
        result = _m.extra_to_wire(self.additional_properties)
        if not isinstance(self.items, Unset):
            result["items"] = [item.to_dict() for item in self.items]
        if not isinstance(self.total_count, Unset):
            result["totalCount"] = self.total_count
        if not isinstance(self.offset, Unset):
            result["offset"] = self.offset
        if not isinstance(self.count, Unset):
            result["count"] = self.count
        return result


class PagedResultOfAvailableBonusCheckModelParam(TypedDict, total=False):
    """`PagedResultOfAvailableBonusCheckModel` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    items: Sequence[AvailableBonusCheckModel | AvailableBonusCheckModelParam] | None
    totalCount: int | None
    offset: int | None
    count: int | None


# Imported after the class, so that models may refer to each other.
from ..models.available_bonus_check_model import AvailableBonusCheckModel, AvailableBonusCheckModelParam
