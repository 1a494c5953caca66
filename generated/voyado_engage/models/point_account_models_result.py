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
class PointAccountModelsResult(_m.Model):
    """One page of a contact's point accounts."""

    links: list[IHypermediaLink] | Unset
    """ Hypermedia links to related resources. """
    items: list[PointAccountModel] | Unset
    """ The point accounts on this page. """
    total_count: int | Unset
    """ Number of all matching point accounts, not only those on this page. """
    offset: int | Unset
    """ How many items were skipped before this page (default 0). """
    count: int | Unset
    """ Page size asked for, the maximum number of items returned (default 100). """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[_f.Field, ...]] = (
        _f.Field("links", "links", _f.ListOf(_f.ModelOf("IHypermediaLink"))),
        _f.Field("items", "items", _f.ListOf(_f.ModelOf("PointAccountModel"))),
        _f.Field("total_count", "totalCount", _f.Integer()),
        _f.Field("offset", "offset", _f.Integer()),
        _f.Field("count", "count", _f.Integer()),
    )

    if TYPE_CHECKING:  # the signature type checkers read; the constructor itself is compiled from `_fields`

        def __init__(
            self,
            *,
            links: Sequence[IHypermediaLink | IHypermediaLinkParam] | Unset | None = UNSET,
            items: Sequence[PointAccountModel | PointAccountModelParam] | Unset | None = UNSET,
            total_count: int | Unset | None = UNSET,
            offset: int | Unset | None = UNSET,
            count: int | Unset | None = UNSET,
            additional_properties: Mapping[str, Any] | None = None,
        ) -> None: ...


class PointAccountModelsResultParam(TypedDict, total=False):
    """`PointAccountModelsResult` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    links: Sequence[IHypermediaLink | IHypermediaLinkParam] | None
    """ Hypermedia links to related resources. """
    items: Sequence[PointAccountModel | PointAccountModelParam] | None
    """ The point accounts on this page. """
    totalCount: int | None
    """ Number of all matching point accounts, not only those on this page. """
    offset: int | None
    """ How many items were skipped before this page (default 0). """
    count: int | None
    """ Page size asked for, the maximum number of items returned (default 100). """


# Imported after the class, so that models may refer to each other.
from ..models.i_hypermedia_link import IHypermediaLink, IHypermediaLinkParam
from ..models.point_account_model import PointAccountModel, PointAccountModelParam
