"""Decisions the templates ask for: how a property is typed and coerced, how an operation may be retried.

openapi-python-client parses the description into property and endpoint objects; these functions read them (and
our `x-voyado-*` extensions in the bundled document) and answer with small strings of Python for the templates.
The templates render; they do not decide.
"""

from __future__ import annotations

import builtins
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from openapi_python_client.parser.openapi import Endpoint
from openapi_python_client.parser.responses import Response
from openapi_python_client.strings import ClassName, PythonIdentifier

from ..errors import SpecError
from ..runtime import _validation
from ..runtime._retry import SUMMARIES
from ..spec.bundle import iter_operations, operation_parameters
from .kinds import (
    ListKind,
    ModelKind,
    field_table,
    kind_of,
    param_class_form,
    param_fields,
    python_literal,
)
from .names import FORMER_NAMES_EXTENSION, named_bodies
from .operations import RULES_EXTENSION, OperationPlan, plan_operations
from .parsed import code_text, has_return_body, wire_name

EMPTY_BODY_EXTENSION = "x-voyado-empty-body"
EMPTY_BODY_FILLERS = {"status-code": "status_code_body", "empty-object": "empty_object_body"}


def coercer(prop: Any, model: Any = None) -> str:
    return kind_of(prop, model).coercer()


def value_type(prop: Any, model: Any = None) -> str:
    return kind_of(prop, model).value_type()


def input_type(prop: Any, model: Any = None) -> str:
    return kind_of(prop, model).input_type()


@dataclass(frozen=True)
class BulkMethod:
    """A bulk method: its name, the type of one item (the body's), and the body field that keeps items in order."""

    name: str
    item: str
    in_order_by: str | None

    def doc(self, is_async: bool) -> str:
        """The bulk method's docstring after its summary line."""
        ordered = (
            f"Items with the same `{self.in_order_by}` go in the order given, each after the previous one finished, "
            "and none after one that did not go through (held back). "
            if self.in_order_by
            else ""
        )
        threads = "" if is_async else "; each request runs on one of that many worker threads"
        leaving = (
            "To leave the loop early, iterate inside `async with`: leaving waits for what is in flight."
            if is_async
            else "Leaving the loop early waits for what is in flight."
        )
        return (
            f"Iterate the result ({'`async for`' if is_async else '`for`'}) for each item's `Outcome` as it "
            "completes: its `delivery` (accepted, rejected, not delivered, unknown, held back), its `APIResponse` "
            f"(`result`) or its `error`. {ordered}A 429 slows the whole send and honours `Retry-After`; what was "
            "refused with 429 or provably never sent goes again (up to 5 times); an item whose delivery is unknown "
            "is never sent again. `before_send` runs just before each request starts (record the item as being "
            f"sent there). `concurrency` defaults to the rate x 1 s (4 to 64){threads}. `.stop()` starts nothing "
            f"new; what is in flight finishes and is still reported. {leaving}"
        )

    @property
    def key(self) -> str:
        """The code of the ordering key, or "None"."""
        return "None" if self.in_order_by is None else f"in_order_by({python_literal(self.in_order_by)})"


