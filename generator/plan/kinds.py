"""Property kinds as classes: each knows its runtime kind (how values are checked, read and written) and its types.

openapi-python-client parses every schema into a property object of some class (`StringProperty`, `EnumProperty`,
...). `kind_of` maps that class to one of ours, once; the templates ask the kind, never the property's class. A
property class with no kind here is a generation error naming the property and where it is, never a silent `Any`.
"""

from __future__ import annotations

import json
import keyword
import re
from dataclasses import dataclass
from typing import Any, ClassVar

from openapi_python_client.parser.properties import EnumProperty, ModelProperty
from openapi_python_client.parser.properties.any import AnyProperty
from openapi_python_client.parser.properties.boolean import BooleanProperty
from openapi_python_client.parser.properties.datetime import DateTimeProperty
from openapi_python_client.parser.properties.float import FloatProperty
from openapi_python_client.parser.properties.int import IntProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.string import StringProperty

from ..errors import SpecError
from ..runtime import _fields
from .parsed import spec_text, wire_name


def python_literal(text: object) -> str:
    """A Python string literal of spec text, exact for any character: JSON escapes would split one beyond U+FFFF
    into two surrogates, and openapi-python-client's escaping drops control and line-separator characters."""
    return repr(spec_text(text))


def enum_values(enum: Any) -> list[Any]:
    """An enum property's values as the spec lists them (openapi-python-client keeps strings escaped for a
    double-quoted literal; unescaped here, so a quote or a backslash is itself)."""
    listed = enum.values.values() if isinstance(enum.values, dict) else sorted(enum.values, key=str)
    return [json.loads(f'"{value}"') if isinstance(value, str) else value for value in listed]


def enum_literal(value: Any) -> str:
    """The Python literal of one of openapi-python-client's escaped enum values."""
    return python_literal(json.loads(f'"{value}"')) if isinstance(value, str) else repr(value)


def _class_name(prop: Any) -> str:
    return str(prop.class_info.name)


@dataclass(frozen=True)
class Kind:
    """One property kind. `prop` is openapi-python-client's property; `model` the model holding it, if any.

    A kind answers two questions: which runtime kind (`runtime._fields`) checks, reads and writes its values, and
    what its Python types are, for the type checker. Types are templates filled with `{cls}` (the property's
    class name) and `{value}` (its value type); kinds whose shape differs (enums, models, lists) override them.
    """

    prop: Any
    model: Any = None

    value_template: ClassVar[str]
    input_template: ClassVar[str] = "{value}"

    def _fill(self, template: str) -> str:
        cls = _class_name(self.prop) if "{cls}" in template else ""
        value = self.value_type() if "{value}" in template else ""
        return template.format(cls=cls, value=value)

    def runtime(self) -> _fields.Kind:
        """The runtime kind of this property (its `repr` is the code that builds it)."""
        raise NotImplementedError

    def coercer(self) -> str:
        """The `_model` coercer that turns what a caller (or the wire) gives into this property's value."""
        return self.runtime().coercer

    def value_type(self) -> str:
        """The type of the attribute once a model holds it."""
        return self._fill(self.value_template)

    def input_type(self) -> str:
        """What a caller may pass, as the type checker sees it: the value type, or also its plain-data form (a
        model's `...Param` TypedDict, an enum's values as literals). The runtime also takes lossless variants."""
        return self._fill(self.input_template)


class StringKind(Kind):
    value_template = "str"

    def runtime(self) -> _fields.Kind:
        return _fields.STRING


class BooleanKind(Kind):
    value_template = "bool"

    def runtime(self) -> _fields.Kind:
        return _fields.BOOLEAN


class IntegerKind(Kind):
    value_template = "int"
    runtime_class: ClassVar[type[_fields.Integer]] = _fields.Integer

    def bounds(self) -> tuple[float | None, float | None]:
        """The spec's `minimum` and `maximum` (openapi-python-client drops them; the SDK enforces them)."""
        properties = (self.model.data.properties if self.model is not None else None) or {}
        schema = properties.get(self.prop.name)
        low, high = getattr(schema, "minimum", None), getattr(schema, "maximum", None)
        return (None if low is None else float(low)), (None if high is None else float(high))

    def runtime(self) -> _fields.Kind:
        return self.runtime_class(*self.bounds())


class NumberKind(IntegerKind):
    value_template = "float | Decimal"
    runtime_class = _fields.Number


