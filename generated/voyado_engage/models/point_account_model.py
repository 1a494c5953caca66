# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
# ruff: noqa: E402
from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _model as _m
from ..types import UNSET, Unset


@_attrs_define(init=False)
class PointAccountModel(_m.Model):
    """PointAccountModel"""

    balance: float | Decimal | Unset
    balance_expires: str | Unset
    contact_id: str | Unset
    definition_id: int | Unset
    id: int | Unset
    pending_points: float | Decimal | Unset
    links: list[IHypermediaLink] | Unset
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("balance", "balance"),
        ("balance_expires", "balanceExpires"),
        ("contact_id", "contactId"),
        ("definition_id", "definitionId"),
        ("id", "id"),
        ("pending_points", "pendingPoints"),
        ("links", "links"),
    )
    _required: ClassVar[frozenset[str]] = frozenset({})

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
    ) -> None:
        fields = _m.Fields()
        self.balance = (
            balance
            if type(balance) is Unset or _m.plain_number(balance)
            else fields.optional("balance", _m.number, balance)
        )
        self.balance_expires = (
            balance_expires
            if type(balance_expires) is Unset or type(balance_expires) is str
            else fields.optional("balanceExpires", _m.string, balance_expires)
        )
        self.contact_id = (
            contact_id
            if type(contact_id) is Unset or type(contact_id) is str
            else fields.optional("contactId", _m.string, contact_id)
        )
        self.definition_id = (
            definition_id
            if type(definition_id) is Unset or type(definition_id) is int
            else fields.optional("definitionId", _m.integer, definition_id)
        )
        self.id = id if type(id) is Unset or type(id) is int else fields.optional("id", _m.integer, id)
        self.pending_points = (
            pending_points
            if type(pending_points) is Unset or _m.plain_number(pending_points)
            else fields.optional("pendingPoints", _m.number, pending_points)
        )
        self.links = (
            links if type(links) is Unset else fields.optional("links", _m.list_of(_m.model_of(IHypermediaLink)), links)
        )
        self.additional_properties = fields.extra(additional_properties)
        fields.done(PointAccountModel)

    def to_dict(self) -> dict[str, Any]:
        result = _m.extra_to_wire(self.additional_properties)
        if not isinstance(self.balance, Unset):
            result["balance"] = self.balance
        if not isinstance(self.balance_expires, Unset):
            result["balanceExpires"] = self.balance_expires
        if not isinstance(self.contact_id, Unset):
            result["contactId"] = self.contact_id
        if not isinstance(self.definition_id, Unset):
            result["definitionId"] = self.definition_id
        if not isinstance(self.id, Unset):
            result["id"] = self.id
        if not isinstance(self.pending_points, Unset):
            result["pendingPoints"] = self.pending_points
        if not isinstance(self.links, Unset):
            result["links"] = [item.to_dict() for item in self.links]
        return result


class PointAccountModelParam(TypedDict, total=False):
    """`PointAccountModel` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    balance: float | Decimal | None
    balanceExpires: str | None
    contactId: str | None
    definitionId: int | None
    id: int | None
    pendingPoints: float | Decimal | None
    links: Sequence[IHypermediaLink | IHypermediaLinkParam] | None


# Imported after the class, so that models may refer to each other.
from ..models.i_hypermedia_link import IHypermediaLink, IHypermediaLinkParam
