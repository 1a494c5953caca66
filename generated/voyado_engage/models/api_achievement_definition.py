# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
# ruff: noqa: E402
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _fields as _f
from .. import _model as _m
from ..types import UNSET, Unset


@_attrs_define(init=False, repr=False)  # the repr is `_m.Model`'s: the fields that are set
class ApiAchievementDefinition(_m.Model):
    """An achievement defined in the tenant, which can be given to contacts."""

    name: str | Unset
    """ Display name of the achievement. """
    id: str | Unset
    """ The achievement's unique id; pass it as `achievementId` to give the achievement to a contact or take it away
    (inferred). """
    meta_data: ApiAchievementDefinitionMetaData | Unset
    """ Free-form extra data stored with the achievement; its keys depend on the tenant's setup (inferred). """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[_f.Field, ...]] = (
        _f.Field("name", "name", _f.STRING),
        _f.Field("id", "id", _f.STRING),
        _f.Field("meta_data", "metaData", _f.ModelOf("ApiAchievementDefinitionMetaData")),
    )

    if TYPE_CHECKING:  # the signature type checkers read; the constructor itself is compiled from `_fields`

        def __init__(
            self,
            *,
            name: str | Unset | None = UNSET,
            id: str | Unset | None = UNSET,
            meta_data: ApiAchievementDefinitionMetaData | Mapping[str, Any] | Unset | None = UNSET,
            additional_properties: Mapping[str, Any] | None = None,
        ) -> None: ...


class ApiAchievementDefinitionParam(TypedDict, total=False):
    """`ApiAchievementDefinition` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    name: str | None
    """ Display name of the achievement. """
    id: str | None
    """ The achievement's unique id; pass it as `achievementId` to give the achievement to a contact or take it away
    (inferred). """
    metaData: ApiAchievementDefinitionMetaData | Mapping[str, Any] | None
    """ Free-form extra data stored with the achievement; its keys depend on the tenant's setup (inferred). """


# Imported after the class, so that models may refer to each other.
from ..models.api_achievement_definition_meta_data import ApiAchievementDefinitionMetaData
