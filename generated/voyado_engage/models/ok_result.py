# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
# ruff: noqa: E402
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _model as _m
from ..types import UNSET, Unset


@_attrs_define(init=False)
class OkResult(_m.Model):
    """OkResult"""

    request: OkResultRequest | Unset
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (("request", "request"),)
    _required: ClassVar[frozenset[str]] = frozenset({})

    def __init__(
        self,
        *,
        request: OkResultRequest | Mapping[str, Any] | Unset | None = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        fields = _m.Fields()
        self.request = (
            request
            if type(request) is Unset or type(request) is OkResultRequest
            else fields.optional("request", _m.model_of(OkResultRequest), request)
        )
        self.additional_properties = fields.extra(additional_properties)
        fields.done(OkResult)

    _wire_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "request",
        }
    )

    @classmethod
    def _from_wire(cls, _data: Any) -> Self | None:
        """`_data` as this model when it is a dict with wire keys only and values that need no conversion (the common
        case, read in straight-line code); None otherwise: then the general path converts it, listing every problem."""
        if type(_data) is not dict or not _data.keys() <= cls._wire_keys:
            return None
        _get = _data.get
        request = _get("request")
        if request is None:
            request = UNSET
        else:
            request = OkResultRequest._from_wire(request)
            if request is None:
                return None
        _model = cls.__new__(cls)
        _model.request = request
        _model.additional_properties = {}
        return _model

    def to_dict(self) -> dict[str, Any]:
        result = _m.extra_to_wire(self.additional_properties)
        if not isinstance(self.request, Unset):
            result["request"] = self.request.to_dict()
        return result


class OkResultParam(TypedDict, total=False):
    """`OkResult` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    request: OkResultRequest | Mapping[str, Any] | None


# Imported after the class, so that models may refer to each other.
from ..models.ok_result_request import OkResultRequest
