"""The plan's values: what the SDK is (services, operations, parameters, bodies, responses, models, enums), each
an immutable value that the renderers read. `build.build_plan` makes them; nothing changes them afterwards.

The small decisions of how a value becomes code (a declaration, an import line, a page iterator's item) are
methods here, in Python, so the templates only place text.
"""

from __future__ import annotations

import builtins
import keyword
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cached_property
from typing import TYPE_CHECKING, Literal

from ..runtime import _fields
from ..runtime._retry import SUMMARIES

if TYPE_CHECKING:
    from .operations import OperationPlan

Place = Literal["path", "query", "header"]
JSON = None | bool | int | float | Decimal | str | list["JSON"] | dict[str, "JSON"]


def python_literal(text: str) -> str:
    """A Python string literal of spec text, exact for any character (JSON escapes would split one beyond U+FFFF
    into two surrogates)."""
    return repr(text)


@dataclass(frozen=True)
class TypeRef:
    """What a value is: its runtime kind (how it is checked, read and written) and its Python types."""

    kind: _fields.Kind
    value_type: str  # the type of the value once read or held: `Order`, `list[OrderItem]`, `float | Decimal`
    input_type: str  # what a caller may pass: also a model's `...Param`, an enum's values as literals
    classes: tuple[str, ...]  # the model and enum classes it names, in order

    @property
    def coercer(self) -> str:
        return self.kind.coercer

    @property
    def models(self) -> tuple[str, ...]:
        """The model classes it names (through lists), for links to their reference."""
        kind = self.kind
        while isinstance(kind, _fields.ListOf):
            kind = kind.item
        return (kind.name,) if isinstance(kind, _fields.ModelOf) else ()


@dataclass(frozen=True)
class FieldPlan:
    """One property of a model."""

    python_name: str
    wire_name: str
    type: TypeRef
    required: bool
    description: str

    @property
    def table_entry(self) -> str:
        """The field's entry in its model's `_fields` table."""
        required = ", required=True" if self.required else ""
        wire = python_literal(self.wire_name)
        return f"_f.Field({python_literal(self.python_name)}, {wire}, {self.type.kind!r}{required})"

    @property
    def param_annotation(self) -> str:
        """Its key's annotation in the model's `...Param`: `Required[...]` where the spec requires it; an optional
        key also takes None (the SDK leaves it out, as Voyado reads null)."""
        return f"Required[{self.type.input_type}]" if self.required else f"{self.type.input_type} | None"


@dataclass(frozen=True)
class ModelPlan:
    """A model class: its fields (required first, as the constructor declares them) and the names it had before."""

    name: str
    module: str
    description: str
    fields: tuple[FieldPlan, ...]
    formers: tuple[str, ...] = ()

    @property
    def has_param(self) -> bool:
        """Whether it has a `...Param` TypedDict (a model without fields is free-form and takes any mapping)."""
        return bool(self.fields)

    @property
    def required_fields(self) -> tuple[FieldPlan, ...]:
        return tuple(field for field in self.fields if field.required)

    @property
    def optional_fields(self) -> tuple[FieldPlan, ...]:
        return tuple(field for field in self.fields if not field.required)

    @property
    def param_class_form(self) -> bool:
        """Whether its `...Param` can be written as a class: every key a plain Python name that none of its
        annotations uses (in a class body a key `datetime` would shadow the `datetime` of `datetime.datetime`);
        else the functional form, which takes any key."""
        used = {name for field in self.fields for name in re.findall(r"[A-Za-z_]\w*", field.param_annotation)}
        return all(
            field.wire_name.isidentifier()
            and not keyword.iskeyword(field.wire_name)
            and not field.wire_name.startswith("_")
            and field.wire_name not in used
            for field in self.fields
        )

    @property
    def alias_lines(self) -> list[str]:
        """`Former = Name` (and `FormerParam = NameParam`) for each former name."""
        lines = []
        for former in self.formers:
            lines.append(f"{former} = {self.name}")
            if self.has_param:
                lines.append(f"{former}Param = {self.name}Param")
        return lines


