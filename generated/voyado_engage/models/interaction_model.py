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
class InteractionModel(_m.Model):
    """An interaction: an event recorded for one contact (a review, a referral, a favourite...) whose data follows
    one of the tenant's interaction schemas."""

    id: str | Unset
    """ The interaction's unique id. """
    contact_id: str | Unset
    """ The contact the interaction belongs to (a GUID). """
    schema_id: str | Unset
    """ The id of the interaction schema that `payload` follows. """
    created_date: str | Unset
    """ When the interaction was recorded (ISO 8601). """
    payload: InteractionModelPayload | Unset
    """ The interaction's data, shaped as its interaction schema prescribes. """
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
    """ The interaction's unique id. """
    contactId: str | None
    """ The contact the interaction belongs to (a GUID). """
    schemaId: str | None
    """ The id of the interaction schema that `payload` follows. """
    createdDate: str | None
    """ When the interaction was recorded (ISO 8601). """
    payload: InteractionModelPayload | Mapping[str, Any] | None
    """ The interaction's data, shaped as its interaction schema prescribes. """


# Imported after the class, so that models may refer to each other.
from ..models.interaction_model_payload import InteractionModelPayload
