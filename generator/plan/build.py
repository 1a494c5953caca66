"""Build the plan, once: the names checked, the description parsed, our extensions' meaning joined in.

    bundled document -> names.check_spec -> parser.parse (openapi-python-client) -> names applied -> ApiPlan

The renderers (package templates, reference docs) read the `ApiPlan` this returns and nothing else: everything
they need from the document (texts, examples, extensions) is in it.
"""

from __future__ import annotations

import copy
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

from ..errors import SpecError
from ..runtime import _fields, _validation
from ..runtime._exceptions import error_class
from ..spec.bundle import iter_operations, operation_parameters, resolve
from . import names
from .examples import Examples
from .operations import RULES_EXTENSION, OperationPlan, plan_operations
from .parser import ParsedEndpoint, class_name, parse, pascal_case_name, python_identifier
from .values import (
    ApiPlan,
    EndpointPlan,
    Environment,
    ErrorPlan,
    ModelPlan,
    ParameterPlan,
    ResponsePlan,
    ServicePlan,
    TypeRef,
)

EMPTY_BODY_EXTENSION = "x-voyado-empty-body"
EMPTY_BODY_FILLERS = {"status-code": "status_code_body", "empty-object": "empty_object_body"}


def build_plan(document: dict[str, Any], spec_dir: Path, locate: names.Locate = str) -> ApiPlan:
    """The plan of a bundled description. Raises SpecError on any problem; `locate` turns a pointer into the
    document into a place in the source files, for messages."""
    names.check_spec(document, locate)
    parsed = parse(codegen_document(document))
    formers = former_names(document)
    # A field named like a class (the parser keeps `OrderFee` when `orderFee` takes `order_fee`) would hide that
    # class in the model's compiled methods: it is renamed like a reserved name.
    classes = frozenset([model.name for model in parsed.models] + [enum.name for enum in parsed.enums])
    models = tuple(
        replace(_named_fields(model, locate, classes), formers=formers.get(model.name, ())) for model in parsed.models
    )
    enums = tuple(replace(enum, formers=formers.get(enum.name, ())) for enum in parsed.enums)
    by_name = {
        python_identifier(operation_id, "field_"): (plan, operation)
        for operation_id, (plan, operation) in _operations(document).items()
    }
    examples = Examples(document, spec_dir)
    model_fields = {model.name: model for model in models}
    services = []
    for key, endpoints in parsed.services:
        planned = []
        for endpoint in endpoints:
            if endpoint.name not in by_name:
                raise SpecError(f"operation {endpoint.name} is not in the bundled description")
            plan, operation = by_name[endpoint.name]
            planned.append(_endpoint(document, endpoint, plan, operation, model_fields, examples, locate))
        services.append(
            ServicePlan(names.service_name(key), pascal_case_name(key), _tag_description(document, key), tuple(planned))
        )
    tag_order = tuple(names.service_name(str(tag.get("name", ""))) for tag in document.get("tags") or [])
    return ApiPlan(tuple(services), models, enums, environments(document), tag_order)


def codegen_document(document: dict[str, Any]) -> dict[str, Any]:
    """The description as openapi-python-client should read it: each inline body named by `x-voyado-model-name`
    is a component of that name (so its class is named so), and headers the client sends itself are no
    arguments."""
    result = copy.deepcopy(document)
    schemas = result.setdefault("components", {}).setdefault("schemas", {})
    for named in names.named_bodies(result):  # `names.check_spec` made sure one name names one schema
        schemas[named.name] = {key: value for key, value in named.schema.items() if key != names.MODEL_NAME_EXTENSION}
        named.schema.clear()
        named.schema["$ref"] = f"#/components/schemas/{named.name}"
    for _method, _path, operation in iter_operations(result):
        kept = [p for p in operation.get("parameters") or [] if not _sent_by_client(result, p)]
        if kept:
            operation["parameters"] = kept
        else:
            operation.pop("parameters", None)
    return result


