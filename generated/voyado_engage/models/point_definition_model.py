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
class PointDefinitionModel(_m.Model):
    """A point definition: one kind of points that Engage tracks in its own accounts, told apart by `definitionId`."""

    description: str | Unset
    """ Description of the point definition. """
    id: int | Unset
    """ The definition's id, used as `definitionId` elsewhere. """
    name: str | Unset
    """ Name of the point definition. """
    links: list[IHypermediaLink] | Unset
    """ Hypermedia links to related resources. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[_f.Field, ...]] = (
        _f.Field("description", "description", _f.STRING),
        _f.Field("id", "id", _f.Integer()),
        _f.Field("name", "name", _f.STRING),
        _f.Field("links", "links", _f.ListOf(_f.ModelOf("IHypermediaLink"))),
    )

    if TYPE_CHECKING:  # the signature type checkers read; the constructor itself is compiled from `_fields`

        def __init__(
            self,
            *,
            description: str | Unset | None = UNSET,
            id: int | Unset | None = UNSET,
            name: str | Unset | None = UNSET,
            links: Sequence[IHypermediaLink | IHypermediaLinkParam] | Unset | None = UNSET,
            additional_properties: Mapping[str, Any] | None = None,
        ) -> None: ...


class PointDefinitionModelParam(TypedDict, total=False):
    """`PointDefinitionModel` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    description: str | None
    """ Description of the point definition. """
    id: int | None
    """ The definition's id, used as `definitionId` elsewhere. """
    name: str | None
    """ Name of the point definition. """
    links: Sequence[IHypermediaLink | IHypermediaLinkParam] | None
    """ Hypermedia links to related resources. """


# Imported after the class, so that models may refer to each other.
from ..models.i_hypermedia_link import IHypermediaLink, IHypermediaLinkParam
