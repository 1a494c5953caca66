# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
# ruff: noqa: E402
from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any, ClassVar, Self, TypedDict

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

    _wire_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "balance",
            "balanceExpires",
            "contactId",
            "definitionId",
            "id",
            "pendingPoints",
            "links",
        }
    )

    @classmethod
    def _from_wire(cls, _data: Any) -> Self | None:
        """`_data` as this model when it is a dict with wire keys only and values that need no conversion (the common
        case, read in straight-line code); None otherwise: then the general path converts it, listing every problem."""
        if type(_data) is not dict or not _data.keys() <= cls._wire_keys:
            return None
        _get = _data.get
        balance = _get("balance")
        if balance is None:
            balance = UNSET
        elif not (
            (type(balance) is float and balance - balance == 0)
            or type(balance) is int
            or (type(balance) is Decimal and balance.is_finite())
        ):
            return None
        balance_expires = _get("balanceExpires")
        if balance_expires is None:
            balance_expires = UNSET
        elif type(balance_expires) is not str:
            return None
        contact_id = _get("contactId")
        if contact_id is None:
            contact_id = UNSET
        elif type(contact_id) is not str:
            return None
        definition_id = _get("definitionId")
        if definition_id is None:
            definition_id = UNSET
        elif type(definition_id) is not int:
            return None
        id = _get("id")
        if id is None:
            id = UNSET
        elif type(id) is not int:
            return None
        pending_points = _get("pendingPoints")
        if pending_points is None:
            pending_points = UNSET
        elif not (
            (type(pending_points) is float and pending_points - pending_points == 0)
            or type(pending_points) is int
            or (type(pending_points) is Decimal and pending_points.is_finite())
        ):
            return None
        links = _get("links")
        if links is None:
            links = UNSET
        else:
            links = _m.plain_list(IHypermediaLink._from_wire, links)
            if links is None:
                return None
        _model = cls.__new__(cls)
        _model.balance = balance
        _model.balance_expires = balance_expires
        _model.contact_id = contact_id
        _model.definition_id = definition_id
        _model.id = id
        _model.pending_points = pending_points
        _model.links = links
        _model.additional_properties = {}
        return _model

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
