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
class RedeemBodyModel(_m.Model):
    """Body of a promotion redemption, naming the channel it is redeemed in."""

    redemption_channel: str | Unset
    """ Channel of the redemption: `POS`, `ECOM` or `OTHER`. Another value is refused with
    `NotAValidRedemptionChannel`. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[_f.Field, ...]] = (_f.Field("redemption_channel", "redemptionChannel", _f.STRING),)

    if TYPE_CHECKING:  # the signature type checkers read; the constructor itself is compiled from `_fields`

        def __init__(
            self,
            *,
            redemption_channel: str | Unset | None = UNSET,
            additional_properties: Mapping[str, Any] | None = None,
        ) -> None: ...


class RedeemBodyModelParam(TypedDict, total=False):
    """`RedeemBodyModel` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    redemptionChannel: str | None
    """ Channel of the redemption: `POS`, `ECOM` or `OTHER`. Another value is refused with
    `NotAValidRedemptionChannel`. """
