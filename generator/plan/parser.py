"""The seam to openapi-python-client: the only module that imports it or reads its objects.

openapi-python-client parses the description (resolving references, naming classes and Python identifiers); this
module reads its parse into the plan's typed values (`values`) and nothing else does. A parser upgrade that
changes how it names or wraps things touches this file alone (see the README, "Upgrading openapi-python-client").

Each of the parser's property classes maps to one of our kinds (`KINDS`), which says what runtime kind checks its
values and what its Python types are. A property class with no kind here stops the generation, naming the
property; it never becomes a silent `Any`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar, cast

from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser.errors import GeneratorError
from openapi_python_client.parser.openapi import Endpoint, GeneratorData
from openapi_python_client.parser.properties import EnumProperty, LiteralEnumProperty, ModelProperty
from openapi_python_client.parser.properties.any import AnyProperty
from openapi_python_client.parser.properties.boolean import BooleanProperty
from openapi_python_client.parser.properties.datetime import DateTimeProperty
from openapi_python_client.parser.properties.float import FloatProperty
from openapi_python_client.parser.properties.int import IntProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.string import StringProperty
from openapi_python_client.strings import ClassName, PythonIdentifier, pascal_case, safe_for_docstring

from ..errors import SpecError
from ..runtime import _fields
from .values import EnumPlan, FieldPlan, ModelPlan, Place, TypeRef, python_literal

CONFIG = Path(__file__).resolve().parent / "parser_config.yaml"  # its settings; misspelled keys are ignored


def python_identifier(name: str, prefix: str) -> str:
    """A spec name as the parser makes it a Python identifier (`Orders_RegisterOrder` -> `orders_register_order`)."""
    return str(PythonIdentifier(name, prefix=prefix))


def class_name(name: str) -> str:
    """A spec name as the parser makes it a class name (`pointAccount` -> `PointAccount`)."""
    return str(ClassName(name, prefix=""))


def pascal_case_name(name: str) -> str:
    """A Python identifier in PascalCase, as the parser writes class names (`point_accounts` -> `PointAccounts`)."""
    return str(pascal_case(name))


def docstring_text(value: str) -> str:
    """Spec text inside a generated docstring: the parser's escaping (backslashes, `\"\"\"`, control characters),
    and a final `"` escaped too, which would otherwise close the docstring early."""
    text = safe_for_docstring(value).rstrip()
    return text[:-1] + '\\"' if text.endswith('"') else text


def _text(value: object) -> str:
    """Spec text as a plain string, whether the parser wrapped it (`UntrustedString`) or not; "" for none."""
    if hasattr(value, "get_untrusted_value"):
        return str(value.get_untrusted_value())
    return "" if value is None else str(value)


def _class_of(prop: Any) -> str:
    return str(prop.class_info.name)


# --- kinds ---------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Kind:
    """One property kind. `prop` is the parser's property; `model` the model holding it, if any. Types are
    templates filled with `{cls}` (the property's class name) and `{value}` (its value type)."""

    prop: Any
    model: Any = None

    value_template: ClassVar[str]
    input_template: ClassVar[str] = "{value}"

    def _fill(self, template: str) -> str:
        cls = _class_of(self.prop) if "{cls}" in template else ""
        value = self.value_type() if "{value}" in template else ""
        return template.format(cls=cls, value=value)

    def runtime(self) -> _fields.Kind:
        raise NotImplementedError

    def value_type(self) -> str:
        return self._fill(self.value_template)

    def input_type(self) -> str:
        return self._fill(self.input_template)

    def classes(self) -> tuple[str, ...]:
        return ()

    def type_ref(self) -> TypeRef:
        return TypeRef(self.runtime(), self.value_type(), self.input_type(), self.classes())


class _String(_Kind):
    value_template = "str"

    def runtime(self) -> _fields.Kind:
        return _fields.STRING


class _Boolean(_Kind):
    value_template = "bool"

    def runtime(self) -> _fields.Kind:
        return _fields.BOOLEAN


class _Integer(_Kind):
    value_template = "int"
    runtime_class: ClassVar[type[_fields.Integer]] = _fields.Integer

    def runtime(self) -> _fields.Kind:
        # The spec's `minimum` and `maximum`: the parser drops them, the SDK enforces them.
        properties = (self.model.data.properties if self.model is not None else None) or {}
        schema = properties.get(self.prop.name)
        low, high = getattr(schema, "minimum", None), getattr(schema, "maximum", None)
        return self.runtime_class(None if low is None else float(low), None if high is None else float(high))


class _Number(_Integer):
    value_template = "float | Decimal"
    runtime_class = _fields.Number


class _DateTime(_Kind):
    value_template, input_template = "datetime.datetime", "{value} | str"

    def runtime(self) -> _fields.Kind:
        return _fields.DATE_TIME


class _Enum(_Kind):
    value_template = "{cls}"

    def runtime(self) -> _fields.Kind:
        return _fields.EnumOf(_class_of(self.prop))

    def input_type(self) -> str:
        values = ", ".join(python_literal(str(value)) for value in _enum_values(self.prop))
        return f"{self.value_type()} | Literal[{values}]"

    def classes(self) -> tuple[str, ...]:
        return (_class_of(self.prop),)


class _Model(_Kind):
    value_template = "{cls}"

    def runtime(self) -> _fields.Kind:
        return _fields.ModelOf(_class_of(self.prop))

    def input_type(self) -> str:
        # A model referred to by a field is a copy whose own field lists are not filled in: read its schema.
        plain = f"{_class_of(self.prop)}Param" if self.prop.data.properties else "Mapping[str, Any]"
        return f"{self.value_type()} | {plain}"

    def classes(self) -> tuple[str, ...]:
        return (_class_of(self.prop),)


class _List(_Kind):
    @property
    def item(self) -> _Kind:
        return _kind_of(self.prop.inner_property)

    def runtime(self) -> _fields.Kind:
        return _fields.ListOf(self.item.runtime())

    def value_type(self) -> str:
        return f"list[{self.item.value_type()}]"

    def input_type(self) -> str:
        return f"Sequence[{self.item.input_type()}]"

    def classes(self) -> tuple[str, ...]:
        return self.item.classes()


class _AnyValue(_Kind):
    """Any JSON value (a schema without a type): kept as given, depth-limited."""

    value_template = "Any"

    def runtime(self) -> _fields.Kind:
        return _fields.ANYTHING


KINDS: dict[type, type[_Kind]] = {
    StringProperty: _String,
    BooleanProperty: _Boolean,
    IntProperty: _Integer,
    FloatProperty: _Number,
    DateTimeProperty: _DateTime,
    EnumProperty: _Enum,
    ModelProperty: _Model,
    ListProperty: _List,
    AnyProperty: _AnyValue,
}


def _kind_of(prop: Any, model: Any = None) -> _Kind:
    kind = KINDS.get(type(prop))
    if kind is None:
        name = _text(prop.name)
        where = f"{_class_of(model)}.{name} (#/components/schemas/{_class_of(model)}/properties/{name})"
        raise SpecError(
            f"{where if model is not None else name}: a {type(prop).__name__}, a schema kind the generator does not "
            "support yet (give it a type the SDK knows, or teach generator/plan/parser.py the kind)"
        )
    return kind(prop, model)


def _enum_values(enum: Any) -> list[str | int]:
    """An enum's values as the spec lists them (the parser keeps strings escaped for a double-quoted literal;
    unescaped here, so a quote or a backslash is itself)."""
    listed = enum.values.values() if isinstance(enum.values, dict) else sorted(enum.values, key=str)
    return [json.loads(f'"{value}"') if isinstance(value, str) else value for value in listed]


# --- the parse -----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ParsedParameter:
    place: Place
    python_name: str
    wire_name: str
    type: TypeRef
    required: bool


@dataclass(frozen=True)
class ParsedResponse:
    status: str  # as the spec writes it: "200", "2XX"
    low: int
    high: int
    type: TypeRef | None  # None: no body


@dataclass(frozen=True)
class ParsedEndpoint:
    name: str  # the operationId as the parser makes it an identifier: the module's name
    summary: str
    description: str
    parameters: tuple[ParsedParameter, ...]  # path, then query, then header ones
    body: TypeRef | None
    body_required: bool
    responses: tuple[ParsedResponse, ...]  # the 2xx ones, in the order the parser matches them


@dataclass(frozen=True)
class Parsed:
    """What the parser read: models and enums by class, and each tag's endpoints, in its order."""

    models: tuple[ModelPlan, ...]
    enums: tuple[EnumPlan, ...]
    services: tuple[tuple[str, tuple[ParsedEndpoint, ...]], ...]


def parse(document: dict[str, Any]) -> Parsed:
    """openapi-python-client's reading of a (codegen-ready) description, as typed values."""
    config = Config.from_sources(
        ConfigFile.load_from_path(CONFIG),
        MetaType.NONE,
        document_source=Path("openapi/openapi.yaml"),
        file_encoding="utf-8",
        overwrite=True,
        output_path=Path("voyado_engage"),
    )
    openapi = GeneratorData.from_dict(document, config=config)
    if isinstance(openapi, GeneratorError):
        raise SpecError(f"openapi-python-client cannot read the description: {openapi.header}: {openapi.detail}")
    errors = [*(e for c in openapi.endpoint_collections_by_tag.values() for e in c.parse_errors), *openapi.errors]
    if errors:
        first = " ".join(f"{errors[0].header}: {errors[0].detail}".split())[:400]
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        raise SpecError(f"openapi-python-client cannot use the description: {first}{more}")
    return Parsed(
        tuple(_model(model) for model in openapi.models),
        tuple(_enum(enum) for enum in openapi.enums),
        tuple(
            (str(tag), tuple(_endpoint(endpoint) for endpoint in collection.endpoints))
            for tag, collection in openapi.endpoint_collections_by_tag.items()
        ),
    )


def _model(model: ModelProperty) -> ModelPlan:
    props = [*(model.required_properties or []), *(model.optional_properties or [])]
    fields = tuple(
        FieldPlan(
            str(prop.python_name),
            _text(prop.name),
            _kind_of(prop, model).type_ref(),
            bool(prop.required),
            _text(prop.description),
        )
        for prop in props
    )
    module = str(model.class_info.module_name)
    return ModelPlan(_class_of(model), module, _text(model.description), fields)


def _enum(enum: EnumProperty | LiteralEnumProperty) -> EnumPlan:
    values = cast(dict[str, Any], enum.values)
    members = tuple(
        (str(key), json.loads(f'"{value}"') if isinstance(value, str) else value) for key, value in values.items()
    )
    return EnumPlan(_class_of(enum), str(enum.class_info.module_name), members)


def _endpoint(endpoint: Endpoint) -> ParsedEndpoint:
    if len(endpoint.bodies) > 1:
        raise SpecError(f"{endpoint.name}: only one request body type (application/json) is supported")
    places: list[tuple[Place, list[Any]]] = [
        ("path", endpoint.path_parameters),
        ("query", endpoint.query_parameters),
        ("header", endpoint.header_parameters),
    ]
    parameters = tuple(
        ParsedParameter(place, str(p.python_name), _text(p.name), _kind_of(p).type_ref(), bool(p.required))
        for place, props in places
        for p in props
    )
    body = endpoint.bodies[0].prop if endpoint.bodies else None
    responses = tuple(
        ParsedResponse(
            str(response.status_code.pattern),
            response.status_code.range[0],
            response.status_code.range[1],
            _kind_of(response.prop).type_ref() if response.source["return_type"] != "None" else None,
        )
        for response in endpoint.responses.patterns
        if response.status_code.range and 200 <= response.status_code.range[0] <= 299
    )
    return ParsedEndpoint(
        str(endpoint.name),
        _text(endpoint.summary),
        _text(endpoint.description),
        parameters,
        None if body is None else _kind_of(body).type_ref(),
        bool(body is not None and body.required),
        responses,
    )
