"""Read Voyado's published API out of the PyPI package `voyado-engage-client` (import `voyado_engage_sdk`).

The package is generated from Voyado's own OpenAPI document, so its source is the closest machine-readable copy of
that document that can be installed. It is read with `ast` (never imported or run): each service method gives an
operation (method, path, parameters with their place, wire name, type and required flag, body, result, the
description of its success response), each model class a schema (wire field names, types, required flags), each
enum class its values. Types are reduced to the same vocabulary as `tests.spec_facts`, so the two can be compared.
"""

from __future__ import annotations

import ast
import re
import warnings
from dataclasses import dataclass, field
from functools import cache
from importlib.util import find_spec
from pathlib import Path

# How the generator wrote OpenAPI's types in Python annotations.
_SCALARS = {"str": "string", "int": "integer", "float": "number", "bool": "boolean", "dict": "object", "any": "any"}


@dataclass(frozen=True)
class Parameter:
    location: str  # path, query or header
    name: str
    type: str
    required: bool
    description: str


@dataclass(frozen=True)
class Operation:
    method: str
    path: str
    function: str  # snake_case of the operationId
    tag: str  # the service module: snake_case of the tag
    parameters: tuple[Parameter, ...]
    body: str | None
    result: str | None
    success: str  # the success response's description ("OK", "Created", ...)
    summary: str


@dataclass
class Model:
    name: str
    fields: dict[str, tuple[str, bool]] = field(default_factory=dict)  # wire name -> (type, required)


@dataclass
class Published:
    operations: dict[tuple[str, str], Operation]
    models: dict[str, Model]
    enums: dict[str, tuple[str, ...]]


def package_root() -> Path:
    spec = find_spec("voyado_engage_sdk")
    if spec is None or spec.origin is None:
        raise RuntimeError("voyado-engage-client is not installed (it is in the dev dependency group)")
    return Path(spec.origin).parent


def _docstring_params(doc: str) -> dict[str, str]:
    """`:param name: text` entries of a reST docstring, with their continuation lines."""
    found: dict[str, str] = {}
    for match in re.finditer(r":param (\w+): (.*?)(?=\n\s*:(?:type|param|raises|return|rtype)\b|\Z)", doc, re.S):
        found[match[1]] = " ".join(match[2].split())
    return found


def _parse(path: Path) -> ast.Module:
    with warnings.catch_warnings():  # the published docstrings hold escapes such as "\*" that Python warns about
        warnings.simplefilter("ignore", SyntaxWarning)
        warnings.simplefilter("ignore", DeprecationWarning)
        return ast.parse(path.read_text(encoding="utf-8"))


@cache
def read_published() -> Published:
    root = package_root()
    enums: dict[str, tuple[str, ...]] = {}
    model_nodes: list[ast.ClassDef] = []
    for path in sorted((root / "models").glob("*.py")):
        for node in _parse(path).body:
            if not isinstance(node, ast.ClassDef):
                continue
            bases = {ast.unparse(base) for base in node.bases}
            if "Enum" in bases:
                enums[node.name] = tuple(
                    str(statement.value.value)
                    for statement in node.body
                    if isinstance(statement, ast.Assign) and isinstance(statement.value, ast.Constant)
                )
            elif "BaseModel" in bases:
                model_nodes.append(node)
    models = {node.name: _model(node, enums) for node in model_nodes}
    operations: dict[tuple[str, str], Operation] = {}
    for path in sorted((root / "services").glob("*.py")):
        for node in _parse(path).body:
            if isinstance(node, ast.ClassDef):
                for function in node.body:
                    if isinstance(function, ast.FunctionDef) and not function.name.startswith("_"):
                        operation = _operation(function, path.stem, enums)
                        operations[operation.method, operation.path] = operation
    return Published(operations, models, enums)


def type_of(annotation: ast.expr | None, enums: dict[str, tuple[str, ...]]) -> str:
    if annotation is None:
        return "any"
    if isinstance(annotation, ast.Subscript) and ast.unparse(annotation.value) == "List":
        return f"array<{type_of(annotation.slice, enums)}>"
    name = ast.unparse(annotation)
    if name in _SCALARS:
        return _SCALARS[name]
    if name in enums:
        return "enum" + repr(sorted(enums[name]))
    return f"ref:{name}"


def _model(node: ast.ClassDef, enums: dict[str, tuple[str, ...]]) -> Model:
    wire: dict[str, str] = {}
    for decorator in node.decorator_list:
        if isinstance(decorator, ast.Call) and ast.unparse(decorator.func) == "JsonMap":
            wire = ast.literal_eval(decorator.args[0])
    model = Model(node.name)
    init = next(f for f in node.body if isinstance(f, ast.FunctionDef) and f.name == "__init__")
    arguments = init.args.args[1:]
    first_default = len(arguments) - len(init.args.defaults)
    for index, argument in enumerate(arguments):
        model.fields[wire.get(argument.arg, argument.arg)] = (
            type_of(argument.annotation, enums),
            index < first_default,
        )
    return model


def _operation(function: ast.FunctionDef, tag: str, enums: dict[str, tuple[str, ...]]) -> Operation:
    arguments = function.args.args[1:]
    first_default = len(arguments) - len(function.args.defaults)
    annotations = {a.arg: a.annotation for a in arguments}
    required = {a.arg: index < first_default for index, a in enumerate(arguments)}
    doc = ast.get_docstring(function) or ""
    described = _docstring_params(doc)
    method = path = ""
    body: str | None = None
    parameters = []
    for node in ast.walk(function):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute | ast.Name)):
            continue
        called = node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id
        if called == "Serializer":
            template = node.args[0]
            assert isinstance(template, ast.JoinedStr)
            path = "".join(str(part.value) for part in template.values if isinstance(part, ast.Constant))
        elif called == "set_method":
            method = ast.literal_eval(node.args[0]).upper()
        elif called == "set_body":
            body = type_of(annotations[ast.unparse(node.args[0])], enums)
        elif called in ("add_path", "add_query", "add_header"):
            wire_name = ast.literal_eval(node.args[0])
            python_name = ast.unparse(node.args[1])
            parameters.append(
                Parameter(
                    called.removeprefix("add_"),
                    wire_name,
                    type_of(annotations[python_name], enums),
                    required[python_name],
                    described.get(python_name, ""),
                )
            )
    success = re.search(r":return: (.*)", doc)
    return Operation(
        method=method,
        path=path.replace("{{", "{").replace("}}", "}"),
        function=function.name,
        tag=tag,
        parameters=tuple(parameters),
        body=body,
        result=None if function.returns is None else type_of(function.returns, enums),
        success=success[1].strip() if success else "",
        summary=doc.split("\n\n")[0].strip(),
    )
