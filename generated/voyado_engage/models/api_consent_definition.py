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
class ApiConsentDefinition(_m.Model):
    """A consent the tenant asks its contacts for, as set up in Engage."""

    name: str | Unset
    """ The consent's name as a POS or shop shows it. """
    id: str | Unset
    """ The consent's unique identifier. """
    meta_data: ApiConsentDefinitionMetaData | Unset
    """ The consent's texts, each by culture code such as `sv-SE`: `displayText` (shown before the link), `linkText`
    (the link to the terms) and `conditionText` (the full terms, in HTML). """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[_f.Field, ...]] = (
        _f.Field("name", "name", _f.STRING),
        _f.Field("id", "id", _f.STRING),
        _f.Field("meta_data", "metaData", _f.ModelOf("ApiConsentDefinitionMetaData")),
    )

    if TYPE_CHECKING:  # the signature type checkers read; the constructor itself is compiled from `_fields`

        def __init__(
            self,
            *,
            name: str | Unset | None = UNSET,
            id: str | Unset | None = UNSET,
            meta_data: ApiConsentDefinitionMetaData | Mapping[str, Any] | Unset | None = UNSET,
            additional_properties: Mapping[str, Any] | None = None,
        ) -> None: ...


class ApiConsentDefinitionParam(TypedDict, total=False):
    """`ApiConsentDefinition` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    name: str | None
    """ The consent's name as a POS or shop shows it. """
    id: str | None
    """ The consent's unique identifier. """
    metaData: ApiConsentDefinitionMetaData | Mapping[str, Any] | None
    """ The consent's texts, each by culture code such as `sv-SE`: `displayText` (shown before the link), `linkText`
    (the link to the terms) and `conditionText` (the full terms, in HTML). """


# Imported after the class, so that models may refer to each other.
from ..models.api_consent_definition_meta_data import ApiConsentDefinitionMetaData
