# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
# ruff: noqa: E402
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _fields as _f
from .. import _model as _m
from ..models.multichannel_promotion_model_status import MultichannelPromotionModelStatus
from ..types import UNSET, Unset


@_attrs_define(init=False, repr=False)  # the repr is `_m.Model`'s: the fields that are set
class MultichannelPromotionModel(_m.Model):
    """A multichannel promotion (personal offer) as stored in Engage. Only a promotion in status `Draft` can be
    updated, and only an unassigned one can be deleted."""

    id: str
    """ Voyado's id for the promotion (GUID). """
    name: str
    """ Name of the promotion, shown to cashiers and used to find it in Engage. Must not be empty. """
    status: MultichannelPromotionModelStatus | Unset
    """ Current status of the promotion; new promotions start as `Draft`. """
    external_id: str | Unset
    """ Your own id for the promotion, from a system outside Voyado; the promotion can be fetched or deleted by it. """
    validity: PromotionValidityModel | Unset
    """ When a multichannel promotion can be used: a start date, an optional end date, and optionally a period that
    each contact's copy stays valid after it is assigned. """
    presentation: PromotionBasicPresentationModel | Unset
    """ How the promotion is presented to contacts, for example in emails; fills the "Presentation" section of the
    promotion in the Engage UI. """
    redemption_channels: list[MultichannelPromotionRedemptionChannelModel] | Unset
    """ The channels where the promotion can be redeemed (`POS`, `ECOM`, `OTHER`) and its value in each. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[_f.Field, ...]] = (
        _f.Field("id", "id", _f.STRING, required=True),
        _f.Field("name", "name", _f.STRING, required=True),
        _f.Field("status", "status", _f.EnumOf("MultichannelPromotionModelStatus")),
        _f.Field("external_id", "externalId", _f.STRING),
        _f.Field("validity", "validity", _f.ModelOf("PromotionValidityModel")),
        _f.Field("presentation", "presentation", _f.ModelOf("PromotionBasicPresentationModel")),
        _f.Field(
            "redemption_channels",
            "redemptionChannels",
            _f.ListOf(_f.ModelOf("MultichannelPromotionRedemptionChannelModel")),
        ),
    )

    if TYPE_CHECKING:  # the signature type checkers read; the constructor itself is compiled from `_fields`

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
        ) -> None: ...


class MultichannelPromotionModelParam(TypedDict, total=False):
    """`MultichannelPromotionModel` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    id: Required[str]
    """ Voyado's id for the promotion (GUID). """
    name: Required[str]
    """ Name of the promotion, shown to cashiers and used to find it in Engage. Must not be empty. """
    status: MultichannelPromotionModelStatus | Literal["Ended", "Active", "Temporary", "Draft", "Scheduled"] | None
    """ Current status of the promotion; new promotions start as `Draft`. """
    externalId: str | None
    """ Your own id for the promotion, from a system outside Voyado; the promotion can be fetched or deleted by it. """
    validity: PromotionValidityModel | PromotionValidityModelParam | None
    """ When a multichannel promotion can be used: a start date, an optional end date, and optionally a period that
    each contact's copy stays valid after it is assigned. """
    presentation: PromotionBasicPresentationModel | PromotionBasicPresentationModelParam | None
    """ How the promotion is presented to contacts, for example in emails; fills the "Presentation" section of the
    promotion in the Engage UI. """
    redemptionChannels: (
        Sequence[MultichannelPromotionRedemptionChannelModel | MultichannelPromotionRedemptionChannelModelParam] | None
    )
    """ The channels where the promotion can be redeemed (`POS`, `ECOM`, `OTHER`) and its value in each. """


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
