# Generated from generator/templates/package_init.py.jinja by `make generate`; do not edit.
"""Python SDK for the Voyado Engage REST API, generated from its OpenAPI description."""

from ._base_client import APIResponse, CallOptions
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
from ._validation import validate_order
from .client import AsyncVoyadoEngage, Environment, VoyadoEngage, __version__

__all__ = [
    "APIConnectionError",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncVoyadoEngage",
    "AuthenticationError",
    "BadRequestError",
    "CallOptions",
    "ConfigurationError",
    "ConflictError",
    "DeliveryUnknownError",
    "Environment",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "Problem",
    "RateLimitError",
    "RequestValidationError",
    "UnprocessableEntityError",
    "VoyadoEngage",
    "VoyadoError",
    "__version__",
    "validate_order",
]
