# Generated from generator/render/templates/package_init.py.jinja by `make generate`; do not edit.
"""Python SDK for the Voyado Engage REST API, generated from its OpenAPI description."""

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ._base_client import APIResponse
from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    DeliveryUnknownError,
    InternalServerError,
    NotFoundError,
    PaginationError,
    PermissionDeniedError,
    Problem,
    RateLimitError,
    RequestValidationError,
    UnprocessableEntityError,
    VoyadoError,
)
from ._lazy import lazy_attributes
from ._options import CallOptions
from .client import AsyncVoyadoEngage, Environment, VoyadoEngage, __version__

if TYPE_CHECKING:
    from ._bulk import AsyncSending, Delivery, Outcome, Sending
    from ._validation import validate_order, validate_receipt

__all__ = [
    "APIConnectionError",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncSending",
    "AsyncVoyadoEngage",
    "AuthenticationError",
    "BadRequestError",
    "CallOptions",
    "ConfigurationError",
    "ConflictError",
    "Delivery",
    "DeliveryUnknownError",
    "Environment",
    "InternalServerError",
    "NotFoundError",
    "Outcome",
    "PaginationError",
    "PermissionDeniedError",
    "Problem",
    "RateLimitError",
    "RequestValidationError",
    "Sending",
    "UnprocessableEntityError",
    "VoyadoEngage",
    "VoyadoError",
    "__version__",
    "validate_order",
    "validate_receipt",
]

# The order rules (and the model machinery they use) and the bulk sender load when first asked for.
__getattr__: Callable[[str], Any] = lazy_attributes(
    __name__,
    {
        **dict.fromkeys(("validate_order", "validate_receipt"), "._validation"),
        **dict.fromkeys(("AsyncSending", "Delivery", "Outcome", "Sending"), "._bulk"),
    },
)
