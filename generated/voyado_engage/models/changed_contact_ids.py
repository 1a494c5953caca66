# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _fields as _f
from .. import _model as _m


@_attrs_define(init=False, repr=False)  # the repr is `_m.Model`'s: the fields that are set
class ChangedContactIds(_m.Model):
    """Kept so that code importing it still runs: `contacts.list_changed_ids` answers a list of contact ids, as
    Voyado's page on reading changes in bulk shows, not this object of the published description."""

    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[_f.Field, ...]] = ()

    if TYPE_CHECKING:  # the signature type checkers read; the constructor itself is compiled from `_fields`

        def __init__(
            self,
            *,
            additional_properties: Mapping[str, Any] | None = None,
        ) -> None: ...


# The name openapi-python-client gave this schema before the spec named it, kept for the code that uses it.
ContactsVGetChangedContactIdsResponse200 = ChangedContactIds
