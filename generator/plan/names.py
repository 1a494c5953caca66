"""Every name the package will hold, checked before anything is rendered: unique, and clear of the SDK's own.

A name is compared as Python and file systems see it: NFKC-normalised (Python folds identifiers so: a fullwidth
`o` is an `o`), and case-folded where the name is also a file (modules: many file systems ignore case). So two
spec names that would become one module, method, model or argument stop the generation, naming both places.
A name that would clash with what the SDK itself uses (a client attribute, a model's machinery, a local name of
the generated code) is renamed by one rule, a trailing underscore, where the wire name stays as the spec writes
it (model fields and operation arguments), and refused where it would be the only name (services, methods,
models).
"""

from __future__ import annotations

import keyword
import re
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from ..errors import SpecError
from ..runtime._base_client import AsyncAPIClient, SyncAPIClient
from ..spec.bundle import body_schema_of, iter_operations, operation_parameters, resolve
from .parser import class_name, python_identifier

# Names a service attribute may not take: the client's own (methods, settings, internals).
CLIENT_NAMES = frozenset(
    name for cls in (SyncAPIClient, AsyncAPIClient) for name in dir(cls) if not name.startswith("__")
) | {"timeout", "max_retries", "strict_response_validation", "default_base_url", "sdk_version", "with_options"}
# A service is also a docs page: `index` is the docs' own.
DOCS_NAMES = frozenset({"index"})
# Names a method of a service may not take (`builtins` qualifies the types a method named `list` would shadow).
SERVICE_NAMES = frozenset({"with_raw_response", "builtins"})
# The extension that gives each operation its readable method name (`register`); the operationId's snake-case form
# (`orders_register_order`, the published SDK's name) stays as an alias, and so does each name's page iterator.
# Without the extension, that snake-case form is the method's only name.
METHOD_NAME_EXTENSION = "x-voyado-method-name"
# The extension that gives an operation a bulk method (`register_many`: many bodies, paced and several in flight).
BULK_EXTENSION = "x-voyado-bulk"
BULK_FIELDS = frozenset({"method-name", "in-order-by"})
# The class name of an inline request or response body schema (`BulkStatus`): without it openapi-python-client
# names the class after the operation (`ContactBulkGetBulkStatusResponse200`), which stays as an alias.
MODEL_NAME_EXTENSION = "x-voyado-model-name"
MODEL_NAME = re.compile(r"[A-Z][A-Za-z0-9]*")
# On a component schema: the names its class had before it was renamed, kept importable as aliases.
FORMER_NAMES_EXTENSION = "x-voyado-former-names"
# A parameter the client sends itself on every call (User-Agent): not an argument of any method.
SENT_BY_CLIENT_EXTENSION = "x-voyado-sent-by-client"
METHOD_NAME = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*")
# Model class names that would shadow what the generated modules import.
MODEL_NAMES = frozenset({"Unset", "UNSET", "Model", "Any", "Mapping", "Sequence", "Decimal", "ClassVar", "Self"})
# Field names that would shadow a model's machinery or a local name of its generated constructor and `to_dict`.
FIELD_NAMES = frozenset(
    {"additional_properties", "to_dict", "from_dict", "fields", "result", "src_dict", "self"}
    | {"cls"}  # the first argument of the straight-line reader `_from_wire`, whose locals are the field names
    | {"datetime"}  # in a class body it would shadow the module that `datetime.datetime` annotations name
)
# Argument names that would shadow a local name, an import or a keyword of the generated operation code.
ARGUMENT_NAMES = frozenset(
    {"self", "options", "request_body", "params", "headers", "_kwargs", "response", "client", "httpx", "datetime"}
    | {"timeout", "max_retries", "validate", "extra_headers"}  # the per-call options every method takes
    | {"Any", "Mapping", "Sequence", "Decimal", "UNSET", "Unset", "OPERATION", "page_size", "item", "walk"}
)

# Headers the client or the HTTP layer sets itself: a spec parameter of one of these names would replace the key,
# the host or the framing of every call of its operation.
CLIENT_HEADERS = frozenset(
    {"apikey", "host", "content-length", "content-type", "transfer-encoding", "connection", "user-agent", "te"}
    | {"expect", "upgrade", "trailer", "keep-alive", "proxy-authorization", "authorization", "cookie"}
)

Locate = Callable[[str], str]


def fold(name: str, *, is_file: bool) -> str:
    normal = unicodedata.normalize("NFKC", name)
    return normal.casefold() if is_file else normal


def pointer(*parts: str) -> str:
    return "#/" + "/".join(part.replace("~", "~0").replace("/", "~1") for part in parts)


