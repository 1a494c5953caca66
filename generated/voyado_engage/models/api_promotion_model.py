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


@_attrs_define(init=False, repr=False)  # the repr is `_m.Model`'s: the fields that are set
class ApiPromotionModel(_m.Model):
    """A promotion assigned to a contact, one personal instance of a promotion template."""

    id: str | Unset
    """ Id of this contact's instance of the promotion, unique to the contact. Use it, not `promotionId`, to redeem
    the promotion. """
    promotion_id: str | Unset
    """ Id of the promotion template, shared by every contact who got the promotion. It cannot be used to redeem. """
    external_id: str | Unset
    """ The promotion's id in an external system, as set when it was created through the API. """
    type_: str | Unset
    """ Kind of promotion, such as `Multichannel`. """
    name: str | Unset
    """ Name of the promotion. """
    expires_on: str | Unset
    """ When this contact's promotion expires (ISO 8601). """
    heading: str | Unset
    """ Heading from the promotion's presentation, for display. """
    description: str | Unset
    """ Description text from the promotion's presentation, for display. """
    redeemed: bool | Unset
    """ Whether the contact has redeemed the promotion. """
    redeemed_on: str | Unset
    """ When the promotion was redeemed (ISO 8601); empty while it is not redeemed (inferred). """
    image_url: str | Unset
    """ URL of the promotion's image (inferred). """
    link: str | Unset
    """ External link for the promotion, from its presentation. """
    redemption_channels: list[ApiPromotionRedemptionChannelModel] | Unset
    """ The channels where the promotion can be redeemed, each with its value. """
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
    """ Id of this contact's instance of the promotion, unique to the contact. Use it, not `promotionId`, to redeem
    the promotion. """
    promotionId: str | None
    """ Id of the promotion template, shared by every contact who got the promotion. It cannot be used to redeem. """
    externalId: str | None
    """ The promotion's id in an external system, as set when it was created through the API. """
    type: str | None
    """ Kind of promotion, such as `Multichannel`. """
    name: str | None
    """ Name of the promotion. """
    expiresOn: str | None
    """ When this contact's promotion expires (ISO 8601). """
    heading: str | None
    """ Heading from the promotion's presentation, for display. """
    description: str | None
    """ Description text from the promotion's presentation, for display. """
    redeemed: bool | None
    """ Whether the contact has redeemed the promotion. """
    redeemedOn: str | None
    """ When the promotion was redeemed (ISO 8601); empty while it is not redeemed (inferred). """
    imageUrl: str | None
    """ URL of the promotion's image (inferred). """
    link: str | None
    """ External link for the promotion, from its presentation. """
    redemptionChannels: Sequence[ApiPromotionRedemptionChannelModel | ApiPromotionRedemptionChannelModelParam] | None
    """ The channels where the promotion can be redeemed, each with its value. """


# Imported after the class, so that models may refer to each other.
from ..models.api_promotion_redemption_channel_model import (
    ApiPromotionRedemptionChannelModel,
    ApiPromotionRedemptionChannelModelParam,
)
