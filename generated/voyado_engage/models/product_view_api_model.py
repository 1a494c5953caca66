# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
# ruff: noqa: E402
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Required, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _model as _m
from ..types import UNSET, Unset


@_attrs_define(init=False)
class ProductViewApiModel(_m.Model):
    """ProductViewApiModel"""

    item_id: str
    contact_id: str
    category: str | Unset
    time: str | Unset
    session_id: str | Unset
    new_session: bool | Unset
    language: str | Unset
    url: str | Unset
    external_referrer: str | Unset
    utm: list[Utm] | Unset
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("item_id", "itemId"),
        ("contact_id", "contactId"),
        ("category", "category"),
        ("time", "time"),
        ("session_id", "sessionId"),
        ("new_session", "newSession"),
        ("language", "language"),
        ("url", "url"),
        ("external_referrer", "externalReferrer"),
        ("utm", "utm"),
    )
    _required: ClassVar[frozenset[str]] = frozenset(
        {
            "item_id",
            "contact_id",
        }
    )

    def __init__(
        self,
        *,
        item_id: str,
        contact_id: str,
        category: str | Unset | None = UNSET,
        time: str | Unset | None = UNSET,
        session_id: str | Unset | None = UNSET,
        new_session: bool | Unset | None = UNSET,
        language: str | Unset | None = UNSET,
        url: str | Unset | None = UNSET,
        external_referrer: str | Unset | None = UNSET,
        utm: Sequence[Utm | UtmParam] | Unset | None = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        fields = _m.Fields()
        self.item_id = item_id if type(item_id) is str else fields.required("itemId", _m.string, item_id)
        self.contact_id = contact_id if type(contact_id) is str else fields.required("contactId", _m.string, contact_id)
        self.category = (
            category
            if type(category) is Unset or type(category) is str
            else fields.optional("category", _m.string, category)
        )
        self.time = time if type(time) is Unset or type(time) is str else fields.optional("time", _m.string, time)
        self.session_id = (
            session_id
            if type(session_id) is Unset or type(session_id) is str
            else fields.optional("sessionId", _m.string, session_id)
        )
        self.new_session = (
            new_session
            if type(new_session) is Unset or type(new_session) is bool
            else fields.optional("newSession", _m.boolean, new_session)
        )
        self.language = (
            language
            if type(language) is Unset or type(language) is str
            else fields.optional("language", _m.string, language)
        )
        self.url = url if type(url) is Unset or type(url) is str else fields.optional("url", _m.string, url)
        self.external_referrer = (
            external_referrer
            if type(external_referrer) is Unset or type(external_referrer) is str
            else fields.optional("externalReferrer", _m.string, external_referrer)
        )
        self.utm = utm if type(utm) is Unset else fields.optional("utm", _m.list_of(_m.model_of(Utm)), utm)
        self.additional_properties = fields.extra(additional_properties)
        fields.done(ProductViewApiModel)

    _wire_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "itemId",
            "contactId",
            "category",
            "time",
            "sessionId",
            "newSession",
            "language",
            "url",
            "externalReferrer",
            "utm",
        }
    )

    @classmethod
    def _from_wire(cls, _data: Any) -> Self | None:
        """`_data` as this model when it is a dict with wire keys only and values that need no conversion (the common
        case, read in straight-line code); None otherwise: then the general path converts it, listing every problem."""
        if type(_data) is not dict or not _data.keys() <= cls._wire_keys:
            return None
        _get = _data.get
        item_id = _get("itemId")
        if type(item_id) is not str:
            return None
        contact_id = _get("contactId")
        if type(contact_id) is not str:
            return None
        category = _get("category")
        if category is None:
            category = UNSET
        elif type(category) is not str:
            return None
        time = _get("time")
        if time is None:
            time = UNSET
        elif type(time) is not str:
            return None
        session_id = _get("sessionId")
        if session_id is None:
            session_id = UNSET
        elif type(session_id) is not str:
            return None
        new_session = _get("newSession")
        if new_session is None:
            new_session = UNSET
        elif type(new_session) is not bool:
            return None
        language = _get("language")
        if language is None:
            language = UNSET
        elif type(language) is not str:
            return None
        url = _get("url")
        if url is None:
            url = UNSET
        elif type(url) is not str:
            return None
        external_referrer = _get("externalReferrer")
        if external_referrer is None:
            external_referrer = UNSET
        elif type(external_referrer) is not str:
            return None
        utm = _get("utm")
        if utm is None:
            utm = UNSET
        else:
            utm = _m.plain_list(Utm._from_wire, utm)
            if utm is None:
                return None
        _model = cls.__new__(cls)
        _model.item_id = item_id
        _model.contact_id = contact_id
        _model.category = category
        _model.time = time
        _model.session_id = session_id
        _model.new_session = new_session
        _model.language = language
        _model.url = url
        _model.external_referrer = external_referrer
        _model.utm = utm
        _model.additional_properties = {}
        return _model

    def to_dict(self) -> dict[str, Any]:
        result = _m.extra_to_wire(self.additional_properties)
        result["itemId"] = self.item_id
        result["contactId"] = self.contact_id
        if not isinstance(self.category, Unset):
            result["category"] = self.category
        if not isinstance(self.time, Unset):
            result["time"] = self.time
        if not isinstance(self.session_id, Unset):
            result["sessionId"] = self.session_id
        if not isinstance(self.new_session, Unset):
            result["newSession"] = self.new_session
        if not isinstance(self.language, Unset):
            result["language"] = self.language
        if not isinstance(self.url, Unset):
            result["url"] = self.url
        if not isinstance(self.external_referrer, Unset):
            result["externalReferrer"] = self.external_referrer
        if not isinstance(self.utm, Unset):
            result["utm"] = [item.to_dict() for item in self.utm]
        return result


class ProductViewApiModelParam(TypedDict, total=False):
    """`ProductViewApiModel` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    itemId: Required[str]
    contactId: Required[str]
    category: str | None
    time: str | None
    sessionId: str | None
    newSession: bool | None
    language: str | None
    url: str | None
    externalReferrer: str | None
    utm: Sequence[Utm | UtmParam] | None


# Imported after the class, so that models may refer to each other.
from ..models.utm import Utm, UtmParam
