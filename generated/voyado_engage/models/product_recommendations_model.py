# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _fields as _f
from .. import _model as _m
from ..types import UNSET, Unset


@_attrs_define(init=False, repr=False)  # the repr is `_m.Model`'s: the fields that are set
class ProductRecommendationsModel(_m.Model):
    """Products that Engage's recommendation engine suggests for one contact."""

    skus: list[str] | Unset
    """ SKUs of the recommended products; only products in the tenant's product feed are recommended. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[_f.Field, ...]] = (_f.Field("skus", "skus", _f.ListOf(_f.STRING)),)

    if TYPE_CHECKING:  # the signature type checkers read; the constructor itself is compiled from `_fields`

        def __init__(
            self,
            *,
            skus: Sequence[str] | Unset | None = UNSET,
            additional_properties: Mapping[str, Any] | None = None,
        ) -> None: ...


class ProductRecommendationsModelParam(TypedDict, total=False):
    """`ProductRecommendationsModel` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    skus: Sequence[str] | None
    """ SKUs of the recommended products; only products in the tenant's product feed are recommended. """
