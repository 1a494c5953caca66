# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
# ruff: noqa: E402
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _fields as _f
from .. import _model as _m
from ..models.status_code_result_status_code import StatusCodeResultStatusCode
from ..types import UNSET, Unset


@_attrs_define(init=False, repr=False)  # the repr is `_m.Model`'s: the fields that are set
class StatusCodeResult(_m.Model):
    """The declared success body of some operations: an ASP.NET result type exposed as a schema (inferred). Voyado
    most likely sends no body at all; the SDK then fills in `statusCode` from the HTTP status it received."""

    status_code: StatusCodeResultStatusCode | Unset
    """ Name of the HTTP status, as .NET spells it (`Accepted` for 202). """
    request: StatusCodeResultRequest | Unset
    """ The request the result belongs to (free-form). """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[_f.Field, ...]] = (
        _f.Field("status_code", "statusCode", _f.EnumOf("StatusCodeResultStatusCode")),
        _f.Field("request", "request", _f.ModelOf("StatusCodeResultRequest")),
    )

    if TYPE_CHECKING:  # the signature type checkers read; the constructor itself is compiled from `_fields`

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
        ) -> None: ...


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