@dataclass(frozen=True)
class OperationFacts:
    """What the bundled document says about each operation beyond what openapi-python-client keeps."""

    document: dict[str, Any]

    @cached_property
    def plans(self) -> dict[str, OperationPlan]:
        """Each operation's plan, by the name openapi-python-client gives its endpoint."""
        return {plan.endpoint_name: plan for plan in plan_operations(self.document).values()}

    @cached_property
    def _by_name(self) -> dict[str, dict[str, Any]]:
        return {
            str(PythonIdentifier(str(operation.get("operationId", "")), prefix="field_")): operation
            for _method, _path, operation in iter_operations(self.document)
        }

    def plan(self, endpoint: Endpoint) -> OperationPlan:
        plan = self.plans.get(str(endpoint.name))
        if plan is None:
            raise SpecError(f"operation {endpoint.name} is not in the bundled description")
        return plan

    def _operation(self, endpoint: Endpoint) -> dict[str, Any]:
        # Matched by operationId: openapi-python-client renames path parameters inside `endpoint.path`.
        return self._by_name[self.plan(endpoint).endpoint_name]

    def operation_id(self, endpoint: Endpoint) -> str:
        """The operationId as the spec writes it (`Orders_RegisterOrder`), as a Python string literal."""
        return python_literal(self.plan(endpoint).operation_id or endpoint.name)

    def method_name(self, endpoint: Endpoint) -> str:
        """The operation's method name (`register`), from `x-voyado-method-name`."""
        return self.plan(endpoint).method_name

    def method_aliases(self, endpoint: Endpoint) -> list[str]:
        """Other names of the same method: the published SDK's (`orders_register_order`), unless it is the same."""
        alias = self.plan(endpoint).alias
        return [] if alias is None else [alias]

    def aliases(self, collection: Any, *, paged: bool = True) -> list[tuple[str, str]]:
        """A service's (alias, method) pairs; `paged` adds the page iterators' (`..._iter`)."""
        pairs = []
        for endpoint in collection.endpoints:
            name = self.method_name(endpoint)
            for alias in self.method_aliases(endpoint):
                pairs.append((alias, name))
                if paged and _page_item(endpoint) is not None:
                    pairs.append((f"{alias}_iter", f"{name}_iter"))
        return pairs

    def shadowed_builtins(self, collection: Any) -> list[str]:
        """The builtins (`list`, `set`) a service's method names shadow inside its class: annotations there must
        name them as `builtins.list` (type checkers resolve a class body's names to its methods)."""
        names = {name for endpoint in collection.endpoints for name in self._all_names(endpoint)}
        return sorted(name for name in names if hasattr(builtins, name))

    def _all_names(self, endpoint: Endpoint) -> list[str]:
        names = [self.method_name(endpoint), *self.method_aliases(endpoint)]
        return names + [f"{name}_iter" for name in names]

    def bulk_method(self, endpoint: Endpoint) -> BulkMethod | None:
        """The operation's bulk method (`register_many`), from `x-voyado-bulk`; None without one."""
        bulk = self.plan(endpoint).bulk
        return None if bulk is None else BulkMethod(bulk.name, input_type(endpoint.bodies[0].prop), bulk.in_order_by)

    def retry_policy(self, endpoint: Endpoint) -> str:
        """`RetryPolicy.IDEMPOTENT` or `RetryPolicy.NOT_PROCESSED_ONLY`, from the method and `x-voyado-idempotent`."""
        return f"RetryPolicy.{self.plan(endpoint).retry_policy.name}"

    def retry_summary(self, endpoint: Endpoint) -> str:
        """How the operation is retried, in the words the docs use."""
        return SUMMARIES[self.plan(endpoint).retry_policy]

    def idempotency_header(self, endpoint: Endpoint) -> str:
        """The header (a Python literal) marked `x-voyado-idempotency-key`: the client fills it with a fresh key
        per call, kept across that call's retries; "None" when the operation has none."""
        header = self.plan(endpoint).idempotency_header
        return "None" if header is None else python_literal(header)

    def parameter_docs(self, endpoint: Endpoint) -> list[tuple[str, str]]:
        """Each argument of an operation's method with the description its spec parameter gives, for `Args:`."""
        described = {}
        for parameter in operation_parameters(self.document, self._operation(endpoint)):
            described[parameter.get("in"), parameter.get("name")] = " ".join(
                str(parameter.get("description", "")).split()
            )
        arguments = [("path", p) for p in endpoint.path_parameters]
        arguments += [("query", p) for p in endpoint.query_parameters]
        arguments += [("header", p) for p in endpoint.header_parameters]
        return [(str(p.python_name), described.get((place, p.name), "")) for place, p in arguments]

    def check_body(self, endpoint: Endpoint) -> str:
        """The runtime check of the body's rules, from its schema's `x-voyado-rules` (`order` -> `check_order`);
        "None" when the body has none. A rule set the runtime lacks stops the generation."""
        rules = self.plan(endpoint).rules
        if rules is None:
            return "None"
        check = f"check_{rules}"
        if not callable(getattr(_validation, check, None)):
            raise SpecError(
                f"{self.plan(endpoint).operation_id}: {RULES_EXTENSION}: {rules!r} names no rule set of the runtime"
            )
        return f"_validation.{check}"

    def response_value(self, endpoint: Endpoint, response: Response) -> str:
        """What `_parse` returns for a success response: its JSON body read as the declared type (or None)."""
        if not has_body(response):
            return "None"
        filler = self.empty_body_filler(endpoint, response)
        decoded = f"decode_body(response, empty={filler})" if filler else "decode_body(response)"
        return f"_m.read_response({coercer(response.prop)}, {decoded})"

    def empty_body_filler(self, endpoint: Endpoint, response: Response) -> str | None:
        """The runtime function that stands in for an empty body of this response, if the spec allows one."""
        status = str(response.status_code.pattern)
        responses = self._operation(endpoint).get("responses") or {}
        declared = (responses.get(status) or {}).get(EMPTY_BODY_EXTENSION)
        if declared is None:
            return None
        if declared not in EMPTY_BODY_FILLERS:
            raise SpecError(f"{EMPTY_BODY_EXTENSION}: {declared!r} is not one of {sorted(EMPTY_BODY_FILLERS)}")
        return EMPTY_BODY_FILLERS[declared]