def _sent_by_client(document: dict[str, Any], parameter: dict[str, Any]) -> bool:
    return bool(resolve(document, parameter, "parameters").get(names.SENT_BY_CLIENT_EXTENSION))


def former_names(document: dict[str, Any]) -> dict[str, tuple[str, ...]]:
    """Each class's former names, kept as aliases: a schema's `x-voyado-former-names`, and for an inline body
    named by `x-voyado-model-name`, the name openapi-python-client gave it after its operation."""
    formers: dict[str, tuple[str, ...]] = {}
    for name, schema in ((document.get("components") or {}).get("schemas") or {}).items():
        if schema.get(names.FORMER_NAMES_EXTENSION):
            formers[class_name(str(name))] = tuple(schema[names.FORMER_NAMES_EXTENSION])
    for body in names.named_bodies(document):
        formers[body.name] = (*formers.get(body.name, ()), *body.formers)
    return formers


def _operations(document: dict[str, Any]) -> dict[str, tuple[OperationPlan, dict[str, Any]]]:
    plans = plan_operations(document)
    return {
        str(operation.get("operationId", "")): (plans[str(operation.get("operationId", ""))], operation)
        for _method, _path, operation in iter_operations(document)
    }


def _named_fields(model: ModelPlan, locate: names.Locate, classes: frozenset[str]) -> ModelPlan:
    """A model with each reserved field name renamed by the rule (a trailing underscore), checked unique."""
    reserved = names.FIELD_NAMES | classes
    fields = tuple(replace(f, python_name=names.unreserved(f.python_name, reserved)) for f in model.fields)
    where = names.pointer("components", "schemas", model.name)
    names.check_unique(f"field of {model.name}", [(f.python_name, f.wire_name, where) for f in fields], locate)
    return replace(model, fields=fields)


def _endpoint(
    document: dict[str, Any],
    endpoint: ParsedEndpoint,
    plan: OperationPlan,
    operation: dict[str, Any],
    models: dict[str, ModelPlan],
    examples: Examples,
    locate: names.Locate,
) -> EndpointPlan:
    if not plan.operation_id:
        raise SpecError(f"{plan.http_method} {plan.path} has no operationId; the SDK names its method after it")
    spec_parameters = [
        p for p in operation_parameters(document, operation) if not p.get(names.SENT_BY_CLIENT_EXTENSION)
    ]
    described = {(p.get("in"), p.get("name")): " ".join(str(p.get("description", "")).split()) for p in spec_parameters}
    parameters = [
        ParameterPlan(
            p.place,
            names.unreserved(p.python_name, names.ARGUMENT_NAMES),
            p.wire_name,
            p.type,
            p.required,
            described.get((p.place, p.wire_name), ""),
        )
        for p in endpoint.parameters
    ]
    where = names.pointer("paths", plan.path, plan.http_method.lower())
    names.check_unique(
        f"argument of {endpoint.name}", [(p.python_name, p.wire_name, where) for p in parameters], locate
    )
    in_spec_order = {(p.get("in"), p.get("name")): index for index, p in enumerate(spec_parameters)}
    parameters.sort(key=lambda p: in_spec_order.get((p.place, p.wire_name), len(in_spec_order)))
    responses = tuple(
        ResponsePlan(r.low, r.high, r.type, _empty_body(operation, r.status) if r.type is not None else None)
        for r in endpoint.responses
    )
    planned = EndpointPlan(
        operation=plan,
        module=python_identifier(endpoint.name, "field_"),
        summary=endpoint.summary,
        description=endpoint.description,
        parameters=tuple(parameters),
        body=endpoint.body,
        body_required=endpoint.body_required,
        responses=responses,
        errors=_errors(document, operation),
        check_body=_check_body(plan),
        page_item=None,
        example=(),
    )
    return replace(
        planned,
        page_item=_page_item(planned, models),
        example=examples.arguments(operation, planned.parameters, spec_parameters),
        bulk_order_names=_bulk_order_names(planned, models),
    )


