"""Property kinds as classes: each knows its coercion, its wire form, its fast check and its Python types.

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

    A kind is mostly data: Python templates for its coercer, wire form, fast check and types, filled with `{cls}`
    (the property's class name), `{source}` (the expression holding the value) and `{value}` (its value type).
    Kinds whose shape differs (bounded numbers, lists) override the methods.
    """

    prop: Any
    model: Any = None

    coercer_template: ClassVar[str]
    value_template: ClassVar[str]
    wire_template: ClassVar[str] = "{source}"
    fast_template: ClassVar[str] = ""
    input_template: ClassVar[str] = "{value}"

    def _fill(self, template: str, source: str = "") -> str:
        cls = _class_name(self.prop) if "{cls}" in template else ""
        value = self.value_type() if "{value}" in template else ""
        return template.format(cls=cls, source=source, value=value)

    def coercer(self) -> str:
        """The `_model` coercer that turns what a caller (or the wire) gives into this property's value."""
        return self._fill(self.coercer_template)

    def wire(self, source: str) -> str:
        """Python that turns the attribute value `source` into its JSON form (what `to_dict` writes)."""
        return self._fill(self.wire_template, source)

    def fast_check(self, source: str) -> str:
        """A cheap test that `source` needs no coercion (the common case), or '' when it always needs it."""
        return self._fill(self.fast_template, source)

    def value_type(self) -> str:
        """The type of the attribute once a model holds it."""
        return self._fill(self.value_template)

    def plain_test(self, source: str) -> str:
        """For `_from_wire`: a test that `source` (not None) is already this field's value, or '' when the value
        needs `plain_value` instead."""
        return self.fast_check(source)

    def plain_value(self, source: str) -> str:
        """For `_from_wire`: an expression that is the field's value read from `source`, or None when `source`
        is not a plain wire value (then the general path converts it and reports the problem)."""
        return f"_m.plain({self.coercer()}, {source})"

    def input_type(self) -> str:
        """What a caller may pass, as the type checker sees it: the value type, or also its plain-data form (a
        model's `...Param` TypedDict, an enum's values as literals). The runtime also takes lossless variants."""
        return self._fill(self.input_template)


class StringKind(Kind):
    coercer_template, value_template, fast_template = "_m.string", "str", "type({source}) is str"


class BooleanKind(Kind):
    coercer_template, value_template, fast_template = "_m.boolean", "bool", "type({source}) is bool"


class IntegerKind(Kind):
    coercer_template, value_template, fast_template = "_m.integer", "int", "type({source}) is int"

    def bounds(self) -> tuple[float | None, float | None]:
        """The spec's `minimum` and `maximum` (openapi-python-client drops them; the SDK enforces them)."""
        properties = (self.model.data.properties if self.model is not None else None) or {}
        schema = properties.get(self.prop.name)
        low, high = getattr(schema, "minimum", None), getattr(schema, "maximum", None)
        return (None if low is None else float(low)), (None if high is None else float(high))

    def coercer(self) -> str:
        low, high = self.bounds()
        plain = super().coercer()
        return plain if low is None and high is None else f"_m.bounded({plain}, {low!r}, {high!r})"

    def fast_check(self, source: str) -> str:
        return super().fast_check(source) if self.bounds() == (None, None) else ""  # bounds need the coercer


class NumberKind(IntegerKind):
    coercer_template, value_template, fast_template = "_m.number", "float | Decimal", "_m.plain_number({source})"

    def plain_test(self, source: str) -> str:
        if self.bounds() != (None, None):
            return ""
        # _m.plain_number, inline: a finite float (x - x is NaN for infinities), an int (not a bool), or a finite
        # Decimal (a file's amounts, read exactly)
        return (
            f"(type({source}) is float and {source} - {source} == 0) or type({source}) is int"
            f" or (type({source}) is Decimal and {source}.is_finite())"
        )


class DateTimeKind(Kind):
    coercer_template, value_template = "_m.date_time", "datetime.datetime"
    wire_template, input_template = "_m.date_time_to_wire({source})", "{value} | str"


class EnumKind(Kind):
    coercer_template, value_template = "_m.enum_of({cls})", "{cls}"
    wire_template = "{source}._value_"  # the member's own attribute: `.value` is a slower descriptor
    # A listed member only: an unknown one (read from a response) goes through the coercer, which refuses it.
    fast_template = "(type({source}) is {cls} and {cls}._value2member_map_.get({source}) is {source})"

    def plain_test(self, source: str) -> str:
        return ""  # wire text becomes the member by one lookup

    def plain_value(self, source: str) -> str:
        return f"_m.listed_member({_class_name(self.prop)}, {source})"

    def input_type(self) -> str:
        values = ", ".join(python_literal(value) for value in enum_values(self.prop))
        return f"{self.value_type()} | Literal[{values}]"


class ModelKind(Kind):
    coercer_template, value_template = "_m.model_of({cls})", "{cls}"
    wire_template = "{source}.to_dict()"
    fast_template = "type({source}) is {cls}"

    def plain_test(self, source: str) -> str:
        return ""

    def plain_value(self, source: str) -> str:
        return f"{_class_name(self.prop)}._from_wire({source})"

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


def plain_statements(model: Any) -> list[str]:
    """The body of a model's `_from_wire`: each field read from `_get` under its python name, and `return None`
    as soon as one is not a plain wire value. An optional field absent or null is UNSET."""
    lines = []
    for prop in [*(model.required_properties or []), *(model.optional_properties or [])]:
        kind, name = kind_of(prop, model), str(prop.python_name)
        read = f"_get({python_literal(wire_name(prop))})"
        test = kind.plain_test(name)
        lines.append(f"{name} = {read}")
        if prop.required and not test:
            lines += [f"{name} = {kind.plain_value(name)}", f"if {name} is None:", "    return None"]
            continue
        if prop.required:
            lines += [f"if not ({test}):", "    return None"]
        elif test:
            lines += [f"if {name} is None:", f"    {name} = UNSET", f"elif not ({test}):", "    return None"]
        else:
            value = kind.plain_value(name)
            lines += [f"if {name} is None:", f"    {name} = UNSET", "else:", f"    {name} = {value}"]
            lines += [f"    if {name} is None:", "        return None"]
    return lines


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

    def coercer(self) -> str:
        return f"_m.list_of({self.item.coercer()})"

    def wire(self, source: str) -> str:
        inner = self.item.wire("item")
        return f"list({source})" if inner == "item" else f"[{inner} for item in {source}]"

    def value_type(self) -> str:
        return f"list[{self.item.value_type()}]"

    def input_type(self) -> str:
        return f"Sequence[{self.item.input_type()}]"

    def plain_test(self, source: str) -> str:
        return ""

    def plain_value(self, source: str) -> str:
        if isinstance(self.item, ModelKind):
            return f"_m.plain_list({_class_name(self.item.prop)}._from_wire, {source})"
        return super().plain_value(source)


class AnyKind(Kind):
    """Any JSON value (a schema without a type): kept as given, depth-limited."""

    coercer_template, value_template, wire_template = "_m.anything", "Any", "_m.to_wire({source})"


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
