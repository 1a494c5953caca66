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
class MemberStatusModel(_m.Model):
    """A member's status as a POS shows it once the customer has identified themselves (`GET
    /api/v2/memberstatus`). Texts are in the language set for the user the API key belongs to."""

    status_color: str | Unset
    """ Colour to show the status in, for example in a POS (inferred). """
    status_text: str | Unset
    """ The status as text to show, in the language of the API key's user. """
    data: MemberStatusModelData | Unset
    """ More about the member, by name: the contact id (a GUID, for fetching the full contact) and the member number
    when there is one. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[_f.Field, ...]] = (
        _f.Field("status_color", "statusColor", _f.STRING),
        _f.Field("status_text", "statusText", _f.STRING),
        _f.Field("data", "data", _f.ModelOf("MemberStatusModelData")),
    )

    if TYPE_CHECKING:  # the signature type checkers read; the constructor itself is compiled from `_fields`

        def __init__(
            self,
            *,
            status_color: str | Unset | None = UNSET,
            status_text: str | Unset | None = UNSET,
            data: MemberStatusModelData | Mapping[str, Any] | Unset | None = UNSET,
            additional_properties: Mapping[str, Any] | None = None,
        ) -> None: ...


class MemberStatusModelParam(TypedDict, total=False):
    """`MemberStatusModel` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    statusColor: str | None
    """ Colour to show the status in, for example in a POS (inferred). """
    statusText: str | None
    """ The status as text to show, in the language of the API key's user. """
    data: MemberStatusModelData | Mapping[str, Any] | None
    """ More about the member, by name: the contact id (a GUID, for fetching the full contact) and the member number
    when there is one. """


# Imported after the class, so that models may refer to each other.
from ..models.member_status_model_data import MemberStatusModelData
