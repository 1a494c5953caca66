# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
# ruff: noqa: E402
from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _fields as _f
from .. import _model as _m
from ..types import UNSET, Unset


@_attrs_define(init=False, repr=False)  # the repr is `_m.Model`'s: the fields that are set
class PointAccountModel(_m.Model):
    """A contact's point account for one point definition. There is one account per contact and definition, so a
    contact can hold several independent point totals."""

    balance: float | Decimal | Unset
    """ Active points, the points the contact owns now and can turn into vouchers. """
    balance_expires: str | Unset
    """ When the current balance expires (ISO 8601) (inferred). """
    contact_id: str | Unset
    """ Id (GUID) of the contact who owns the account. """
    definition_id: int | Unset
    """ Id of the point definition (the kind of points) the account holds. """
    id: int | Unset
    """ The account's id, passed as `accountId` when listing its transactions. """
    pending_points: float | Decimal | Unset
    """ Points whose `validFrom` lies in the future; they become active points on that date. """
    links: list[IHypermediaLink] | Unset
    """ Hypermedia links to related resources. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[_f.Field, ...]] = (
        _f.Field("balance", "balance", _f.Number()),
        _f.Field("balance_expires", "balanceExpires", _f.STRING),
        _f.Field("contact_id", "contactId", _f.STRING),
        _f.Field("definition_id", "definitionId", _f.Integer()),
        _f.Field("id", "id", _f.Integer()),
        _f.Field("pending_points", "pendingPoints", _f.Number()),
        _f.Field("links", "links", _f.ListOf(_f.ModelOf("IHypermediaLink"))),
    )

    if TYPE_CHECKING:  # the signature type checkers read; the constructor itself is compiled from `_fields`

        def __init__(
            self,
            *,
            balance: float | Decimal | Unset | None = UNSET,
            balance_expires: str | Unset | None = UNSET,
            contact_id: str | Unset | None = UNSET,
            definition_id: int | Unset | None = UNSET,
            id: int | Unset | None = UNSET,
            pending_points: float | Decimal | Unset | None = UNSET,
            links: Sequence[IHypermediaLink | IHypermediaLinkParam] | Unset | None = UNSET,
            additional_properties: Mapping[str, Any] | None = None,
        ) -> None: ...


class PointAccountModelParam(TypedDict, total=False):
    """`PointAccountModel` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    balance: float | Decimal | None
    """ Active points, the points the contact owns now and can turn into vouchers. """
    balanceExpires: str | None
    """ When the current balance expires (ISO 8601) (inferred). """
    contactId: str | None
    """ Id (GUID) of the contact who owns the account. """
    definitionId: int | None
    """ Id of the point definition (the kind of points) the account holds. """
    id: int | None
    """ The account's id, passed as `accountId` when listing its transactions. """
    pendingPoints: float | Decimal | None
    """ Points whose `validFrom` lies in the future; they become active points on that date. """
    links: Sequence[IHypermediaLink | IHypermediaLinkParam] | None
    """ Hypermedia links to related resources. """


# Imported after the class, so that models may refer to each other.
from ..models.i_hypermedia_link import IHypermediaLink, IHypermediaLinkParam
