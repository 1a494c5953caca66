# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
# ruff: noqa: E402
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _fields as _f
from .. import _model as _m
from ..types import UNSET, Unset


@_attrs_define(init=False, repr=False)  # the repr is `_m.Model`'s: the fields that are set
class InteractionPage(_m.Model):
    """One page of a contact's interactions of one schema, at most 50. When there are more, the answer carries a
    continuation token for the next page."""

    links: list[HypermediaLink] | Unset
    """ Links for paging; the link to the next page carries the `continuation` token to send (inferred). """
    items: list[InteractionModel] | Unset
    """ The page's interactions. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[_f.Field, ...]] = (
        _f.Field("links", "links", _f.ListOf(_f.ModelOf("HypermediaLink"))),
        _f.Field("items", "items", _f.ListOf(_f.ModelOf("InteractionModel"))),
    )

    if TYPE_CHECKING:  # the signature type checkers read; the constructor itself is compiled from `_fields`

        def __init__(
            self,
            *,
            links: Sequence[HypermediaLink | HypermediaLinkParam] | Unset | None = UNSET,
            items: Sequence[InteractionModel | InteractionModelParam] | Unset | None = UNSET,
            additional_properties: Mapping[str, Any] | None = None,
        ) -> None: ...


class InteractionPageParam(TypedDict, total=False):
    """`InteractionPage` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    links: Sequence[HypermediaLink | HypermediaLinkParam] | None
    """ Links for paging; the link to the next page carries the `continuation` token to send (inferred). """
    items: Sequence[InteractionModel | InteractionModelParam] | None
    """ The page's interactions. """


# Imported after the class, so that models may refer to each other.
from ..models.hypermedia_link import HypermediaLink, HypermediaLinkParam
from ..models.interaction_model import InteractionModel, InteractionModelParam
