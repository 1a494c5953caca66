"""Property kinds as classes: each knows its coercion, its wire form, its fast check and its Python types.

openapi-python-client parses every schema into a property object of some class (`StringProperty`, `EnumProperty`,
...). `kind_of` maps that class to one of ours, once; the templates ask the kind, never the property's class. A
property class with no kind here is a generation error naming the property and where it is, never a silent `Any`.
"""

from __future__ import annotations

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

from .errors import SpecError


def _class_name(prop: Any) -> str:
    return str(prop.class_info.name)


def _wire_name(prop: Any) -> str:
    name = prop.name
    return str(name.get_untrusted_value() if hasattr(name, "get_untrusted_value") else name)


@dataclass(frozen=True)
class Kind:
    """One property kind. `prop` is openapi-python-client's property; `model` the model holding it, if any."""

    prop: Any
    model: Any = None

    def coercer(self) -> str:
        """The `_model` coercer that turns what a caller (or the wire) gives into this property's value."""
        raise NotImplementedError

    def wire(self, source: str) -> str:
        """Python that turns the attribute value `source` into its JSON form (what `to_dict` writes)."""
        return source

    def fast_check(self, source: str) -> str:
        """A cheap test that `source` needs no coercion (the common case), or '' when it always needs it."""
        return ""

    def value_type(self) -> str:
        """The type of the attribute once a model holds it."""
        raise NotImplementedError

    def input_type(self) -> str:
        """What a caller may pass: the value type, or also its plain-data form."""
        return self.value_type()


class _Plain(Kind):
    python_type: ClassVar[str]
    coerce_with: ClassVar[str]

    def coercer(self) -> str:
        return self.coerce_with

    def fast_check(self, source: str) -> str:
        return f"type({source}) is {self.python_type}"

    def value_type(self) -> str:
        return self.python_type


class StringKind(_Plain):
    python_type, coerce_with = "str", "_m.string"


class BooleanKind(_Plain):
    python_type, coerce_with = "bool", "_m.boolean"


class _Numeric(Kind):
    """Numbers, with the spec's `minimum` and `maximum` (openapi-python-client drops them; we enforce them)."""

    coerce_with: ClassVar[str]

    def bounds(self) -> tuple[float | None, float | None]:
        properties = (self.model.data.properties if self.model is not None else None) or {}
        schema = properties.get(self.prop.name)
        low, high = getattr(schema, "minimum", None), getattr(schema, "maximum", None)
        return (None if low is None else float(low)), (None if high is None else float(high))

    def coercer(self) -> str:
        low, high = self.bounds()
        if low is None and high is None:
            return self.coerce_with
        return f"_m.bounded({self.coerce_with}, {low!r}, {high!r})"


class IntegerKind(_Numeric):
    coerce_with = "_m.integer"

    def fast_check(self, source: str) -> str:
        return f"type({source}) is int" if self.bounds() == (None, None) else ""

    def value_type(self) -> str:
        return "int"


class NumberKind(_Numeric):
    coerce_with = "_m.number"

    def fast_check(self, source: str) -> str:
        return f"_m.plain_number({source})" if self.bounds() == (None, None) else ""

    def value_type(self) -> str:
        return "float | Decimal"


class DateTimeKind(Kind):
    def coercer(self) -> str:
        return "_m.date_time"

    def wire(self, source: str) -> str:
        return f"_m.date_time_to_wire({source})"

    def value_type(self) -> str:
        return "datetime.datetime"

    def input_type(self) -> str:
        return "datetime.datetime | str"


class EnumKind(Kind):
    def coercer(self) -> str:
        return f"_m.enum_of({_class_name(self.prop)})"

    def wire(self, source: str) -> str:
        return f"{source}.value"

    def fast_check(self, source: str) -> str:
        # A listed member only: an unknown one (read from a response) goes through the coercer, which refuses it.
        cls = _class_name(self.prop)
        return f"(type({source}) is {cls} and {cls}._value2member_map_.get({source}) is {source})"

    def value_type(self) -> str:
        return _class_name(self.prop)

    def input_type(self) -> str:
        return f"{self.value_type()} | str"


class ModelKind(Kind):
    def coercer(self) -> str:
        return f"_m.model_of({_class_name(self.prop)})"

    def wire(self, source: str) -> str:
        return f"{source}.to_dict()"

    def fast_check(self, source: str) -> str:
        return f"type({source}) is {_class_name(self.prop)}"

    def value_type(self) -> str:
        return _class_name(self.prop)

    def input_type(self) -> str:
        return f"{self.value_type()} | Mapping[str, Any]"


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


class AnyKind(Kind):
    """Any JSON value (a schema without a type): kept as given, depth-limited."""

    def coercer(self) -> str:
        return "_m.anything"

    def wire(self, source: str) -> str:
        return f"_m.to_wire({source})"

    def value_type(self) -> str:
        return "Any"


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
        name = _wire_name(prop)
        where = f"{_class_name(model)}.{name} (#/components/schemas/{_class_name(model)}/properties/{name})"
        raise SpecError(
            f"{where if model is not None else name}: a {type(prop).__name__}, a schema kind the generator does not "
            "support yet (give it a type the SDK knows, or teach generator/kinds.py the kind)"
        )
    return kind(prop, model)
