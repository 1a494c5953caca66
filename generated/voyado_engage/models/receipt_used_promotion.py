# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _model as _m
from ..types import UNSET, Unset


@_attrs_define(init=False)
class ReceiptUsedPromotion(_m.Model):
    """ReceiptUsedPromotion"""

    promotion_id: str | Unset
    coupon_id: str | Unset
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("promotion_id", "promotionId"),
        ("coupon_id", "couponId"),
    )
    _required: ClassVar[frozenset[str]] = frozenset({})

    def __init__(
        self,
        *,
        promotion_id: str | Unset | None = UNSET,
        coupon_id: str | Unset | None = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        fields = _m.Fields()
        self.promotion_id = (
            promotion_id
            if type(promotion_id) is Unset or type(promotion_id) is str
            else fields.optional("promotionId", _m.string, promotion_id)
        )
        self.coupon_id = (
            coupon_id
            if type(coupon_id) is Unset or type(coupon_id) is str
            else fields.optional("couponId", _m.string, coupon_id)
        )
        self.additional_properties = fields.extra(additional_properties)
        fields.done(ReceiptUsedPromotion)

    _wire_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "promotionId",
            "couponId",
        }
    )

    @classmethod
    def _from_wire(cls, _data: Any) -> Self | None:
        """`_data` as this model when it is a dict with wire keys only and values that need no conversion (the common
        case, read in straight-line code); None otherwise: then the general path converts it, listing every problem."""
        if type(_data) is not dict or not _data.keys() <= cls._wire_keys:
            return None
        _get = _data.get
        promotion_id = _get("promotionId")
        if promotion_id is None:
            promotion_id = UNSET
        elif type(promotion_id) is not str:
            return None
        coupon_id = _get("couponId")
        if coupon_id is None:
            coupon_id = UNSET
        elif type(coupon_id) is not str:
            return None
        _model = cls.__new__(cls)
        _model.promotion_id = promotion_id
        _model.coupon_id = coupon_id
        _model.additional_properties = {}
        return _model

    def to_dict(self) -> dict[str, Any]:
        result = _m.extra_to_wire(self.additional_properties)
        if not isinstance(self.promotion_id, Unset):
            result["promotionId"] = self.promotion_id
        if not isinstance(self.coupon_id, Unset):
            result["couponId"] = self.coupon_id
        return result


class ReceiptUsedPromotionParam(TypedDict, total=False):
    """`ReceiptUsedPromotion` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    promotionId: str | None
    couponId: str | None