def check_spec(document: dict[str, Any], locate: Locate) -> None:
    """Before openapi-python-client reads the spec: the names of services, methods and models."""
    operations = [(operation, pointer("paths", path, method)) for method, path, operation in iter_operations(document)]
    tags = [(str((op.get("tags") or ["default"])[0]), where) for op, where in operations]
    reserved_services = CLIENT_NAMES | DOCS_NAMES
    _unique("service", [(service_name(tag), tag, where) for tag, where in tags], locate, reserved_services)
    ids = [(str(op.get("operationId", "")), where) for op, where in operations]
    _unique("method", [(_python(name, "field_"), where, where) for name, where in ids], locate, SERVICE_NAMES)
    methods: dict[str, list[tuple[str, str, str]]] = {}
    for (operation, where), (tag, _) in zip(operations, tags, strict=True):
        # Located only when one is wrong: finding a line re-reads the source files.
        with _located(locate, where):
            names = [readable_method_name(operation), legacy_method_name(operation)]
            bulk = bulk_method_name(operation)
        methods.setdefault(tag, []).extend((name + suffix, where, where) for name in names for suffix in ("", "_iter"))
        if bulk is not None:
            with _located(locate, f"{where}/{BULK_EXTENSION}"):
                _check_bulk(document, operation)
            methods[tag].append((bulk, where + "/" + BULK_EXTENSION, where))
    for tag, named in methods.items():
        _unique(f"method of {tag}", named, locate, SERVICE_NAMES, files=False)
    for operation, where in operations:
        for parameter in operation_parameters(document, operation):
            name = str(parameter.get("name", ""))
            sent_by_client = parameter.get(SENT_BY_CLIENT_EXTENSION)
            if parameter.get("in") == "header" and name.lower() in CLIENT_HEADERS and not sent_by_client:
                raise SpecError(
                    f"{locate(where)}: the header parameter {name!r} is one the client sets itself (the key, the"
                    " host, the framing); an argument may not replace it"
                )
    schemas = [(str(name), pointer("components", "schemas", str(name))) for name in _schemas(document)]
    models = [(class_name(name), name, where) for name, where in schemas]
    for name, where in schemas:
        formers = document["components"]["schemas"][name].get(FORMER_NAMES_EXTENSION, [])
        if not isinstance(formers, list) or not all(isinstance(f, str) and MODEL_NAME.fullmatch(f) for f in formers):
            raise SpecError(f"{locate(where)}: {FORMER_NAMES_EXTENSION} must list class names, not {formers!r}"[:400])
        models += [(former, f"the former name of {name}", where) for former in formers]
    first_of: dict[str, NamedBody] = {}
    for body in named_bodies(document):
        with _located(locate, body.where):
            _check_model_name(document, body, first_of.setdefault(body.name, body))
        models += [(body.name, f"the model {body.name}", body.where)]
        models += [(former, f"the former name at {body.where}", body.where) for former in body.formers]
    _unique("model", models, locate, MODEL_NAMES)  # also a module: case folded


@contextmanager
def _located(locate: Locate, where: str) -> Iterator[None]:
    """A SpecError raised inside names its place in the sources (`file:line`) instead of the operation."""
    try:
        yield
    except _Unlocated as exc:
        raise SpecError(f"{locate(where)}: {exc.reason}"[:400]) from None


class _Unlocated(SpecError):
    """A problem of one operation, before its place in the sources is known."""

    def __init__(self, operation: dict[str, Any], reason: str) -> None:
        super().__init__(f"{operation.get('operationId')}: {reason}"[:400])
        self.reason = reason


def readable_method_name(operation: dict[str, Any]) -> str:
    """An operation's readable method name, from `x-voyado-method-name`: a snake_case Python name. An operation
    without one (say, just copied from Voyado's description) is named by its operationId alone."""
    name = operation.get(METHOD_NAME_EXTENSION)
    if name is None:
        return legacy_method_name(operation)
    if not isinstance(name, str) or not METHOD_NAME.fullmatch(name) or keyword.iskeyword(name):
        raise _Unlocated(
            operation,
            f"{METHOD_NAME_EXTENSION} must give the operation's method name in snake_case (such as `get_by_id`), "
            f"not {name!r}",
        )
    return name


def bulk_method_name(operation: dict[str, Any]) -> str | None:
    """The name of an operation's bulk method, from `x-voyado-bulk` (None without one)."""
    bulk = operation.get(BULK_EXTENSION)
    if bulk is None:
        return None
    name = bulk.get("method-name") if isinstance(bulk, dict) else None
    if (
        not isinstance(bulk, dict)
        or not set(bulk) <= BULK_FIELDS
        or not isinstance(name, str)
        or not METHOD_NAME.fullmatch(name)
        or keyword.iskeyword(name)
        or not isinstance(bulk.get("in-order-by", ""), str)
    ):
        raise _Unlocated(
            operation,
            f"{BULK_EXTENSION} must be an object with `method-name` (the bulk method's name in snake_case) and "
            f"optionally `in-order-by` (a body field), not {bulk!r}",
        )
    return name