@dataclass(frozen=True)
class EnumPlan:
    """An enum class: its members (python name, value) as the spec lists them."""

    name: str
    module: str
    members: tuple[tuple[str, str | int], ...]  # in the spec's order
    formers: tuple[str, ...] = ()

    @property
    def members_by_name(self) -> list[tuple[str, str | int]]:
        """Its members as the class lists them: by python name."""
        return sorted(self.members)

    @property
    def base(self) -> str:
        return "IntEnum" if any(isinstance(value, int) for _, value in self.members) else "StrEnum"

    @property
    def alias_lines(self) -> list[str]:
        return [f"{former} = {self.name}" for former in self.formers]


@dataclass(frozen=True)
class ParameterPlan:
    """An argument of an operation's method: where it goes on the wire, its names, its type."""

    place: Place
    python_name: str
    wire_name: str
    type: TypeRef
    required: bool
    description: str

    @property
    def declaration(self) -> str:
        return f"{self.python_name}: {self.type.value_type}" + ("" if self.required else " | Unset = UNSET")


@dataclass(frozen=True)
class ResponsePlan:
    """A success response: its status range and the type of its body (None: no body)."""

    low: int
    high: int
    type: TypeRef | None
    empty_body: str | None  # the runtime function that stands in for an empty body, if the spec allows one

    @property
    def value(self) -> str:
        """What `_parse` returns for it: the JSON body read as the declared type, or None."""
        if self.type is None:
            return "None"
        decoded = f"decode_body(response, empty={self.empty_body})" if self.empty_body else "decode_body(response)"
        return f"_m.read_response({self.type.coercer}, {decoded})"


@dataclass(frozen=True)
class ErrorPlan:
    """A documented error status, the exception it raises and when (the response's description)."""

    status: str
    exception: str
    description: str


PAGE_PARAMETERS = ("offset", "count")


