"""Validate the bundled description with openapi-spec-validator, reporting the first problem at its source."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jsonschema.exceptions import ValidationError
from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator

from ..errors import SpecError
from .bundle import Bundle, bundle


def lint(root: Path) -> Bundle:
    """Bundle and validate; raises SpecError naming the source file, line and pointer of the first problem."""
    result = bundle(root)
    version = str(result.document.get("openapi", ""))
    validator_class = OpenAPIV31SpecValidator if version.startswith("3.1") else OpenAPIV30SpecValidator
    errors = list(validator_class(result.document).iter_errors())
    if errors:
        path, error = _most_specific(result.document, errors)
        located = result.locate(path)
        message = error.message if len(error.message) < 300 else error.message[:297] + "..."
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        raise SpecError(
            f"invalid OpenAPI: {message}{more}", file=located.file, pointer=located.pointer, line=located.line
        )
    return result


def _deepest(error: ValidationError) -> ValidationError:
    """The most specific sub-error (a `oneOf` failure hides the real one, such as a misspelled type)."""
    candidates = [_deepest(sub) for sub in error.context or []]
    return max([*candidates, error], key=lambda e: len(e.absolute_path))  # ties go to the sub-error


def _resolves(document: Any, path: list[str | int]) -> bool:
    node = document
    for key in path:
        try:
            node = node[key]
        except (KeyError, IndexError, TypeError):
            return False
    return True


def _most_specific(document: Any, errors: list[ValidationError]) -> tuple[list[str | int], ValidationError]:
    """The deepest problem and its path from the document root.

    Some versions of the validator report an error inside a schema with a path relative to that schema, right
    after an error at the schema itself; such a path is read relative to the error before it.
    """
    best: tuple[list[str | int], ValidationError] = ([], errors[0])
    previous: list[str | int] = []
    for error in errors:
        deepest = _deepest(error)
        path = list(deepest.absolute_path)
        if not _resolves(document, path) and _resolves(document, previous + path):
            path = previous + path
        if len(path) >= len(best[0]):
            best = (path, deepest)
        previous = path
    return best
