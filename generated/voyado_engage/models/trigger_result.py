# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _model as _m


@_attrs_define(init=False)
class TriggerResult(_m.Model):
    """TriggerResult"""

    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[tuple[str, str], ...]] = ()
    _required: ClassVar[frozenset[str]] = frozenset({})

    def __init__(
        self,
        *,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        fields = _m.Fields()
        self.additional_properties = fields.extra(additional_properties)
        fields.done(TriggerResult)

    _wire_keys: ClassVar[frozenset[str]] = frozenset({})

    @classmethod
    def _from_wire(cls, _data: Any) -> Self | None:
        """`_data` as this model when it is a dict with wire keys only and values that need no conversion (the common
        case, read in straight-line code); None otherwise: then the general path converts it, listing every problem."""
        if type(_data) is not dict or not _data.keys() <= cls._wire_keys:
            return None
        _model = cls.__new__(cls)
        _model.additional_properties = {}
        return _model

    def to_dict(self) -> dict[str, Any]:
        result = _m.extra_to_wire(self.additional_properties)
        return result


# The name openapi-python-client gave this schema before the spec named it, kept for the code that uses it.
CustomTriggersTriggerByContactIdResponse200 = TriggerResult
CustomTriggersTriggerByContactTypeAndKeyResponse200 = TriggerResult
CustomTriggersTriggerByExternalContactIdResponse200 = TriggerResult
CustomTriggersTriggerBySocialSecurityNumberResponse200 = TriggerResult
