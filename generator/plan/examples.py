"""Example values that the spec (and Voyado's rules) accept, for the docs' snippets: ISO dates, enum members,
amounts in range, or a schema's own example file (`x-voyado-example`)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from ..spec.bundle import body_schema_of, resolve
from ..spec.lint import EXAMPLE_EXTENSION, read_example
from .values import JSON, ParameterPlan

EXAMPLE_DATE_TIME = "2024-05-02T14:03:11+02:00"


class Examples:
    def __init__(self, document: dict[str, Any], spec_dir: Path) -> None:
        self.document = document
        self.spec_dir = spec_dir

    def arguments(
        self, operation: dict[str, Any], parameters: tuple[ParameterPlan, ...], spec_parameters: list[dict[str, Any]]
    ) -> tuple[tuple[str | None, JSON], ...]:
        """A call of the operation the spec accepts: its path arguments (positional), its body, then its required
        keyword arguments, each (keyword or None, value)."""
        python_names = {(p.place, p.wire_name): p.python_name for p in parameters}
        arguments: list[tuple[str | None, JSON]] = []
        required_keywords: list[tuple[str | None, JSON]] = []
        for spec_parameter in spec_parameters:
            example = self.value(spec_parameter.get("schema") or {}, spec_parameter["name"])
            if spec_parameter["in"] == "path":
                arguments.append((None, example))
            elif spec_parameter.get("required"):
                required_keywords.append((python_names[spec_parameter["in"], spec_parameter["name"]], example))
        body_schema = body_schema_of(operation)
        if body_schema is not None:
            arguments.append(("request_body", self.value(body_schema)))
        return (*arguments, *required_keywords)

    def value(self, schema: dict[str, Any], name: str = "", depth: int = 0) -> Any:
        schema = resolve(self.document, schema, "schemas")
        example_file = schema.get(EXAMPLE_EXTENSION)
        if isinstance(example_file, str):
            return read_example(self.spec_dir, example_file)
        if "enum" in schema:
            return schema["enum"][0]
        kind = schema.get("type")
        if kind == "object" or "properties" in schema:
            return self._object(schema, depth)
        if kind == "array":
            return [self.value(schema.get("items") or {}, name, depth + 1)] if depth < 6 else []
        if kind == "string":
            if schema.get("format") == "date-time":
                return EXAMPLE_DATE_TIME
            return "jane.doe@example.com" if "email" in name.lower() else f"{name or 'value'}-1"
        if kind in ("number", "integer"):
            low, high = schema.get("minimum"), schema.get("maximum")
            number = 1
            if high is not None and number > high:  # a range such as discounts' [.., 0]: one below the top
                number = high - 1 if low is None or high - 1 >= low else high
            if low is not None and number < low:
                number = low
            return number if kind == "integer" else Decimal(number)  # an amount: Decimal, as the README advises
        if kind == "boolean":
            return True
        return {}

    def _object(self, schema: dict[str, Any], depth: int) -> dict[str, Any]:
        properties: dict[str, Any] = schema.get("properties") or {}
        required = [key for key in schema.get("required") or [] if key in properties]
        chosen = required or list(properties)[:3]
        if depth > 6:
            return {}
        return {key: self.value(properties[key], key, depth + 1) for key in chosen}