@dataclass(frozen=True)
class EndpointPlan:
    """An operation as the SDK offers it: the method (from `operation`), its arguments, body and results."""

    operation: OperationPlan
    module: str  # its module under api/<service>/
    summary: str
    description: str
    parameters: tuple[ParameterPlan, ...]  # in the spec's order
    body: TypeRef | None
    body_required: bool
    responses: tuple[ResponsePlan, ...]  # the 2xx ones, in the order they are matched
    errors: tuple[ErrorPlan, ...]
    check_body: str | None  # the runtime check of the body's rules (`_validation.check_order`)
    page_item: str | None  # the item class of a paged list (`offset`/`count`, a result with `items` and `totalCount`)
    example: tuple[tuple[str | None, JSON], ...]  # arguments of a call the spec accepts: (keyword or None, value)
    bulk_order_names: tuple[str, ...] = ()  # the bulk method's ordering field: its wire name, then its python name

    def in_place(self, place: Place) -> tuple[ParameterPlan, ...]:
        return tuple(parameter for parameter in self.parameters if parameter.place == place)

    @property
    def code_parameters(self) -> tuple[ParameterPlan, ...]:
        """Its parameters in the order its method declares them: path, then query, then header ones."""
        return (*self.in_place("path"), *self.in_place("query"), *self.in_place("header"))

    @property
    def path(self) -> str:
        """The path with each path parameter under its python name (the key `path_params` fills)."""
        path = self.operation.path
        for parameter in self.in_place("path"):
            path = path.replace(f"{{{parameter.wire_name}}}", f"{{{parameter.python_name}}}")
        return path

    @property
    def result_type(self) -> str:
        """The union of its 2xx bodies' types, or None."""
        types = dict.fromkeys(r.type.value_type if r.type is not None else "None" for r in self.responses)
        return " | ".join(types) or "None"

    @property
    def models(self) -> tuple[str, ...]:
        """The model classes of its body and results, for links to their reference."""
        types = [self.body] + [response.type for response in self.responses]
        return tuple(dict.fromkeys(model for t in types if t is not None for model in t.models))

    @property
    def retry_summary(self) -> str:
        return SUMMARIES[self.operation.retry_policy]

    def _non_path(self, paged: bool) -> list[ParameterPlan]:
        parameters = [*self.in_place("query"), *self.in_place("header")]
        return [p for p in parameters if not (paged and p.wire_name in PAGE_PARAMETERS)]

    def declarations(self, *, paged: bool = False) -> tuple[list[str], list[str]]:
        """Declarations of its path parameters (positional) and of its body, query and header ones (keyword);
        `paged` leaves out `offset` and `count`, which a page iterator supplies itself."""
        positional = [p.declaration for p in self.in_place("path")]
        keyword: list[str] = []
        if self.body is not None:
            declaration = f"request_body: {self.body.input_type}"
            keyword.append(declaration if self.body_required else f"{declaration} | Unset = UNSET")
        keyword += [p.declaration for p in self._non_path(paged)]
        return positional, keyword

    def call_arguments(self, *, paged: bool = False) -> list[str]:
        """The arguments that pass a method's parameters on (to the request parts, or to the page method)."""
        arguments = [p.python_name for p in self.in_place("path")]
        if self.body is not None:
            arguments.append("request_body=request_body")
        return arguments + [f"{p.python_name}={p.python_name}" for p in self._non_path(paged)]

    @property
    def names(self) -> list[str]:
        """Every name the method has in its service: its own, its alias, and their page iterators."""
        names = [self.operation.method_name] + ([self.operation.alias] if self.operation.alias else [])
        return names + [f"{name}_iter" for name in names]

    @property
    def classes(self) -> tuple[str, ...]:
        """The model and enum classes its code names."""
        types = [p.type for p in self.parameters] + [self.body] + [r.type for r in self.responses]
        return tuple(dict.fromkeys(name for t in types if t is not None for name in t.classes))

    def bulk_doc(self, is_async: bool) -> str:
        """The bulk method's docstring after its summary line."""
        bulk = self.operation.bulk
        ordered = (
            f"Items with the same `{bulk.in_order_by}` go in the order given, each after the previous one finished, "
            "and none after one that did not go through (held back). "
            if bulk is not None and bulk.in_order_by
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
    def bulk_key(self) -> str:
        """The code of the bulk method's ordering key (an item's field by its wire or python name), or "None"."""
        if not self.bulk_order_names:
            return "None"
        return f"in_order_by({', '.join(map(python_literal, self.bulk_order_names))})"


@dataclass(frozen=True)
class ServicePlan:
    """A tag of the spec: one service class, reached as `VoyadoEngage.<attribute>`."""

    attribute: str
    class_name: str  # `PointAccounts`: its classes are `PointAccountsService` and `AsyncPointAccountsService`
    description: str
    endpoints: tuple[EndpointPlan, ...]  # in the order openapi-python-client read them

    @property
    def shadowed_builtins(self) -> list[str]:
        """The builtins (`list`, `set`) its method names shadow inside its class: annotations there must name them
        as `builtins.list` (type checkers resolve a class body's names to its methods)."""
        names = {name for endpoint in self.endpoints for name in endpoint.names}
        return sorted(name for name in names if hasattr(builtins, name))

    def aliases(self, *, paged: bool = True) -> list[tuple[str, str]]:
        """Its (alias, method) pairs; `paged` adds the page iterators' (`..._iter`)."""
        pairs = []
        for endpoint in self.endpoints:
            name, alias = endpoint.operation.method_name, endpoint.operation.alias
            if alias is not None:
                pairs.append((alias, name))
                if paged and endpoint.page_item is not None:
                    pairs.append((f"{alias}_iter", f"{name}_iter"))
        return pairs

    @property
    def classes(self) -> tuple[str, ...]:
        """The model and enum classes its methods name, page items included."""
        names = [name for endpoint in self.endpoints for name in endpoint.classes]
        names += [endpoint.page_item for endpoint in self.endpoints if endpoint.page_item is not None]
        return tuple(dict.fromkeys(names))

    @property
    def modules(self) -> list[str]:
        """Import lines of its operation modules."""
        return [f"from . import {endpoint.module}" for endpoint in self.endpoints]


@dataclass(frozen=True)
class Environment:
    """One of the spec's servers as an `Environment` member: a safe identifier and a Python string literal."""

    name: str
    url_literal: str


@dataclass(frozen=True)
class ApiPlan:
    """The whole SDK. Its derived tables (classes by name, their modules) are computed once, on first use."""

    services: tuple[ServicePlan, ...]  # in the order openapi-python-client read them
    models: tuple[ModelPlan, ...]
    enums: tuple[EnumPlan, ...]
    environments: tuple[Environment, ...]
    tag_order: tuple[str, ...]  # the services of the spec's `tags` list, in its order: the docs' order

    @property
    def documented_services(self) -> list[ServicePlan]:
        """The services the docs describe: those the spec's `tags` list names, in its order (all of them when it
        lists none)."""
        if not self.tag_order:
            return list(self.services)
        by_attribute = {service.attribute: service for service in self.services}
        return [by_attribute[tag] for tag in dict.fromkeys(self.tag_order) if tag in by_attribute]

    @cached_property
    def classes(self) -> list[ModelPlan | EnumPlan]:
        """Every model and enum class, by name."""
        return sorted([*self.models, *self.enums], key=lambda each: each.name)

    @cached_property
    def modules(self) -> dict[str, str]:
        """Every model and enum class by name, with its module under models/."""
        return {each.name: each.module for each in self.classes}

    @cached_property
    def with_params(self) -> frozenset[str]:
        return frozenset(model.name for model in self.models if model.has_param)

    def imports(self, classes: tuple[str, ...], *, depth: int) -> list[str]:
        """Import lines of `classes` (each model with its `...Param`) from a module `depth` packages below the
        package root, sorted."""
        modules, params, dots = self.modules, self.with_params, "." * (depth + 1)
        lines = []
        for name in dict.fromkeys(classes):
            imported = f"{name}, {name}Param" if name in params else name
            lines.append(f"from {dots}models.{modules[name]} import {imported}")
        return sorted(lines)

    def model_imports(self, model: ModelPlan) -> tuple[list[str], list[str]]:
        """A model module's imports: enums at the top, models after the class (models may refer to each other)."""
        classes = [name for field in model.fields for name in field.type.classes if name != model.name]
        enums = tuple(name for name in classes if name not in self._model_names)
        models = tuple(name for name in classes if name in self._model_names)
        return self.imports(enums, depth=1), self.imports(models, depth=1)

    @cached_property
    def _model_names(self) -> frozenset[str]:
        return frozenset(model.name for model in self.models)

    @property
    def exported(self) -> list[tuple[str, str]]:
        """Every name `voyado_engage.models` offers (classes, their `...Param`, former names), with its module."""
        pairs = []
        for each in self.classes:
            with_param = isinstance(each, ModelPlan) and each.has_param
            for name in (each.name, *each.formers):
                pairs.append((name, f".{each.module}"))
                if with_param:
                    pairs.append((f"{name}Param", f".{each.module}"))
        return sorted(pairs)


def unshadowed(annotation: str, shadowed: list[str]) -> str:
    """An annotation (or a declaration: its argument name is left alone) with each shadowed builtin written as
    `builtins.<name>`."""
    if not shadowed:
        return annotation
    names = "|".join(map(re.escape, shadowed))
    return re.sub(rf"(?<![\w.\"'])({names})(?![\w\"']|\s*[:=])", r"builtins.\1", annotation)
