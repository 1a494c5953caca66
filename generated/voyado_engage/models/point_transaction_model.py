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
class PointTransactionModel(_m.Model):
    """PointTransactionModel"""

    account_id: int | Unset
    amount: float | Decimal | Unset
    created_on: str | Unset
    description: str | Unset
    id: int | Unset
    modified_on: str | Unset
    source: str | Unset
    transaction_date: str | Unset
    type_: str | Unset
    valid_from: str | Unset
    valid_to: str | Unset
    retail_transaction_line_item_id: str | Unset
    links: list[IHypermediaLink] | Unset
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("account_id", "accountId"),
        ("amount", "amount"),
        ("created_on", "createdOn"),
        ("description", "description"),
        ("id", "id"),
        ("modified_on", "modifiedOn"),
        ("source", "source"),
        ("transaction_date", "transactionDate"),
        ("type_", "type"),
        ("valid_from", "validFrom"),
        ("valid_to", "validTo"),
        ("retail_transaction_line_item_id", "retailTransactionLineItemId"),
        ("links", "links"),
    )
    _required: ClassVar[frozenset[str]] = frozenset({})

    def __init__(
        self,
        *,
        account_id: int | Unset | None = UNSET,
        amount: float | Decimal | Unset | None = UNSET,
        created_on: str | Unset | None = UNSET,
        description: str | Unset | None = UNSET,
        id: int | Unset | None = UNSET,
        modified_on: str | Unset | None = UNSET,
        source: str | Unset | None = UNSET,
        transaction_date: str | Unset | None = UNSET,
        type_: str | Unset | None = UNSET,
        valid_from: str | Unset | None = UNSET,
        valid_to: str | Unset | None = UNSET,
        retail_transaction_line_item_id: str | Unset | None = UNSET,
        links: Sequence[IHypermediaLink | IHypermediaLinkParam] | Unset | None = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        fields = _m.Fields()
        self.account_id = (
            account_id
            if type(account_id) is Unset or type(account_id) is int
            else fields.optional("accountId", _m.integer, account_id)
        )
        self.amount = (
            amount if type(amount) is Unset or _m.plain_number(amount) else fields.optional("amount", _m.number, amount)
        )
        self.created_on = (
            created_on
            if type(created_on) is Unset or type(created_on) is str
            else fields.optional("createdOn", _m.string, created_on)
        )
        self.description = (
            description
            if type(description) is Unset or type(description) is str
            else fields.optional("description", _m.string, description)
        )
        self.id = id if type(id) is Unset or type(id) is int else fields.optional("id", _m.integer, id)
        self.modified_on = (
            modified_on
            if type(modified_on) is Unset or type(modified_on) is str
            else fields.optional("modifiedOn", _m.string, modified_on)
        )
        self.source = (
            source if type(source) is Unset or type(source) is str else fields.optional("source", _m.string, source)
        )
        self.transaction_date = (
            transaction_date
            if type(transaction_date) is Unset or type(transaction_date) is str
            else fields.optional("transactionDate", _m.string, transaction_date)
        )
        self.type_ = type_ if type(type_) is Unset or type(type_) is str else fields.optional("type", _m.string, type_)
        self.valid_from = (
            valid_from
            if type(valid_from) is Unset or type(valid_from) is str
            else fields.optional("validFrom", _m.string, valid_from)
        )
        self.valid_to = (
            valid_to
            if type(valid_to) is Unset or type(valid_to) is str
            else fields.optional("validTo", _m.string, valid_to)
        )
        self.retail_transaction_line_item_id = (
            retail_transaction_line_item_id
            if type(retail_transaction_line_item_id) is Unset or type(retail_transaction_line_item_id) is str
            else fields.optional("retailTransactionLineItemId", _m.string, retail_transaction_line_item_id)
        )
        self.links = (
            links if type(links) is Unset else fields.optional("links", _m.list_of(_m.model_of(IHypermediaLink)), links)
        )
        self.additional_properties = fields.extra(additional_properties)
        fields.done(PointTransactionModel)

    _wire_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "accountId",
            "amount",
            "createdOn",
            "description",
            "id",
            "modifiedOn",
            "source",
            "transactionDate",
            "type",
            "validFrom",
            "validTo",
            "retailTransactionLineItemId",
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
        account_id = _get("accountId")
        if account_id is None:
            account_id = UNSET
        elif type(account_id) is not int:
            return None
        amount = _get("amount")
        if amount is None:
            amount = UNSET
        elif not (
            (type(amount) is float and amount - amount == 0)
            or type(amount) is int
            or (type(amount) is Decimal and amount.is_finite())
        ):
            return None
        created_on = _get("createdOn")
        if created_on is None:
            created_on = UNSET
        elif type(created_on) is not str:
            return None
        description = _get("description")
        if description is None:
            description = UNSET
        elif type(description) is not str:
            return None
        id = _get("id")
        if id is None:
            id = UNSET
        elif type(id) is not int:
            return None
        modified_on = _get("modifiedOn")
        if modified_on is None:
            modified_on = UNSET
        elif type(modified_on) is not str:
            return None
        source = _get("source")
        if source is None:
            source = UNSET
        elif type(source) is not str:
            return None
        transaction_date = _get("transactionDate")
        if transaction_date is None:
            transaction_date = UNSET
        elif type(transaction_date) is not str:
            return None
        type_ = _get("type")
        if type_ is None:
            type_ = UNSET
        elif type(type_) is not str:
            return None
        valid_from = _get("validFrom")
        if valid_from is None:
            valid_from = UNSET
        elif type(valid_from) is not str:
            return None
        valid_to = _get("validTo")
        if valid_to is None:
            valid_to = UNSET
        elif type(valid_to) is not str:
            return None
        retail_transaction_line_item_id = _get("retailTransactionLineItemId")
        if retail_transaction_line_item_id is None:
            retail_transaction_line_item_id = UNSET
        elif type(retail_transaction_line_item_id) is not str:
            return None
        links = _get("links")
        if links is None:
            links = UNSET
        else:
            links = _m.plain_list(IHypermediaLink._from_wire, links)
            if links is None:
                return None
        _model = cls.__new__(cls)
        _model.account_id = account_id
        _model.amount = amount
        _model.created_on = created_on
        _model.description = description
        _model.id = id
        _model.modified_on = modified_on
        _model.source = source
        _model.transaction_date = transaction_date
        _model.type_ = type_
        _model.valid_from = valid_from
        _model.valid_to = valid_to
        _model.retail_transaction_line_item_id = retail_transaction_line_item_id
        _model.links = links
        _model.additional_properties = {}
        return _model

    def to_dict(self) -> dict[str, Any]:
        result = _m.extra_to_wire(self.additional_properties)
        if not isinstance(self.account_id, Unset):
            result["accountId"] = self.account_id
        if not isinstance(self.amount, Unset):
            result["amount"] = self.amount
        if not isinstance(self.created_on, Unset):
            result["createdOn"] = self.created_on
        if not isinstance(self.description, Unset):
            result["description"] = self.description
        if not isinstance(self.id, Unset):
            result["id"] = self.id
        if not isinstance(self.modified_on, Unset):
            result["modifiedOn"] = self.modified_on
        if not isinstance(self.source, Unset):
            result["source"] = self.source
        if not isinstance(self.transaction_date, Unset):
            result["transactionDate"] = self.transaction_date
        if not isinstance(self.type_, Unset):
            result["type"] = self.type_
        if not isinstance(self.valid_from, Unset):
            result["validFrom"] = self.valid_from
        if not isinstance(self.valid_to, Unset):
            result["validTo"] = self.valid_to
        if not isinstance(self.retail_transaction_line_item_id, Unset):
            result["retailTransactionLineItemId"] = self.retail_transaction_line_item_id
        if not isinstance(self.links, Unset):
            result["links"] = [item.to_dict() for item in self.links]
        return result


class PointTransactionModelParam(TypedDict, total=False):
    """`PointTransactionModel` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    accountId: int | None
    amount: float | Decimal | None
    createdOn: str | None
    description: str | None
    id: int | None
    modifiedOn: str | None
    source: str | None
    transactionDate: str | None
    type: str | None
    validFrom: str | None
    validTo: str | None
    retailTransactionLineItemId: str | None
    links: Sequence[IHypermediaLink | IHypermediaLinkParam] | None


# Imported after the class, so that models may refer to each other.
from ..models.i_hypermedia_link import IHypermediaLink, IHypermediaLinkParam
