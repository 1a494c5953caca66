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

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("promotion_id", "promotionId"),
        ("external_id", "externalId"),
        ("type_", "type"),
        ("name", "name"),
        ("expires_on", "expiresOn"),
        ("heading", "heading"),
        ("description", "description"),
        ("redeemed", "redeemed"),
        ("redeemed_on", "redeemedOn"),
        ("image_url", "imageUrl"),
        ("link", "link"),
        ("redemption_channels", "redemptionChannels"),
    )
    _required: ClassVar[frozenset[str]] = frozenset({})

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
    ) -> None:
        fields = _m.Fields()
        self.id = id if type(id) is Unset or type(id) is str else fields.optional("id", _m.string, id)
        self.promotion_id = (
            promotion_id
            if type(promotion_id) is Unset or type(promotion_id) is str
            else fields.optional("promotionId", _m.string, promotion_id)
        )
        self.external_id = (
            external_id
            if type(external_id) is Unset or type(external_id) is str
            else fields.optional("externalId", _m.string, external_id)
        )
        self.type_ = type_ if type(type_) is Unset or type(type_) is str else fields.optional("type", _m.string, type_)
        self.name = name if type(name) is Unset or type(name) is str else fields.optional("name", _m.string, name)
        self.expires_on = (
            expires_on
            if type(expires_on) is Unset or type(expires_on) is str
            else fields.optional("expiresOn", _m.string, expires_on)
        )
        self.heading = (
            heading
            if type(heading) is Unset or type(heading) is str
            else fields.optional("heading", _m.string, heading)
        )
        self.description = (
            description
            if type(description) is Unset or type(description) is str
            else fields.optional("description", _m.string, description)
        )
        self.redeemed = (
            redeemed
            if type(redeemed) is Unset or type(redeemed) is bool
            else fields.optional("redeemed", _m.boolean, redeemed)
        )
        self.redeemed_on = (
            redeemed_on
            if type(redeemed_on) is Unset or type(redeemed_on) is str
            else fields.optional("redeemedOn", _m.string, redeemed_on)
        )
        self.image_url = (
            image_url
            if type(image_url) is Unset or type(image_url) is str
            else fields.optional("imageUrl", _m.string, image_url)
        )
        self.link = link if type(link) is Unset or type(link) is str else fields.optional("link", _m.string, link)
        self.redemption_channels = (
            redemption_channels
            if type(redemption_channels) is Unset
            else fields.optional(
                "redemptionChannels", _m.list_of(_m.model_of(ApiPromotionRedemptionChannelModel)), redemption_channels
            )
        )
        self.additional_properties = fields.extra(additional_properties)
        fields.done(ApiPromotionModel)

    _wire_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "promotionId",
            "externalId",
            "type",
            "name",
            "expiresOn",
            "heading",
            "description",
            "redeemed",
            "redeemedOn",
            "imageUrl",
            "link",
            "redemptionChannels",
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
        promotion_id = _get("promotionId")
        if promotion_id is None:
            promotion_id = UNSET
        elif type(promotion_id) is not str:
            return None
        external_id = _get("externalId")
        if external_id is None:
            external_id = UNSET
        elif type(external_id) is not str:
            return None
        type_ = _get("type")
        if type_ is None:
            type_ = UNSET
        elif type(type_) is not str:
            return None
        name = _get("name")
        if name is None:
            name = UNSET
        elif type(name) is not str:
            return None
        expires_on = _get("expiresOn")
        if expires_on is None:
            expires_on = UNSET
        elif type(expires_on) is not str:
            return None
        heading = _get("heading")
        if heading is None:
            heading = UNSET
        elif type(heading) is not str:
            return None
        description = _get("description")
        if description is None:
            description = UNSET
        elif type(description) is not str:
            return None
        redeemed = _get("redeemed")
        if redeemed is None:
            redeemed = UNSET
        elif type(redeemed) is not bool:
            return None
        redeemed_on = _get("redeemedOn")
        if redeemed_on is None:
            redeemed_on = UNSET
        elif type(redeemed_on) is not str:
            return None
        image_url = _get("imageUrl")
        if image_url is None:
            image_url = UNSET
        elif type(image_url) is not str:
            return None
        link = _get("link")
        if link is None:
            link = UNSET
        elif type(link) is not str:
            return None
        redemption_channels = _get("redemptionChannels")
        if redemption_channels is None:
            redemption_channels = UNSET
        else:
            redemption_channels = _m.plain_list(ApiPromotionRedemptionChannelModel._from_wire, redemption_channels)
            if redemption_channels is None:
                return None
        _model = cls.__new__(cls)
        _model.id = id
        _model.promotion_id = promotion_id
        _model.external_id = external_id
        _model.type_ = type_
        _model.name = name
        _model.expires_on = expires_on
        _model.heading = heading
        _model.description = description
        _model.redeemed = redeemed
        _model.redeemed_on = redeemed_on
        _model.image_url = image_url
        _model.link = link
        _model.redemption_channels = redemption_channels
        _model.additional_properties = {}
        return _model

    def to_dict(self) -> dict[str, Any]:
        result = _m.extra_to_wire(self.additional_properties)
        if not isinstance(self.id, Unset):
            result["id"] = self.id
        if not isinstance(self.promotion_id, Unset):
            result["promotionId"] = self.promotion_id
        if not isinstance(self.external_id, Unset):
            result["externalId"] = self.external_id
        if not isinstance(self.type_, Unset):
            result["type"] = self.type_
        if not isinstance(self.name, Unset):
            result["name"] = self.name
        if not isinstance(self.expires_on, Unset):
            result["expiresOn"] = self.expires_on
        if not isinstance(self.heading, Unset):
            result["heading"] = self.heading
        if not isinstance(self.description, Unset):
            result["description"] = self.description
        if not isinstance(self.redeemed, Unset):
            result["redeemed"] = self.redeemed
        if not isinstance(self.redeemed_on, Unset):
            result["redeemedOn"] = self.redeemed_on
        if not isinstance(self.image_url, Unset):
            result["imageUrl"] = self.image_url
        if not isinstance(self.link, Unset):
            result["link"] = self.link
        if not isinstance(self.redemption_channels, Unset):
            result["redemptionChannels"] = [item.to_dict() for item in self.redemption_channels]
        return result


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
