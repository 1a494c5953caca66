# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _model as _m
from ..types import UNSET, Unset


@_attrs_define(init=False)
class RedeemBodyModel(_m.Model):
    """RedeemBodyModel"""

    redemption_channel: str | Unset
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (("redemption_channel", "redemptionChannel"),)
    _required: ClassVar[frozenset[str]] = frozenset({})

    def __init__(
        self,
        *,
        redemption_channel: str | Unset | None = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        fields = _m.Fields()
        self.redemption_channel = (
            redemption_channel
            if type(redemption_channel) is Unset or type(redemption_channel) is str
            else fields.optional("redemptionChannel", _m.string, redemption_channel)
        )
        self.additional_properties = fields.extra(additional_properties)
        fields.done(RedeemBodyModel)

    _wire_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "redemptionChannel",
        }
    )

    @classmethod
    def _from_wire(cls, _data: Any) -> Self | None:
        """`_data` as this model when it is a dict with wire keys only and values that need no conversion (the common
        case, read in straight-line code); None otherwise: then the general path converts it, listing every problem."""
        if type(_data) is not dict or not _data.keys() <= cls._wire_keys:
            return None
        _get = _data.get
        redemption_channel = _get("redemptionChannel")
        if redemption_channel is None:
            redemption_channel = UNSET
        elif type(redemption_channel) is not str:
            return None
        _model = cls.__new__(cls)
        _model.redemption_channel = redemption_channel
        _model.additional_properties = {}
        return _model

    def to_dict(self) -> dict[str, Any]:
        result = _m.extra_to_wire(self.additional_properties)
        if not isinstance(self.redemption_channel, Unset):
            result["redemptionChannel"] = self.redemption_channel
        return result


class RedeemBodyModelParam(TypedDict, total=False):
    """`RedeemBodyModel` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    redemptionChannel: str | None
