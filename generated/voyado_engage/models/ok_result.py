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
class OkResult(_m.Model):
    """The declared success body of the cart tracking calls: an ASP.NET result type exposed as a schema (inferred).
    Voyado most likely sends no body at all."""

    request: OkResultRequest | Unset
    """ The request the result belongs to (free-form). """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[_f.Field, ...]] = (_f.Field("request", "request", _f.ModelOf("OkResultRequest")),)

    if TYPE_CHECKING:  # the signature type checkers read; the constructor itself is compiled from `_fields`

        def __init__(
            self,
            *,
            request: OkResultRequest | Mapping[str, Any] | Unset | None = UNSET,
            additional_properties: Mapping[str, Any] | None = None,
        ) -> None: ...


class OkResultParam(TypedDict, total=False):
    """`OkResult` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    request: OkResultRequest | Mapping[str, Any] | None
    """ The request the result belongs to (free-form). """


# Imported after the class, so that models may refer to each other.
from ..models.ok_result_request import OkResultRequest