def success_responses(endpoint: Endpoint) -> list[Response]:
    """The 2xx responses, in the order openapi-python-client matches them."""
    return [r for r in endpoint.responses.patterns if r.status_code.range and 200 <= r.status_code.range[0] <= 299]


def has_body(response: Response) -> bool:
    return has_return_body(response)


def success_type(endpoint: Endpoint) -> str:
    """The result type of an operation: the union of its 2xx bodies' types, or None."""
    types: list[str] = []
    for response in success_responses(endpoint):
        type_string = value_type(response.prop) if has_body(response) else "None"
        if type_string not in types:
            types.append(type_string)
    return " | ".join(types) if types else "None"


PAGE_PARAMETERS = ("offset", "count")


def parameters(endpoint: Endpoint, *, paged: bool = False) -> tuple[list[str], list[str]]:
    """Declarations of an operation's path parameters (positional) and its body, query and header ones.

    `paged` leaves out `offset` and `count`, which a page iterator supplies itself.
    """
    if len(endpoint.bodies) > 1:
        raise SpecError(f"{endpoint.name}: only one request body type (application/json) is supported")
    positional = [code_text(p.to_string()) for p in endpoint.path_parameters]
    keyword: list[str] = []
    for body in endpoint.bodies:
        declaration = f"request_body: {input_type(body.prop)}"
        keyword.append(declaration if body.prop.required else f"{declaration} | Unset = UNSET")
    keyword += [code_text(p.to_string()) for p in _non_path(endpoint, paged)]
    return positional, keyword


def _non_path(endpoint: Endpoint, paged: bool) -> list[Any]:
    parameters = endpoint.query_parameters + endpoint.header_parameters
    return [p for p in parameters if not (paged and p.name in PAGE_PARAMETERS)]


def service_imports(collection: Any) -> list[str]:
    """The import lines of a tag's service module: its operation modules and the types their methods name."""
    lines = {f"from . import {endpoint.name}" for endpoint in collection.endpoints}
    for endpoint in collection.endpoints:
        lines.update(endpoint.relative_imports)
        item = _page_item(endpoint)
        if item is not None:
            lines.add(f"from ...models.{item.class_info.module_name} import {item.class_info.name}")
    return sorted(lines)


def page_item_type(endpoint: Endpoint) -> str:
    """The item class of an `offset`/`count` operation whose result has `items` and `totalCount`; else ''."""
    item = _page_item(endpoint)
    return "" if item is None else value_type(item)


def _page_item(endpoint: Endpoint) -> Any:
    names = {wire_name(p) for p in endpoint.query_parameters}
    responses = success_responses(endpoint)
    if not set(PAGE_PARAMETERS) <= names or len(responses) != 1:
        return None
    result: Any = responses[0].prop
    if not isinstance(kind_of(result), ModelKind):
        return None
    fields: dict[str, Any] = {
        str(p.python_name): p for p in (result.required_properties or []) + (result.optional_properties or [])
    }
    items = fields.get("items")
    if "total_count" not in fields or items is None or not isinstance(kind_of(items), ListKind):
        return None
    return items.inner_property if isinstance(kind_of(items.inner_property), ModelKind) else None


def call_arguments(endpoint: Endpoint, *, paged: bool = False) -> list[str]:
    """The arguments that pass a method's parameters on (to the request parts, or to the page method)."""
    arguments = [str(p.python_name) for p in endpoint.path_parameters]
    if endpoint.bodies:
        arguments.append("request_body=request_body")
    arguments += [f"{p.python_name}={p.python_name}" for p in _non_path(endpoint, paged)]
    return arguments


@dataclass(frozen=True)
class ServerChoice:
    """One of the spec's servers as an `Environment` member: a safe identifier and a Python string literal."""

    name: str
    url_literal: str


