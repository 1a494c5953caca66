"""Validate the bundled description with openapi-spec-validator, reporting the first problem at its source."""

from __future__ import annotations

from pathlib import Path

from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator

from .errors import SpecError
from .spec import Bundle, bundle


def lint(root: Path) -> Bundle:
    """Bundle and validate; raises SpecError naming the source file, line and pointer of the first problem."""
    result = bundle(root)
    version = str(result.document.get("openapi", ""))
    validator_class = OpenAPIV31SpecValidator if version.startswith("3.1") else OpenAPIV30SpecValidator
    errors = sorted(validator_class(result.document).iter_errors(), key=lambda e: len(list(e.absolute_path)))
    if errors:
        error = max(errors[0].context or [errors[0]], key=lambda e: len(list(e.absolute_path)))
        located = result.locate(list(errors[0].absolute_path))
        message = error.message if len(error.message) < 300 else error.message[:297] + "..."
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        raise SpecError(
            f"invalid OpenAPI: {message}{more}", file=located.file, pointer=located.pointer, line=located.line
        )
    return result
