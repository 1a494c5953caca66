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


@_attrs_define(init=False)
class InteractionModel(_m.Model):
    """InteractionModel"""

    id: str | Unset
    contact_id: str | Unset
    schema_id: str | Unset
    created_date: str | Unset
    payload: InteractionModelPayload | Unset
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[_f.Field, ...]] = (
        _f.Field("id", "id", _f.STRING),
        _f.Field("contact_id", "contactId", _f.STRING),
        _f.Field("schema_id", "schemaId", _f.STRING),
        _f.Field("created_date", "createdDate", _f.STRING),
        _f.Field("payload", "payload", _f.ModelOf("InteractionModelPayload")),
    )

    if TYPE_CHECKING:  # the signature type checkers read; the constructor itself is compiled from `_fields`

        def __init__(
            self,
            *,
            id: str | Unset | None = UNSET,
            contact_id: str | Unset | None = UNSET,
            schema_id: str | Unset | None = UNSET,
            created_date: str | Unset | None = UNSET,
            payload: InteractionModelPayload | Mapping[str, Any] | Unset | None = UNSET,
            additional_properties: Mapping[str, Any] | None = None,
        ) -> None: ...


class InteractionModelParam(TypedDict, total=False):
    """`InteractionModel` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    id: str | None
    contactId: str | None
    schemaId: str | None
    createdDate: str | None
    payload: InteractionModelPayload | Mapping[str, Any] | None


# Imported after the class, so that models may refer to each other.
from ..models.interaction_model_payload import InteractionModelPayload
