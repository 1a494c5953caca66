"""Validate the bundled description with openapi-spec-validator, reporting the first problem at its source."""

from __future__ import annotations

from pathlib import Path

from jsonschema.exceptions import ValidationError
from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator

from .errors import SpecError
from .spec import Bundle, bundle


def lint(root: Path) -> Bundle:
    """Bundle and validate; raises SpecError naming the source file, line and pointer of the first problem."""
    result = bundle(root)
    version = str(result.document.get("openapi", ""))
    validator_class = OpenAPIV31SpecValidator if version.startswith("3.1") else OpenAPIV30SpecValidator
    errors = list(validator_class(result.document).iter_errors())
    if errors:
        deepest = max((_deepest(error) for error in errors), key=lambda e: len(e.absolute_path))
        located = result.locate(list(deepest.absolute_path))
        message = deepest.message if len(deepest.message) < 300 else deepest.message[:297] + "..."
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        raise SpecError(
            f"invalid OpenAPI: {message}{more}", file=located.file, pointer=located.pointer, line=located.line
        )
    return result


def _deepest(error: ValidationError) -> ValidationError:
    """The most specific sub-error (a `oneOf` failure hides the real one, such as a misspelled type)."""
    candidates = [_deepest(sub) for sub in error.context or []]
    return max([error, *candidates], key=lambda e: len(e.absolute_path))
