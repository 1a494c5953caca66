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
class ErrorBody(_m.Model):
    """Error body of a rejected request. The shape is inferred, not documented: ASP.NET HttpError (`Message`,
    `ModelState`) or a business code (`errorCode`, `message`). Every field is optional and others may appear."""

    Message: str | Unset
    model_state: ErrorBodyModelState | Unset
    error_code: str | Unset
    message: str | Unset
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("Message", "Message"),
        ("model_state", "ModelState"),
        ("error_code", "errorCode"),
        ("message", "message"),
    )
    _required: ClassVar[frozenset[str]] = frozenset({})

    def __init__(
        self,
        *,
        Message: str | Unset | None = UNSET,
        model_state: ErrorBodyModelState | Mapping[str, Any] | Unset | None = UNSET,
        error_code: str | Unset | None = UNSET,
        message: str | Unset | None = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        fields = _m.Fields()
        self.Message = (
            Message
            if type(Message) is Unset or type(Message) is str
            else fields.optional("Message", _m.string, Message)
        )
        self.model_state = (
            model_state
            if type(model_state) is Unset or type(model_state) is ErrorBodyModelState
            else fields.optional("ModelState", _m.model_of(ErrorBodyModelState), model_state)
        )
        self.error_code = (
            error_code
            if type(error_code) is Unset or type(error_code) is str
            else fields.optional("errorCode", _m.string, error_code)
        )
        self.message = (
            message
            if type(message) is Unset or type(message) is str
            else fields.optional("message", _m.string, message)
        )
        self.additional_properties = fields.extra(additional_properties)
        fields.done(ErrorBody)

    _wire_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "Message",
            "ModelState",
            "errorCode",
            "message",
        }
    )

    @classmethod
    def _from_wire(cls, _data: Any) -> Self | None:
        """`_data` as this model when it is a dict with wire keys only and values that need no conversion (the common
        case, read in straight-line code); None otherwise: then the general path converts it, listing every problem."""
        if type(_data) is not dict or not _data.keys() <= cls._wire_keys:
            return None
        _get = _data.get
        Message = _get("Message")
        if Message is None:
            Message = UNSET
        elif type(Message) is not str:
            return None
        model_state = _get("ModelState")
        if model_state is None:
            model_state = UNSET
        else:
            model_state = ErrorBodyModelState._from_wire(model_state)
            if model_state is None:
                return None
        error_code = _get("errorCode")
        if error_code is None:
            error_code = UNSET
        elif type(error_code) is not str:
            return None
        message = _get("message")
        if message is None:
            message = UNSET
        elif type(message) is not str:
            return None
        _model = cls.__new__(cls)
        _model.Message = Message
        _model.model_state = model_state
        _model.error_code = error_code
        _model.message = message
        _model.additional_properties = {}
        return _model

    def to_dict(self) -> dict[str, Any]:
        result = _m.extra_to_wire(self.additional_properties)
        if not isinstance(self.Message, Unset):
            result["Message"] = self.Message
        if not isinstance(self.model_state, Unset):
            result["ModelState"] = self.model_state.to_dict()
        if not isinstance(self.error_code, Unset):
            result["errorCode"] = self.error_code
        if not isinstance(self.message, Unset):
            result["message"] = self.message
        return result


class ErrorBodyParam(TypedDict, total=False):
    """`ErrorBody` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    Message: str | None
    ModelState: ErrorBodyModelState | Mapping[str, Any] | None
    errorCode: str | None
    message: str | None


# Imported after the class, so that models may refer to each other.
from ..models.error_body_model_state import ErrorBodyModelState
