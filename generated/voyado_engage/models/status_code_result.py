# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
# ruff: noqa: E402
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _model as _m
from ..models.status_code_result_status_code import StatusCodeResultStatusCode
from ..types import UNSET, Unset


@_attrs_define(init=False)
class StatusCodeResult(_m.Model):
    """The declared success body of some operations: an ASP.NET result type exposed as a schema (inferred). Voyado most
    likely sends no body at all; the SDK then fills in `statusCode` from the HTTP status it received."""

    status_code: StatusCodeResultStatusCode | Unset
    """ Name of the HTTP status, as .NET spells it (`Accepted` for 202). """
    request: StatusCodeResultRequest | Unset
    """ The request the result belongs to (free-form). """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("status_code", "statusCode"),
        ("request", "request"),
    )
    _required: ClassVar[frozenset[str]] = frozenset({})

    def __init__(
        self,
        *,
        status_code: StatusCodeResultStatusCode
        | Literal[
            "Continue",
            "SwitchingProtocols",
            "OK",
            "Created",
            "Accepted",
            "NonAuthoritativeInformation",
            "NoContent",
            "ResetContent",
            "PartialContent",
            "MultipleChoices",
            "Ambiguous",
            "MovedPermanently",
            "Moved",
            "Found",
            "Redirect",
            "SeeOther",
            "RedirectMethod",
            "NotModified",
            "UseProxy",
            "Unused",
            "TemporaryRedirect",
            "RedirectKeepVerb",
            "BadRequest",
            "Unauthorized",
            "PaymentRequired",
            "Forbidden",
            "NotFound",
            "MethodNotAllowed",
            "NotAcceptable",
            "ProxyAuthenticationRequired",
            "RequestTimeout",
            "Conflict",
            "Gone",
            "LengthRequired",
            "PreconditionFailed",
            "RequestEntityTooLarge",
            "RequestUriTooLong",
            "UnsupportedMediaType",
            "RequestedRangeNotSatisfiable",
            "ExpectationFailed",
            "UpgradeRequired",
            "InternalServerError",
            "NotImplemented",
            "BadGateway",
            "ServiceUnavailable",
            "GatewayTimeout",
            "HttpVersionNotSupported",
        ]
        | Unset
        | None = UNSET,
        request: StatusCodeResultRequest | Mapping[str, Any] | Unset | None = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        fields = _m.Fields()
        self.status_code = (
            status_code
            if type(status_code) is Unset
            or (
                type(status_code) is StatusCodeResultStatusCode
                and StatusCodeResultStatusCode._value2member_map_.get(status_code) is status_code
            )
            else fields.optional("statusCode", _m.enum_of(StatusCodeResultStatusCode), status_code)
        )
        self.request = (
            request
            if type(request) is Unset or type(request) is StatusCodeResultRequest
            else fields.optional("request", _m.model_of(StatusCodeResultRequest), request)
        )
        self.additional_properties = fields.extra(additional_properties)
        fields.done(StatusCodeResult)

    _wire_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "statusCode",
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
        status_code = _get("statusCode")
        if status_code is None:
            status_code = UNSET
        else:
            status_code = _m.listed_member(StatusCodeResultStatusCode, status_code)
            if status_code is None:
                return None
        request = _get("request")
        if request is None:
            request = UNSET
        else:
            request = StatusCodeResultRequest._from_wire(request)
            if request is None:
                return None
        _model = cls.__new__(cls)
        _model.status_code = status_code
        _model.request = request
        _model.additional_properties = {}
        return _model

    def to_dict(self) -> dict[str, Any]:
        result = _m.extra_to_wire(self.additional_properties)
        if not isinstance(self.status_code, Unset):
            result["statusCode"] = self.status_code._value_
        if not isinstance(self.request, Unset):
            result["request"] = self.request.to_dict()
        return result


class StatusCodeResultParam(TypedDict, total=False):
    """`StatusCodeResult` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    statusCode: (
        StatusCodeResultStatusCode
        | Literal[
            "Continue",
            "SwitchingProtocols",
            "OK",
            "Created",
            "Accepted",
            "NonAuthoritativeInformation",
            "NoContent",
            "ResetContent",
            "PartialContent",
            "MultipleChoices",
            "Ambiguous",
            "MovedPermanently",
            "Moved",
            "Found",
            "Redirect",
            "SeeOther",
            "RedirectMethod",
            "NotModified",
            "UseProxy",
            "Unused",
            "TemporaryRedirect",
            "RedirectKeepVerb",
            "BadRequest",
            "Unauthorized",
            "PaymentRequired",
            "Forbidden",
            "NotFound",
            "MethodNotAllowed",
            "NotAcceptable",
            "ProxyAuthenticationRequired",
            "RequestTimeout",
            "Conflict",
            "Gone",
            "LengthRequired",
            "PreconditionFailed",
            "RequestEntityTooLarge",
            "RequestUriTooLong",
            "UnsupportedMediaType",
            "RequestedRangeNotSatisfiable",
            "ExpectationFailed",
            "UpgradeRequired",
            "InternalServerError",
            "NotImplemented",
            "BadGateway",
            "ServiceUnavailable",
            "GatewayTimeout",
            "HttpVersionNotSupported",
        ]
        | None
    )
    """ Name of the HTTP status, as .NET spells it (`Accepted` for 202). """
    request: StatusCodeResultRequest | Mapping[str, Any] | None
    """ The request the result belongs to (free-form). """


# Imported after the class, so that models may refer to each other.
from ..models.status_code_result_request import StatusCodeResultRequest
