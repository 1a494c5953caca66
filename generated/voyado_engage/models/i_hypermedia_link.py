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
class IHypermediaLink(_m.Model):
    """A link to a related resource, with the HTTP method to call it with; the same fields as `HypermediaLink`."""

    href: str | Unset
    """ The link's URL. """
    method: str | Unset
    """ HTTP method to call the link with, such as `GET` (inferred). """
    rel: str | Unset
    """ How the linked resource relates to the current one, such as `self` or `next` (inferred). """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[_f.Field, ...]] = (
        _f.Field("href", "href", _f.STRING),
        _f.Field("method", "method", _f.STRING),
        _f.Field("rel", "rel", _f.STRING),
    )

    if TYPE_CHECKING:  # the signature type checkers read; the constructor itself is compiled from `_fields`

        def __init__(
            self,
            *,
            href: str | Unset | None = UNSET,
            method: str | Unset | None = UNSET,
            rel: str | Unset | None = UNSET,
            additional_properties: Mapping[str, Any] | None = None,
        ) -> None: ...


class IHypermediaLinkParam(TypedDict, total=False):
    """`IHypermediaLink` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    href: str | None
    """ The link's URL. """
    method: str | None
    """ HTTP method to call the link with, such as `GET` (inferred). """
    rel: str | None
    """ How the linked resource relates to the current one, such as `self` or `next` (inferred). """
