# Generated from generator/templates/errors.py.jinja by `make generate`; do not edit.
"""The SDK's errors. The hierarchy is documented in one place: `voyado_engage._exceptions`."""

from ._config import ConfigurationError
from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    DeliveryUnknownError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    Problem,
    RateLimitError,
    RequestValidationError,
    UnprocessableEntityError,
    VoyadoError,
)

__all__ = [
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "DeliveryUnknownError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "Problem",
    "RateLimitError",
    "RequestValidationError",
    "UnprocessableEntityError",
    "VoyadoError",
]
