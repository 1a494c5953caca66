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
class PromotionBasicPresentationModel(_m.Model):
    """How the promotion is presented to contacts, for example in emails; fills the "Presentation" section of the
    promotion in the Engage UI."""

    heading: str | Unset
    """ Heading shown with the promotion. """
    description: str | Unset
    """ Description text shown with the promotion. """
    link: str | Unset
    """ External link (URL) shown with the promotion. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[_f.Field, ...]] = (
        _f.Field("heading", "heading", _f.STRING),
        _f.Field("description", "description", _f.STRING),
        _f.Field("link", "link", _f.STRING),
    )

    if TYPE_CHECKING:  # the signature type checkers read; the constructor itself is compiled from `_fields`

        def __init__(
            self,
            *,
            heading: str | Unset | None = UNSET,
            description: str | Unset | None = UNSET,
            link: str | Unset | None = UNSET,
            additional_properties: Mapping[str, Any] | None = None,
        ) -> None: ...


class PromotionBasicPresentationModelParam(TypedDict, total=False):
    """`PromotionBasicPresentationModel` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    heading: str | None
    """ Heading shown with the promotion. """
    description: str | None
    """ Description text shown with the promotion. """
    link: str | None
    """ External link (URL) shown with the promotion. """
