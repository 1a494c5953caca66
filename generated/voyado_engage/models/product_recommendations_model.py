# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _model as _m
from ..types import UNSET, Unset


@_attrs_define(init=False)
class ProductRecommendationsModel(_m.Model):
    """ProductRecommendationsModel"""

    skus: list[str] | Unset
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (("skus", "skus"),)
    _required: ClassVar[frozenset[str]] = frozenset({})

    def __init__(
        self,
        *,
        skus: Sequence[str] | Unset | None = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        fields = _m.Fields()
        self.skus = skus if type(skus) is Unset else fields.optional("skus", _m.list_of(_m.string), skus)
        self.additional_properties = fields.extra(additional_properties)
        fields.done(ProductRecommendationsModel)

    _wire_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "skus",
        }
    )

    @classmethod
    def _from_wire(cls, _data: Any) -> Self | None:
        """`_data` as this model when it is a dict with wire keys only and values that need no conversion (the common
        case, read in straight-line code); None otherwise: then the general path converts it, listing every problem."""
        if type(_data) is not dict or not _data.keys() <= cls._wire_keys:
            return None
        _get = _data.get
        skus = _get("skus")
        if skus is None:
            skus = UNSET
        else:
            skus = _m.plain(_m.list_of(_m.string), skus)
            if skus is None:
                return None
        _model = cls.__new__(cls)
        _model.skus = skus
        _model.additional_properties = {}
        return _model

    def to_dict(self) -> dict[str, Any]:
        result = _m.extra_to_wire(self.additional_properties)
        if not isinstance(self.skus, Unset):
            result["skus"] = list(self.skus)
        return result


class ProductRecommendationsModelParam(TypedDict, total=False):
    """`ProductRecommendationsModel` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    skus: Sequence[str] | None
