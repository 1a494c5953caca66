"""Reference docs from the spec: an index of services and a page per service, each method with a runnable snippet.

Texts and examples come from the bundled document; every type comes from the plan the package was rendered from
(`generator.plan.signatures`), so a documented signature is exactly the generated one.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from ..errors import SpecError
from ..plan.names import SENT_BY_CLIENT_EXTENSION, legacy_method_name, service_name
from ..plan.operations import OperationPlan, plan_operations
from ..plan.signatures import ModelReference, Signature
from ..runtime._exceptions import error_class
from ..runtime._retry import SUMMARIES
from ..spec.bundle import body_schema_of, iter_operations, operation_parameters, resolve
from ..spec.lint import EXAMPLE_EXTENSION, read_example

DOCS_TEMPLATES = Path(__file__).resolve().parent / "templates" / "docs"
EXAMPLE_BASE_URL = "https://your-tenant.voyado.com"
EXAMPLE_DATE_TIME = "2024-05-02T14:03:11+02:00"


@dataclass
class Parameter:
    name: str
    location: str
    type: str
    required: bool
    description: str


@dataclass
class Operation:
    service: str
    method_name: str
    http_method: str
    path: str
    summary: str
    description: str
    parameters: list[Parameter]
    body: str | None
    returns: str
    errors: list[tuple[str, str, str]]
    retry: str
    snippet: str
    arguments: list[tuple[str | None, Any]] = field(default_factory=list)
    models: tuple[str, ...] = ()
    alias: str = ""  # the published SDK's name for the same method, when it differs
    bulk: str = ""  # the name of its bulk method (`register_many`), when it has one


@dataclass
class Service:
    tag: str
    attribute: str
    description: str
    operations: list[Operation]


class Examples:
    """Example values that the spec (and Voyado's rules) accept: ISO dates, enum members, amounts in range."""

    def __init__(self, document: dict[str, Any], spec_dir: Path) -> None:
        self.document = document
        self.spec_dir = spec_dir

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
            return number if kind == "integer" else float(number)
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


def _literal(value: Any, indent: int = 0) -> str:
    """A readable Python literal for JSON-like data (True/False/None, double quotes, one field per line)."""
    pad = " " * (indent + 4)
    if isinstance(value, dict):
        if not value:
            return "{}"
        body = ",\n".join(f"{pad}{json.dumps(key)}: {_literal(item, indent + 4)}" for key, item in value.items())
        return "{\n" + body + ",\n" + " " * indent + "}"
    if isinstance(value, list):
        if not value:
            return "[]"
        body = ",\n".join(f"{pad}{_literal(item, indent + 4)}" for item in value)
        return "[\n" + body + ",\n" + " " * indent + "]"
    if isinstance(value, bool) or value is None:
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    return repr(value)


def _first_sentence(text: str) -> str:
    text = " ".join(text.split())
    match = re.match(r"(.+?\.)(\s|$)", text)
    return match.group(1) if match else text


def build(document: dict[str, Any], spec_dir: Path, signatures: dict[str, Signature]) -> list[Service]:
    """Every service of the description with its operations, in the spec's tag order.

    Types come from the plan the package was rendered from (`signatures`), so the docs say what the code declares.
    """
    examples = Examples(document, spec_dir)
    plans = plan_operations(document)
    by_tag: dict[str, list[Operation]] = {}
    for _method, _path, operation in iter_operations(document):
        tag = (operation.get("tags") or ["default"])[0]
        signature = signatures[legacy_method_name(operation)]
        plan = plans[str(operation.get("operationId", ""))]
        by_tag.setdefault(tag, []).append(_operation(document, examples, plan, operation, signature))
    services = []
    for tag_info in document.get("tags") or [{"name": tag} for tag in by_tag]:
        tag = tag_info["name"]
        if tag in by_tag:
            operations = sorted(by_tag[tag], key=lambda op: op.method_name)
            services.append(Service(tag, service_name(tag), tag_info.get("description", ""), operations))
    return services


def _operation(
    document: dict[str, Any], examples: Examples, plan: OperationPlan, operation: dict[str, Any], signature: Signature
) -> Operation:
    if not plan.operation_id:
        raise SpecError(f"{plan.http_method} {plan.path} has no operationId; the SDK names its method after it")
    parameters = []
    arguments: list[tuple[str | None, Any]] = []
    required_keywords: list[tuple[str | None, Any]] = []
    for spec_parameter in operation_parameters(document, operation):
        if spec_parameter.get(SENT_BY_CLIENT_EXTENSION):
            continue
        schema = spec_parameter.get("schema") or {}
        name, declared = signature.parameters[spec_parameter["in"], spec_parameter["name"]]
        required = bool(spec_parameter.get("required"))
        parameters.append(
            Parameter(
                name,
                spec_parameter["in"],
                declared,
                required,
                " ".join(str(spec_parameter.get("description", "")).split()),
            )
        )
        example = examples.value(schema, spec_parameter["name"])
        if spec_parameter["in"] == "path":
            arguments.append((None, example))
        elif required:
            required_keywords.append((name, example))
    body = signature.body
    body_schema = body_schema_of(operation)
    if body_schema is not None:
        arguments.append(("request_body", examples.value(body_schema)))
    arguments += required_keywords
    responses = operation.get("responses") or {}
    returns = signature.returns
    errors = [
        (code, error_class(int(code)).__name__, _first_sentence(_response(document, response)))
        for code, response in responses.items()
        if not code.startswith("2")
    ]
    retry = SUMMARIES[plan.retry_policy] + (f" (safe: {plan.retry_because})" if plan.retry_because else "")
    result = Operation(
        plan.service,
        plan.method_name,
        plan.http_method,
        plan.path,
        operation.get("summary", ""),
        operation.get("description", ""),
        parameters,
        body,
        returns,
        errors,
        retry,
        "",
        arguments,
        signature.models,
        plan.alias or "",
        plan.bulk.name if plan.bulk else "",
    )
    result.snippet = _snippet(result)
    return result


def _response(document: dict[str, Any], response: dict[str, Any]) -> str:
    return str(resolve(document, response, "responses").get("description", ""))


def _snippet(operation: Operation) -> str:
    lines = [
        "from voyado_engage import VoyadoEngage",
        "",
        f'sdk = VoyadoEngage(api_key="YOUR_API_KEY", base_url="{EXAMPLE_BASE_URL}", user_agent="AcmeShop/2.1")',
    ]
    call = f"sdk.{operation.service}.{operation.method_name}"
    if not operation.arguments:
        lines.append(f"result = {call}()")
    else:
        rendered = [
            f"    {_literal(value, 4)}," if keyword is None else f"    {keyword}={_literal(value, 4)},"
            for keyword, value in operation.arguments
        ]
        lines += [f"result = {call}(", *rendered, ")"]
    lines.append("print(result)")
    return "\n".join(lines)


def render_docs(services: list[Service], out_dir: Path, models: list[ModelReference] | None = None) -> None:
    """Write `index.md`, one page per service and the model reference (`models.md`) into `out_dir`."""
    environment = Environment(
        loader=FileSystemLoader(DOCS_TEMPLATES),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )
    environment.filters["cell"] = table_cell
    environment.filters["md"] = markdown_text
    environment.filters["first_sentence"] = _first_sentence
    out_dir.mkdir(parents=True, exist_ok=True)
    count = sum(len(service.operations) for service in services)
    for name in ("index", "operations"):
        text = environment.get_template(f"{name}.md.jinja").render(services=services, count=count)
        (out_dir / f"{name}.md").write_text(text, "utf-8")
    page = environment.get_template("service.md.jinja")
    for service in services:
        (out_dir / f"{service.attribute}.md").write_text(page.render(service=service), "utf-8")
    if models is not None:
        reference = environment.get_template("models.md.jinja").render(models=models)
        (out_dir / "models.md").write_text(reference, "utf-8")


_MARKDOWN_ESCAPES = {"\\": "\\\\", "<": "&lt;", ">": "&gt;", "&": "&amp;", "[": "\\[", "]": "\\]", "`": "\\`"}
_MARKDOWN_SPECIAL = re.compile(r"[\\<>&\[\]`]")


def markdown_text(text: str) -> str:
    """Spec text as Markdown that shows it and does nothing else: no HTML, links, images, code fences or headings
    (a spec may come from outside); emphasis is left alone, it is harmless."""
    escaped = _MARKDOWN_SPECIAL.sub(lambda match: _MARKDOWN_ESCAPES[match.group()], str(text))
    return re.sub(r"^(\s*)([#>+=-])", r"\1\\\2", escaped, flags=re.M)


def table_cell(text: str) -> str:
    """Text that stays in one Markdown table cell: a `|` (as in `str | None`) would end the cell."""
    return str(text).replace("|", "\\|")