def _check_bulk(document: dict[str, Any], operation: dict[str, Any]) -> None:
    """A bulk method sends one body per item: its operation takes no other required argument, and `in-order-by`
    names a field of that body."""
    parameters = operation_parameters(document, operation)
    required = [p for p in parameters if p.get("required") and p.get(SENT_BY_CLIENT_EXTENSION) is not True]
    schema = body_schema_of(operation)
    if schema is None or required:
        raise _Unlocated(operation, "a bulk method needs an operation whose only required argument is its body")
    field = operation[BULK_EXTENSION].get("in-order-by")
    if field is not None and field not in (resolve(document, schema, "schemas").get("properties") or {}):
        raise _Unlocated(operation, f"in-order-by {field!r} is not a field of the request body")


@dataclass(frozen=True)
class NamedBody:
    """An inline body schema named by `x-voyado-model-name`: its class name, where it is, the name
    openapi-python-client would have given it (kept as an alias), and the schema."""

    name: str
    where: str
    formers: tuple[str, ...]
    schema: dict[str, Any] = field(compare=False)
    operation: dict[str, Any] = field(compare=False)


def named_bodies(document: dict[str, Any]) -> list[NamedBody]:
    """Every inline request or response body schema that carries `x-voyado-model-name`, in document order."""
    found = []
    for method, path, operation in iter_operations(document):
        endpoint = _python(str(operation.get("operationId", "")), "field_")
        places = [("requestBody", "body", operation.get("requestBody"))]
        places += [
            (f"responses/{status}", f"response_{status}", response)
            for status, response in (operation.get("responses") or {}).items()
        ]
        for place, suffix, holder in places:
            content = (holder or {}).get("content") if isinstance(holder, dict) else None
            schema = ((content or {}).get("application/json") or {}).get("schema")
            if isinstance(schema, dict) and MODEL_NAME_EXTENSION in schema:
                former = class_name(f"{endpoint}_{suffix}")
                where = pointer("paths", path, method, *place.split("/"), "content", "application/json", "schema")
                name = schema[MODEL_NAME_EXTENSION]
                found.append(NamedBody(str(name), where, (former,), schema, operation))
    return found


def _check_model_name(document: dict[str, Any], named: NamedBody, first: NamedBody) -> None:
    """A PascalCase name of no other schema; given to several bodies, they must be one schema."""
    if not isinstance(named.name, str) or not MODEL_NAME.fullmatch(named.name):
        raise _Unlocated(
            named.operation, f"{MODEL_NAME_EXTENSION} must be a class name in PascalCase, not {named.name!r}"
        )
    if named.name in (document.get("components") or {}).get("schemas", {}):
        raise _Unlocated(named.operation, f"{MODEL_NAME_EXTENSION} {named.name!r} is the name of a schema already")
    if first.schema != named.schema:
        raise _Unlocated(
            named.operation, f"{MODEL_NAME_EXTENSION} {named.name!r} names another schema at {first.where}"
        )


def service_name(tag: str) -> str:
    """The client attribute of a tag's service (`Contacts` -> `contacts`), as openapi-python-client names it."""
    return _python(tag, "tag")


def legacy_method_name(operation: dict[str, Any]) -> str:
    """The operationId's snake-case form (`orders_register_order`): the published SDK's name, kept as an alias."""
    return _python(str(operation.get("operationId", "")), "field_")


def _schemas(document: dict[str, Any]) -> list[str]:
    return list(((document.get("components") or {}).get("schemas") or {}).keys())


def _python(name: str, prefix: str) -> str:
    return python_identifier(name, prefix)


def unreserved(name: str, reserved: frozenset[str]) -> str:
    """A python name clear of the reserved ones: a reserved name gets a trailing underscore."""
    return f"{name}_" if name in reserved else name


def check_unique(what: str, names: list[tuple[str, str, str]], locate: Locate) -> None:
    """Each (python name, wire name, where) of one model's fields or one method's arguments stands alone."""
    _unique(what, names, locate, files=False)


def _unique(
    what: str,
    names: list[tuple[str, str, str]],
    locate: Locate,
    reserved: frozenset[str] = frozenset(),
    *,
    files: bool = True,
) -> None:
    """Each (generated name, what it stands for, where) must stand alone once folded (`files`: it names a file)."""
    seen: dict[str, tuple[str, str, str]] = {}
    for name, identity, where in names:
        if unicodedata.normalize("NFKC", name) != name or (files and not name.isascii()):
            raise SpecError(
                f"{locate(where)}: the {what} name {name!r} is not {'ASCII' if files else 'NFKC-normal'}: Python "
                "reads identifiers NFKC-normalised (so look-alike letters break imports); use ASCII"
            )
        if name in reserved:
            raise SpecError(f"{locate(where)}: the {what} name {name!r} is one the SDK uses itself; choose another")
        first = seen.setdefault(fold(name, is_file=files), (name, identity, where))
        if first[1] != identity:
            raise SpecError(
                f"{locate(where)}: the {what} name {name!r} is the same as {first[0]!r} at {locate(first[2])} "
                "(names are compared as Python and file systems see them: NFKC-normalised and case-folded)"
            )
