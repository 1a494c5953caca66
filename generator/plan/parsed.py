"""The seam to openapi-python-client's parse: how its values are read, in one place.

The parser wraps spec text it has not made safe (`UntrustedString`) and code it has (`PythonCode`), and keeps a
response's return type only in its `source`. Everything in plan/ and render/ reads these through the functions
here, so a parser upgrade that changes them touches this module alone.
"""

from __future__ import annotations

from typing import Any


def spec_text(value: object) -> str:
    """Spec text as a plain string, whether the parser wrapped it or not; "" for none."""
    if hasattr(value, "get_untrusted_value"):
        return str(value.get_untrusted_value())
    return "" if value is None else str(value)


def wire_name(prop: Any) -> str:
    """A property's or parameter's name as the spec (and the wire) spells it."""
    return spec_text(prop.name)


def code_text(value: object) -> str:
    """Text of a PythonCode object (openapi-python-client's wrapper for code it has made safe)."""
    return str(value.as_unembedded_code()) if hasattr(value, "as_unembedded_code") else str(value)


def has_return_body(response: Any) -> bool:
    """Whether a parsed response declares a body (its return type is not `None`)."""
    return bool(response.source["return_type"] != "None")
