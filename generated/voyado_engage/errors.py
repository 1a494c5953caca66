# Generated from generator/render/templates/errors.py.jinja by `make generate`; do not edit.
"""The SDK's errors, for `from voyado_engage.errors import ...`; the hierarchy is documented in `_exceptions`."""

from ._exceptions import *  # noqa: F403
from ._exceptions import __all__ as __all__