def _bulk_order_names(endpoint: EndpointPlan, models: dict[str, ModelPlan]) -> tuple[str, ...]:
    """The wire and python names of the body field a bulk method keeps items in order by (`names` checked it is a
    field of the body): a plain dict item may use either."""
    bulk = endpoint.operation.bulk
    if bulk is None or bulk.in_order_by is None or endpoint.body is None:
        return ()
    body = models.get(endpoint.body.models[0]) if endpoint.body.models else None
    python = next((f.python_name for f in body.fields if f.wire_name == bulk.in_order_by), None) if body else None
    return (bulk.in_order_by, python) if python and python != bulk.in_order_by else (bulk.in_order_by,)


def _empty_body(operation: dict[str, Any], status: str) -> str | None:
    """The runtime function that stands in for an empty body of this response, if the spec allows one."""
    declared = ((operation.get("responses") or {}).get(status) or {}).get(EMPTY_BODY_EXTENSION)
    if declared is None:
        return None
    if declared not in EMPTY_BODY_FILLERS:
        raise SpecError(f"{EMPTY_BODY_EXTENSION}: {declared!r} is not one of {sorted(EMPTY_BODY_FILLERS)}")
    return EMPTY_BODY_FILLERS[declared]


def _errors(document: dict[str, Any], operation: dict[str, Any]) -> tuple[ErrorPlan, ...]:
    return tuple(
        ErrorPlan(
            str(code),
            error_class(int(code)).__name__,
            str(resolve(document, response, "responses").get("description", "")),
        )
        for code, response in (operation.get("responses") or {}).items()
        if not str(code).startswith("2")
    )


def _check_body(plan: OperationPlan) -> str | None:
    """The runtime check of the body's rules, from its schema's `x-voyado-rules` (`order` -> `check_order`). A rule
    set the runtime lacks stops the generation."""
    if plan.rules is None:
        return None
    check = f"check_{plan.rules}"
    if not callable(getattr(_validation, check, None)):
        raise SpecError(f"{plan.operation_id}: {RULES_EXTENSION}: {plan.rules!r} names no rule set of the runtime")
    return f"_validation.{check}"


def _page_item(endpoint: EndpointPlan, models: dict[str, ModelPlan]) -> str | None:
    """The item class of an `offset`/`count` operation whose one result is a model with `items` (a list of
    models) and `totalCount`; else None."""
    query = {p.wire_name for p in endpoint.in_place("query")}
    if not {"offset", "count"} <= query or len(endpoint.responses) != 1:
        return None
    result: TypeRef | None = endpoint.responses[0].type
    if result is None or not isinstance(result.kind, _fields.ModelOf):
        return None
    fields = {field.python_name: field for field in models[result.kind.name].fields}
    items = fields.get("items")
    if "total_count" not in fields or items is None:
        return None
    kind = items.type.kind
    return kind.item.name if isinstance(kind, _fields.ListOf) and isinstance(kind.item, _fields.ModelOf) else None


def _tag_description(document: dict[str, Any], service: str) -> str:
    for tag in document.get("tags") or []:
        if names.service_name(str(tag.get("name", ""))) == names.service_name(service):
            return str(tag.get("description", ""))
    return ""


def environments(document: dict[str, Any]) -> tuple[Environment, ...]:
    """The spec's servers, named by their descriptions (`Production` -> PRODUCTION); the first is the default."""
    choices: list[Environment] = []
    for index, server in enumerate(document.get("servers") or []):
        name = re.sub(r"[^A-Z0-9]+", "_", str(server.get("description") or "").upper()).strip("_")
        if not name or name[0].isdigit() or name == "DEFAULT" or name in {c.name for c in choices}:
            name = f"SERVER_{index}"
        choices.append(Environment(name, repr(str(server["url"]))))
    if not choices:
        raise SpecError("the description has no servers; the client needs at least one base URL")
    return tuple(choices)
