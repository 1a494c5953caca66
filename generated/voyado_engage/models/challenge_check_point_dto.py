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
class ChallengeCheckPointDto(_m.Model):
    """One row of checkpoints to add: a number of checkpoints for one contact in the challenge of one definition. A
    call takes up to 1000 rows; rows that are not correct are skipped and come back as not accepted."""

    definition_id: str | Unset
    """ The challenge definition's id (must be a GUID). """
    contact_id: str | Unset
    """ The contact's id in Voyado (must be a GUID). """
    checkpoint_amount: int | Unset
    """ How many checkpoints to add to the contact's challenge. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[_f.Field, ...]] = (
        _f.Field("definition_id", "definitionId", _f.STRING),
        _f.Field("contact_id", "contactId", _f.STRING),
        _f.Field("checkpoint_amount", "checkpointAmount", _f.Integer()),
    )

    if TYPE_CHECKING:  # the signature type checkers read; the constructor itself is compiled from `_fields`

        def __init__(
            self,
            *,
            definition_id: str | Unset | None = UNSET,
            contact_id: str | Unset | None = UNSET,
            checkpoint_amount: int | Unset | None = UNSET,
            additional_properties: Mapping[str, Any] | None = None,
        ) -> None: ...


class ChallengeCheckPointDtoParam(TypedDict, total=False):
    """`ChallengeCheckPointDto` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    definitionId: str | None
    """ The challenge definition's id (must be a GUID). """
    contactId: str | None
    """ The contact's id in Voyado (must be a GUID). """
    checkpointAmount: int | None
    """ How many checkpoints to add to the contact's challenge. """