class DateTimeKind(Kind):
    value_template, input_template = "datetime.datetime", "{value} | str"

    def runtime(self) -> _fields.Kind:
        return _fields.DATE_TIME


class EnumKind(Kind):
    value_template = "{cls}"

    def runtime(self) -> _fields.Kind:
        return _fields.EnumOf(_class_name(self.prop))

    def input_type(self) -> str:
        values = ", ".join(python_literal(value) for value in enum_values(self.prop))
        return f"{self.value_type()} | Literal[{values}]"


class ModelKind(Kind):
    value_template = "{cls}"

    def runtime(self) -> _fields.Kind:
        return _fields.ModelOf(_class_name(self.prop))

    def input_type(self) -> str:
        plain = f"{_class_name(self.prop)}Param" if has_fields(self.prop) else "Mapping[str, Any]"
        return f"{self.value_type()} | {plain}"


def has_fields(model: Any) -> bool:
    """Whether a model declares fields, and so has a `...Param` TypedDict (a free-form one takes any mapping).

    Read from its schema: a model referred to by a field is a copy whose own field lists are not filled in."""
    return bool(model.data.properties)


@dataclass(frozen=True)
class ParamField:
    """One key of a model's `...Param` TypedDict: the wire key, its annotation and its description."""

    key: str
    annotation: str
    description: Any  # the spec's text, as openapi-python-client keeps it (the template makes it docstring-safe)


def param_class_form(fields: list[ParamField]) -> bool:
    """Whether a `...Param` can be written as a class: every key a plain Python name that none of its annotations
    uses (in a class body a key `datetime` would shadow the `datetime` of `datetime.datetime`); else the
    functional form, which takes any key."""
    used = {name for field in fields for name in re.findall(r"[A-Za-z_]\w*", field.annotation)}
    return all(
        field.key.isidentifier()
        and not keyword.iskeyword(field.key)
        and not field.key.startswith("_")
        and field.key not in used
        for field in fields
    )


def field_table(model: Any) -> list[str]:
    """A model's field table, as the code of its entries (`_f.Field(...)`), required fields first."""
    entries = []
    for prop in [*(model.required_properties or []), *(model.optional_properties or [])]:
        kind = kind_of(prop, model).runtime()
        required = ", required=True" if prop.required else ""
        entries.append(
            f"_f.Field({python_literal(str(prop.python_name))}, {python_literal(prop.name)}, {kind!r}{required})"
        )
    return entries


def param_fields(model: Any) -> list[ParamField]:
    """The keys of a model's `...Param`: wire names, `Required[...]` where the spec requires them; an optional key
    also takes None (the SDK leaves it out, as Voyado reads null)."""
    fields = []
    for prop in [*(model.required_properties or []), *(model.optional_properties or [])]:
        annotation = kind_of(prop, model).input_type()
        annotation = f"Required[{annotation}]" if prop.required else f"{annotation} | None"
        fields.append(ParamField(wire_name(prop), annotation, prop.description))
    return fields


class ListKind(Kind):
    @property
    def item(self) -> Kind:
        return kind_of(self.prop.inner_property)

    def runtime(self) -> _fields.Kind:
        return _fields.ListOf(self.item.runtime())

    def value_type(self) -> str:
        return f"list[{self.item.value_type()}]"

    def input_type(self) -> str:
        return f"Sequence[{self.item.input_type()}]"


class AnyKind(Kind):
    """Any JSON value (a schema without a type): kept as given, depth-limited."""

    value_template = "Any"

    def runtime(self) -> _fields.Kind:
        return _fields.ANYTHING


KINDS: dict[type, type[Kind]] = {
    StringProperty: StringKind,
    BooleanProperty: BooleanKind,
    IntProperty: IntegerKind,
    FloatProperty: NumberKind,
    DateTimeProperty: DateTimeKind,
    EnumProperty: EnumKind,
    ModelProperty: ModelKind,
    ListProperty: ListKind,
    AnyProperty: AnyKind,
}


def kind_of(prop: Any, model: Any = None) -> Kind:
    """The kind of an openapi-python-client property; a property class without one stops the generation."""
    kind = KINDS.get(type(prop))
    if kind is None:
        name = wire_name(prop)
        where = f"{_class_name(model)}.{name} (#/components/schemas/{_class_name(model)}/properties/{name})"
        raise SpecError(
            f"{where if model is not None else name}: a {type(prop).__name__}, a schema kind the generator does not "
            "support yet (give it a type the SDK knows, or teach generator/kinds.py the kind)"
        )
    return kind(prop, model)
