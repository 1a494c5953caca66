# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
# ruff: noqa: E402
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _fields as _f
from .. import _model as _m
from ..types import UNSET, Unset


@_attrs_define(init=False)
class ApiPromotionModel(_m.Model):
    """ApiPromotionModel"""

    id: str | Unset
    promotion_id: str | Unset
    external_id: str | Unset
    type_: str | Unset
    name: str | Unset
    expires_on: str | Unset
    heading: str | Unset
    description: str | Unset
    redeemed: bool | Unset
    redeemed_on: str | Unset
    image_url: str | Unset
    link: str | Unset
    redemption_channels: list[ApiPromotionRedemptionChannelModel] | Unset
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[_f.Field, ...]] = (
        _f.Field("id", "id", _f.STRING),
        _f.Field("promotion_id", "promotionId", _f.STRING),
        _f.Field("external_id", "externalId", _f.STRING),
        _f.Field("type_", "type", _f.STRING),
        _f.Field("name", "name", _f.STRING),
        _f.Field("expires_on", "expiresOn", _f.STRING),
        _f.Field("heading", "heading", _f.STRING),
        _f.Field("description", "description", _f.STRING),
        _f.Field("redeemed", "redeemed", _f.BOOLEAN),
        _f.Field("redeemed_on", "redeemedOn", _f.STRING),
        _f.Field("image_url", "imageUrl", _f.STRING),
        _f.Field("link", "link", _f.STRING),
        _f.Field(
            "redemption_channels", "redemptionChannels", _f.ListOf(_f.ModelOf("ApiPromotionRedemptionChannelModel"))
        ),
    )

    if TYPE_CHECKING:  # the signature type checkers read; the constructor itself is compiled from `_fields`

        def __init__(
            self,
            *,
            id: str | Unset | None = UNSET,
            promotion_id: str | Unset | None = UNSET,
            external_id: str | Unset | None = UNSET,
            type_: str | Unset | None = UNSET,
            name: str | Unset | None = UNSET,
            expires_on: str | Unset | None = UNSET,
            heading: str | Unset | None = UNSET,
            description: str | Unset | None = UNSET,
            redeemed: bool | Unset | None = UNSET,
            redeemed_on: str | Unset | None = UNSET,
            image_url: str | Unset | None = UNSET,
            link: str | Unset | None = UNSET,
            redemption_channels: Sequence[ApiPromotionRedemptionChannelModel | ApiPromotionRedemptionChannelModelParam]
            | Unset
            | None = UNSET,
            additional_properties: Mapping[str, Any] | None = None,
        ) -> None: ...


class ApiPromotionModelParam(TypedDict, total=False):
    """`ApiPromotionModel` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    id: str | None
    promotionId: str | None
    externalId: str | None
    type: str | None
    name: str | None
    expiresOn: str | None
    heading: str | None
    description: str | None
    redeemed: bool | None
    redeemedOn: str | None
    imageUrl: str | None
    link: str | None
    redemptionChannels: Sequence[ApiPromotionRedemptionChannelModel | ApiPromotionRedemptionChannelModelParam] | None


# Imported after the class, so that models may refer to each other.
from ..models.api_promotion_redemption_channel_model import (
    ApiPromotionRedemptionChannelModel,
    ApiPromotionRedemptionChannelModelParam,
)
