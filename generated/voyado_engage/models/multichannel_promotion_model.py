# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
# ruff: noqa: E402
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Literal, Required, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _model as _m
from ..models.multichannel_promotion_model_status import MultichannelPromotionModelStatus
from ..types import UNSET, Unset


@_attrs_define(init=False)
class MultichannelPromotionModel(_m.Model):
    """MultichannelPromotionModel"""

    id: str
    name: str
    status: MultichannelPromotionModelStatus | Unset
    external_id: str | Unset
    validity: PromotionValidityModel | Unset
    presentation: PromotionBasicPresentationModel | Unset
    redemption_channels: list[MultichannelPromotionRedemptionChannelModel] | Unset
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("name", "name"),
        ("status", "status"),
        ("external_id", "externalId"),
        ("validity", "validity"),
        ("presentation", "presentation"),
        ("redemption_channels", "redemptionChannels"),
    )
    _required: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "name",
        }
    )

    def __init__(
        self,
        *,
        id: str,
        name: str,
        status: MultichannelPromotionModelStatus
        | Literal["Ended", "Active", "Temporary", "Draft", "Scheduled"]
        | Unset
        | None = UNSET,
        external_id: str | Unset | None = UNSET,
        validity: PromotionValidityModel | PromotionValidityModelParam | Unset | None = UNSET,
        presentation: PromotionBasicPresentationModel | PromotionBasicPresentationModelParam | Unset | None = UNSET,
        redemption_channels: Sequence[
            MultichannelPromotionRedemptionChannelModel | MultichannelPromotionRedemptionChannelModelParam
        ]
        | Unset
        | None = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        fields = _m.Fields()
        self.id = id if type(id) is str else fields.required("id", _m.string, id)
        self.name = name if type(name) is str else fields.required("name", _m.string, name)
        self.status = (
            status
            if type(status) is Unset
            or (
                type(status) is MultichannelPromotionModelStatus
                and MultichannelPromotionModelStatus._value2member_map_.get(status) is status
            )
            else fields.optional("status", _m.enum_of(MultichannelPromotionModelStatus), status)
        )
        self.external_id = (
            external_id
            if type(external_id) is Unset or type(external_id) is str
            else fields.optional("externalId", _m.string, external_id)
        )
        self.validity = (
            validity
            if type(validity) is Unset or type(validity) is PromotionValidityModel
            else fields.optional("validity", _m.model_of(PromotionValidityModel), validity)
        )
        self.presentation = (
            presentation
            if type(presentation) is Unset or type(presentation) is PromotionBasicPresentationModel
            else fields.optional("presentation", _m.model_of(PromotionBasicPresentationModel), presentation)
        )
        self.redemption_channels = (
            redemption_channels
            if type(redemption_channels) is Unset
            else fields.optional(
                "redemptionChannels",
                _m.list_of(_m.model_of(MultichannelPromotionRedemptionChannelModel)),
                redemption_channels,
            )
        )
        self.additional_properties = fields.extra(additional_properties)
        fields.done(MultichannelPromotionModel)

    _wire_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "name",
            "status",
            "externalId",
            "validity",
            "presentation",
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
        if type(id) is not str:
            return None
        name = _get("name")
        if type(name) is not str:
            return None
        status = _get("status")
        if status is None:
            status = UNSET
        else:
            status = _m.listed_member(MultichannelPromotionModelStatus, status)
            if status is None:
                return None
        external_id = _get("externalId")
        if external_id is None:
            external_id = UNSET
        elif type(external_id) is not str:
            return None
        validity = _get("validity")
        if validity is None:
            validity = UNSET
        else:
            validity = PromotionValidityModel._from_wire(validity)
            if validity is None:
                return None
        presentation = _get("presentation")
        if presentation is None:
            presentation = UNSET
        else:
            presentation = PromotionBasicPresentationModel._from_wire(presentation)
            if presentation is None:
                return None
        redemption_channels = _get("redemptionChannels")
        if redemption_channels is None:
            redemption_channels = UNSET
        else:
            redemption_channels = _m.plain_list(
                MultichannelPromotionRedemptionChannelModel._from_wire, redemption_channels
            )
            if redemption_channels is None:
                return None
        _model = cls.__new__(cls)
        _model.id = id
        _model.name = name
        _model.status = status
        _model.external_id = external_id
        _model.validity = validity
        _model.presentation = presentation
        _model.redemption_channels = redemption_channels
        _model.additional_properties = {}
        return _model

    def to_dict(self) -> dict[str, Any]:
        result = _m.extra_to_wire(self.additional_properties)
        result["id"] = self.id
        result["name"] = self.name
        if not isinstance(self.status, Unset):
            result["status"] = self.status._value_
        if not isinstance(self.external_id, Unset):
            result["externalId"] = self.external_id
        if not isinstance(self.validity, Unset):
            result["validity"] = self.validity.to_dict()
        if not isinstance(self.presentation, Unset):
            result["presentation"] = self.presentation.to_dict()
        if not isinstance(self.redemption_channels, Unset):
            result["redemptionChannels"] = [item.to_dict() for item in self.redemption_channels]
        return result


class MultichannelPromotionModelParam(TypedDict, total=False):
    """`MultichannelPromotionModel` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    id: Required[str]
    name: Required[str]
    status: MultichannelPromotionModelStatus | Literal["Ended", "Active", "Temporary", "Draft", "Scheduled"] | None
    externalId: str | None
    validity: PromotionValidityModel | PromotionValidityModelParam | None
    presentation: PromotionBasicPresentationModel | PromotionBasicPresentationModelParam | None
    redemptionChannels: (
        Sequence[MultichannelPromotionRedemptionChannelModel | MultichannelPromotionRedemptionChannelModelParam] | None
    )


# Imported after the class, so that models may refer to each other.
from ..models.multichannel_promotion_redemption_channel_model import (
    MultichannelPromotionRedemptionChannelModel,
    MultichannelPromotionRedemptionChannelModelParam,
)
from ..models.promotion_basic_presentation_model import (
    PromotionBasicPresentationModel,
    PromotionBasicPresentationModelParam,
)
from ..models.promotion_validity_model import PromotionValidityModel, PromotionValidityModelParam