def environments(document: dict[str, Any]) -> list[ServerChoice]:
    """The spec's servers, named by their descriptions (`Production` -> PRODUCTION); the first is the default."""
    choices: list[ServerChoice] = []
    for index, server in enumerate(document.get("servers") or []):
        name = re.sub(r"[^A-Z0-9]+", "_", str(server.get("description") or "").upper()).strip("_")
        if not name or name[0].isdigit() or name == "DEFAULT" or name in {c.name for c in choices}:
            name = f"SERVER_{index}"
        choices.append(ServerChoice(name, python_literal(server["url"])))
    if not choices:
        raise SpecError("the description has no servers; the client needs at least one base URL")
    return choices


@dataclass(frozen=True)
class ParamImports:
    """Import lines with each model's `...Param` TypedDict next to the model (`Order` -> `Order, OrderParam`), and
    the names a model was known by before the spec named it (`x-voyado-model-name`), kept as aliases."""

    models_with_params: frozenset[str]
    formers: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def alias_lines(self, name: str) -> list[str]:
        """`Former = Name` (and `FormerParam = NameParam`) for each former name of a model."""
        lines = []
        for former in self.formers.get(name, ()):
            lines.append(f"{former} = {name}")
            if name in self.models_with_params:
                lines.append(f"{former}Param = {name}Param")
        return lines

    def lines(self, imports: Iterable[str]) -> list[str]:
        return sorted(self._with_param(line) for line in imports)

    def lazy_names(self, imports: list[str]) -> list[tuple[str, str]]:
        """(name, relative module) pairs from openapi-python-client's `from .x import Y` lines (and the
        `YParam` beside each `Y`), sorted by name."""
        pairs = []
        for line in imports:
            match = _IMPORT.fullmatch(line.strip())
            if match is None:
                raise SpecError(f"unexpected model import line: {line!r}")
            module, name = match.groups()
            for each in (name, *self.formers.get(name, ())):
                pairs.append((each, module))
                if name in self.models_with_params:
                    pairs.append((f"{each}Param", module))
        return sorted(pairs)

    def _with_param(self, line: str) -> str:
        match = _IMPORT.fullmatch(line.strip())
        if match is None or match.group(2) not in self.models_with_params:
            return line
        return f"{line.strip()}, {match.group(2)}Param"


_IMPORT = re.compile(r"from (\.[\w.]+) import (\w+)")


def unshadowed(annotation: str, shadowed: list[str]) -> str:
    """An annotation (or a declaration: its argument name is left alone) with each shadowed builtin written as
    `builtins.<name>`."""
    if not shadowed:
        return annotation
    names = "|".join(map(re.escape, shadowed))
    return re.sub(rf"(?<![\w.\"'])({names})(?![\w\"']|\s*[:=])", r"builtins.\1", annotation)


def template_globals(facts: OperationFacts, params: ParamImports) -> dict[str, Callable[..., Any] | Any]:
    return {
        "coercer": coercer,
        "lazy_names": params.lazy_names,
        "former_aliases": params.alias_lines,
        "with_params": params.lines,
        "value_type": value_type,
        "param_fields": param_fields,
        "param_class_form": param_class_form,
        "field_table": field_table,
        "input_type": input_type,
        "operation_id": facts.operation_id,
        "method_name": facts.method_name,
        "aliases": facts.aliases,
        "shadowed_builtins": facts.shadowed_builtins,
        "retry_policy": facts.retry_policy,
        "bulk_method": facts.bulk_method,
        "bulk_doc": BulkMethod.doc,
        "retry_summary": facts.retry_summary,
        "check_body": facts.check_body,
        "idempotency_header": facts.idempotency_header,
        "parameter_docs": facts.parameter_docs,
        "response_value": facts.response_value,
        "success_responses": success_responses,
        "success_type": success_type,
        "parameters": parameters,
        "call_arguments": call_arguments,
        "page_item_type": page_item_type,
        "service_imports": service_imports,
        "environments": environments(facts.document),
    }


def former_names(document: dict[str, Any]) -> dict[str, tuple[str, ...]]:
    """Each model's former names, kept as aliases: a schema's `x-voyado-former-names`, and for an inline body
    named by `x-voyado-model-name`, the name openapi-python-client gave it after its operation."""
    formers: dict[str, tuple[str, ...]] = {}
    for name, schema in ((document.get("components") or {}).get("schemas") or {}).items():
        if schema.get(FORMER_NAMES_EXTENSION):
            formers[str(ClassName(str(name), prefix=""))] = tuple(schema[FORMER_NAMES_EXTENSION])
    for body in named_bodies(document):
        formers[body.name] = (*formers.get(body.name, ()), *body.formers)
    return formers
