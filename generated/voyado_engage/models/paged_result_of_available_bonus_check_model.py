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
class PagedResultOfAvailableBonusCheckModel(_m.Model):
    """One page of the bonus checks a contact can still use."""

    items: list[AvailableBonusCheckModel] | Unset
    """ The bonus checks on this page. """
    total_count: int | Unset
    """ How many items match in all, on every page, not only this one. """
    offset: int | Unset
    """ How many items were skipped before this page. """
    count: int | Unset
    """ The page size that was asked for (the `count` parameter). """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[_f.Field, ...]] = (
        _f.Field("items", "items", _f.ListOf(_f.ModelOf("AvailableBonusCheckModel"))),
        _f.Field("total_count", "totalCount", _f.Integer()),
        _f.Field("offset", "offset", _f.Integer()),
        _f.Field("count", "count", _f.Integer()),
    )

    if TYPE_CHECKING:  # the signature type checkers read; the constructor itself is compiled from `_fields`

        def __init__(
            self,
            *,
            items: Sequence[AvailableBonusCheckModel | AvailableBonusCheckModelParam] | Unset | None = UNSET,
            total_count: int | Unset | None = UNSET,
            offset: int | Unset | None = UNSET,
            count: int | Unset | None = UNSET,
            additional_properties: Mapping[str, Any] | None = None,
        ) -> None: ...


class PagedResultOfAvailableBonusCheckModelParam(TypedDict, total=False):
    """`PagedResultOfAvailableBonusCheckModel` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    items: Sequence[AvailableBonusCheckModel | AvailableBonusCheckModelParam] | None
    """ The bonus checks on this page. """
    totalCount: int | None
    """ How many items match in all, on every page, not only this one. """
    offset: int | None
    """ How many items were skipped before this page. """
    count: int | None
    """ The page size that was asked for (the `count` parameter). """


# Imported after the class, so that models may refer to each other.
from ..models.available_bonus_check_model import AvailableBonusCheckModel, AvailableBonusCheckModelParam
