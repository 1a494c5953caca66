"""Validate the bundled description with openapi-spec-validator, reporting the first problem at its source."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

from jsonschema.exceptions import ValidationError
from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator

from ..errors import SpecError
from .bundle import Bundle, bundle, confined, iter_operations, read_text


def lint(root: Path) -> Bundle:
    """Bundle and validate; raises SpecError naming the source file, line and pointer of the first problem."""
    result = bundle(root)
    _check_beyond_the_schema(result)  # first: its errors are located more precisely than the validator's
    _check_operation_ids(result)
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
    for path in result.document.get("paths") or {}:
        if not _PATH.fullmatch(str(path)):
            _refuse(
                result, ["paths", path], f"path {path!r} holds characters a URL path does not (only {_PATH.pattern})"
            )
    return result


_PATH = re.compile(r"/[A-Za-z0-9/{}._~%:@!$&'()*+,;=-]*")


EXAMPLE_EXTENSION = "x-voyado-example"
# Control characters (other than tab) and the Unicode line and paragraph separators.
_UNWRITABLE = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029]")


def _check_beyond_the_schema(result: Bundle) -> None:
    """What OpenAPI's own schema allows and the generator must not: duplicate enum values, enum values with
    control characters, and example files that are not JSON inside the spec folder."""
    pending: list[tuple[Any, list[str | int]]] = [(result.document, [])]
    while pending:
        node, path = pending.pop()
        if isinstance(node, list):
            pending.extend((item, [*path, index]) for index, item in enumerate(node))
            continue
        if not isinstance(node, dict):
            continue
        enum = node.get("enum")
        if isinstance(enum, list) and len({repr(value) for value in enum}) != len(enum):
            _refuse(result, [*path, "enum"], "an enum lists a value twice")
        if isinstance(enum, list) and any(isinstance(value, str) and _UNWRITABLE.search(value) for value in enum):
            # openapi-python-client drops these from enum values, so the SDK would send another value than listed
            _refuse(result, [*path, "enum"], "an enum value holds a control or line-separator character")
        example = node.get(EXAMPLE_EXTENSION)
        if example is not None:
            where = result.locate([*path, EXAMPLE_EXTENSION])
            if not isinstance(example, str) or where.file is None:
                _refuse(result, [*path, EXAMPLE_EXTENSION], f"{EXAMPLE_EXTENSION} must name a JSON file")
            else:
                read_example(result.spec_dir, example, file=where.file, pointer=where.pointer)
        pending.extend((value, [*path, key]) for key, value in node.items())


def read_example(spec_dir: Path, location: str, *, file: Path | None = None, pointer: str = "") -> Any:
    """The JSON an `x-voyado-example` names (relative to the spec folder): a file inside it, read as UTF-8 JSON;
    anything else is an error at `file` and `pointer`, where the extension was written."""
    written_in = file or spec_dir
    example = confined(spec_dir.resolve(), spec_dir.resolve() / "_", location, file=written_in, pointer=pointer)
    if not example.is_file():
        raise SpecError(
            f"{EXAMPLE_EXTENSION} names {location!r}, which does not exist", file=written_in, pointer=pointer
        )
    file = example
    try:
        return json.loads(read_text(file), parse_float=Decimal)  # amounts as written: 596.00 stays 596.00
    except (ValueError, RecursionError) as exc:
        raise SpecError(f"not JSON: {exc}", file=file) from None


def _check_operation_ids(result: Bundle) -> None:
    seen: dict[str, list[str | int]] = {}
    for method, path, operation in iter_operations(result.document):
        operation_id = operation.get("operationId")
        place: list[str | int] = ["paths", path, method, "operationId"]
        if isinstance(operation_id, str) and operation_id in seen:
            first = result.locate(seen[operation_id]).describe().removesuffix(": ")
            _refuse(result, place, f"operationId {operation_id!r} is already used at {first}")
        seen.setdefault(str(operation_id), place)


def _refuse(result: Bundle, path: list[str | int], message: str) -> None:
    located = result.locate(path)
    raise SpecError(message, file=located.file, pointer=located.pointer, line=located.line)


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
