"""Reference docs from the plan: an index of services, a page per service (each method with a runnable snippet)
and the model reference. They read the same plan the package is rendered from, so a documented signature is
exactly the generated one."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from jinja2 import FileSystemLoader

from ..plan.values import JSON, ApiPlan, EndpointPlan
from .jinja import jinja_environment

DOCS_TEMPLATES = Path(__file__).resolve().parent / "templates" / "docs"
EXAMPLE_BASE_URL = "https://your-tenant.voyado.com"


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str
    type: str
    required: bool
    description: str


@dataclass
class Operation:
    """An operation as its docs page shows it."""

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
    arguments: list[tuple[str | None, JSON]] = field(default_factory=list)
    models: tuple[str, ...] = ()
    alias: str = ""  # the published SDK's name for the same method, when it differs
    bulk: str = ""  # the name of its bulk method (`register_many`), when it has one
    iterator: str = ""  # the name of its page iterator (`list_transactions_iter`), when it has one
    signature: str = ""  # the method as the code declares it: `sdk.orders.register(*, request_body: ...) -> ...`


@dataclass
class Service:
    attribute: str
    description: str
    operations: list[Operation]


def _literal(value: JSON, indent: int = 0) -> str:
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
    if isinstance(value, Decimal):
        return f'Decimal("{value}")'
    return repr(value)


def _first_sentence(text: str) -> str:
    text = " ".join(text.split())
    match = re.match(r"(.+?\.)(\s|$)", text)
    return match.group(1) if match else text


def build(plan: ApiPlan) -> list[Service]:
    """Every service the spec's tags list, in their order, with its operations by method name."""
    return [
        Service(
            service.attribute,
            service.description,
            sorted((_operation(endpoint) for endpoint in service.endpoints), key=lambda op: op.method_name),
        )
        for service in plan.documented_services
    ]


def _operation(endpoint: EndpointPlan) -> Operation:
    plan = endpoint.operation
    parameters = [
        Parameter(p.python_name, p.place, p.type.value_type, p.required, p.description) for p in endpoint.parameters
    ]
    errors = [(e.status, e.exception, _first_sentence(e.description)) for e in endpoint.errors]
    retry = endpoint.retry_summary + (f" (safe: {plan.retry_because})" if plan.retry_because else "")
    result = Operation(
        plan.service,
        plan.method_name,
        plan.http_method,
        plan.path,
        endpoint.summary,
        endpoint.description,
        parameters,
        endpoint.body.input_type if endpoint.body is not None else None,
        endpoint.result_type,
        errors,
        retry,
        "",
        list(endpoint.example),
        endpoint.models,
        plan.alias or "",
        plan.bulk.name if plan.bulk else "",
        f"{plan.method_name}_iter" if endpoint.page_item else "",
    )
    result.snippet = _snippet(result)
    result.signature = _signature(endpoint)
    return result


def _signature(endpoint: EndpointPlan) -> str:
    """The method's declaration, as the generated service writes it (the plan's declarations, one per line)."""
    positional, keyword = endpoint.declarations()
    arguments = [*positional, *(["*"] if keyword else []), *keyword, "**options"]
    call = f"sdk.{endpoint.operation.service}.{endpoint.operation.method_name}"
    return f"{call}(\n" + "".join(f"    {argument},\n" for argument in arguments) + f") -> {endpoint.result_type}"


def _snippet(operation: Operation) -> str:
    uses_decimal = "Decimal(" in "".join(_literal(value) for _, value in operation.arguments)
    lines = [
        *(["from decimal import Decimal", ""] if uses_decimal else []),
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


def render_docs(plan: ApiPlan, out_dir: Path) -> None:
    """Write `index.md`, one page per service and the model reference (`models.md`) into `out_dir`."""
    environment = jinja_environment(FileSystemLoader(DOCS_TEMPLATES))
    environment.filters["cell"] = table_cell
    environment.filters["md"] = markdown_text
    environment.filters["first_sentence"] = _first_sentence
    environment.filters["words"] = lambda text: " ".join(str(text).split())
    out_dir.mkdir(parents=True, exist_ok=True)
    services = build(plan)
    count = sum(len(service.operations) for service in services)
    for name in ("index", "operations"):
        text = environment.get_template(f"{name}.md.jinja").render(services=services, count=count)
        (out_dir / f"{name}.md").write_text(text, "utf-8")
    page = environment.get_template("service.md.jinja")
    for service in services:
        (out_dir / f"{service.attribute}.md").write_text(page.render(service=service, modules=plan.modules), "utf-8")
    reference = environment.get_template("models.md.jinja").render(models=plan.classes)
    (out_dir / "models.md").write_text(reference, "utf-8")
    site = environment.get_template("site.yml.jinja").render(services=services)
    (out_dir / "site.yml").write_text(site, "utf-8")
    model_page = environment.get_template("model.md.jinja")
    (out_dir / "models").mkdir()
    for each in plan.classes:
        (out_dir / "models" / f"{each.module}.md").write_text(model_page.render(model=each), "utf-8")


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
