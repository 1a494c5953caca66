# Generated from generator/render/templates/str_enum.py.jinja by `make generate`; do not edit.
from enum import StrEnum
from typing import Any

from .. import _model as _m


class StatusCodeResultStatusCode(StrEnum):
    """The values the API description lists. A value Voyado adds later is read as an unknown member (kept, equal
    to its text); requests accept the listed values only."""

    ACCEPTED = "Accepted"
    AMBIGUOUS = "Ambiguous"
    BADGATEWAY = "BadGateway"
    BADREQUEST = "BadRequest"
    CONFLICT = "Conflict"
    CONTINUE = "Continue"
    CREATED = "Created"
    EXPECTATIONFAILED = "ExpectationFailed"
    FORBIDDEN = "Forbidden"
    FOUND = "Found"
    GATEWAYTIMEOUT = "GatewayTimeout"
    GONE = "Gone"
    HTTPVERSIONNOTSUPPORTED = "HttpVersionNotSupported"
    INTERNALSERVERERROR = "InternalServerError"
    LENGTHREQUIRED = "LengthRequired"
    METHODNOTALLOWED = "MethodNotAllowed"
    MOVED = "Moved"
    MOVEDPERMANENTLY = "MovedPermanently"
    MULTIPLECHOICES = "MultipleChoices"
    NOCONTENT = "NoContent"
    NONAUTHORITATIVEINFORMATION = "NonAuthoritativeInformation"
    NOTACCEPTABLE = "NotAcceptable"
    NOTFOUND = "NotFound"
    NOTIMPLEMENTED = "NotImplemented"
    NOTMODIFIED = "NotModified"
    OK = "OK"
    PARTIALCONTENT = "PartialContent"
    PAYMENTREQUIRED = "PaymentRequired"
    PRECONDITIONFAILED = "PreconditionFailed"
    PROXYAUTHENTICATIONREQUIRED = "ProxyAuthenticationRequired"
    REDIRECT = "Redirect"
    REDIRECTKEEPVERB = "RedirectKeepVerb"
    REDIRECTMETHOD = "RedirectMethod"
    REQUESTEDRANGENOTSATISFIABLE = "RequestedRangeNotSatisfiable"
    REQUESTENTITYTOOLARGE = "RequestEntityTooLarge"
    REQUESTTIMEOUT = "RequestTimeout"
    REQUESTURITOOLONG = "RequestUriTooLong"
    RESETCONTENT = "ResetContent"
    SEEOTHER = "SeeOther"
    SERVICEUNAVAILABLE = "ServiceUnavailable"
    SWITCHINGPROTOCOLS = "SwitchingProtocols"
    TEMPORARYREDIRECT = "TemporaryRedirect"
    UNAUTHORIZED = "Unauthorized"
    UNSUPPORTEDMEDIATYPE = "UnsupportedMediaType"
    UNUSED = "Unused"
    UPGRADEREQUIRED = "UpgradeRequired"
    USEPROXY = "UseProxy"

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return _m.unknown_member(cls, value)
