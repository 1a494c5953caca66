"""A model's field table, and the straight-line methods compiled from it.

A generated model declares its fields as data: `_fields`, one `Field` per property (python name, wire name, kind,
whether it is required). The first time a model class is built, read from JSON or written, `compile_model` turns
that table into its `__init__`, `_from_wire` and `to_dict`, once per class, as attrs compiles an `__init__`: the
speed of code unrolled field by field (each line below is what a hand-written model would say), the size of a table.

Each kind is one class that knows, as Python source, its coercer (the `_model` function that checks and converts a
value), a cheap test that a value needs no conversion, how its value is read from plain JSON and how it is written
back. The generator picks a field's kind; `repr` of a kind is the code that builds it, which the generator writes
into the table.
"""

from __future__ import annotations

import linecache
import sys
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from .types import UNSET, Unset

if TYPE_CHECKING:
    from ._model import Model

M = TypeVar("M", bound="Model")


class Kind:
    """One property kind. Methods answer with Python source; `source` is an expression holding the value.

    The source runs in the module that declares the model, where the classes it names are defined; `_m` (the
    `_model` module), `_Decimal`, `_UNSET` and `_Unset` are bound in it. Field names never start with `_` and never
    equal a class name (the generator renames such a field), so they cannot hide these.
    """

    @property
    def coercer(self) -> str:
        """The `_model` coercer that turns what a caller (or the wire) gives into this field's value."""
        raise NotImplementedError

    def fast_check(self, source: str) -> str:
        """A cheap test that `source` needs no coercion (the common case), or '' when it always needs it."""
        return ""

    def wire(self, source: str) -> str:
        """An expression that is the JSON form of the attribute value `source` (what `to_dict` writes)."""
        return source

    def plain_test(self, source: str) -> str:
        """For `_from_wire`: a test that `source` (not None) is already this field's value, or '' when the value
        needs `plain_value` instead."""
        return self.fast_check(source)

    def plain_value(self, source: str) -> str:
        """For `_from_wire`: an expression that is the field's value read from `source`, or None when `source` is
        not a plain wire value (then the general path converts it and reports the problem)."""
        return f"_m.plain({self.coercer}, {source})"

    def wire_check(self, source: str) -> str:
        """For `_check_wire`: a test that `source` (not None) is a plain wire value `_from_wire` would read, without
        building anything."""
        return self.plain_test(source) or f"{self.plain_value(source)} is not None"


@dataclass(frozen=True, repr=False)
class _Scalar(Kind):
    """A JSON scalar read by one `_model` coercer, accepted as it is when its type is exactly `exact`."""

    function: str
    exact: str = ""

    @property
    def coercer(self) -> str:
        return self.function

    def fast_check(self, source: str) -> str:
        return f"type({source}) is {self.exact}" if self.exact else ""

    def __repr__(self) -> str:
        return f"_f.{self.function.removeprefix('_m.').upper()}"


class _DateTime(_Scalar):
    def wire(self, source: str) -> str:
        return f"_m.date_time_to_wire({source})"


class _AnyValue(_Scalar):
    """Any JSON value (a schema without a type): kept as given, depth-limited."""

    def wire(self, source: str) -> str:
        return f"_m.to_wire({source})"


STRING = _Scalar("_m.string", "str")
BOOLEAN = _Scalar("_m.boolean", "bool")
DATE_TIME = _DateTime("_m.date_time")
ANYTHING = _AnyValue("_m.anything")


@dataclass(frozen=True)
class Integer(Kind):
    """An integer, within the spec's `minimum` and `maximum` when it gives them (bounds need the coercer)."""

    minimum: float | None = None
    maximum: float | None = None

    _function = "_m.integer"

    @property
    def coercer(self) -> str:
        if self.minimum is None and self.maximum is None:
            return self._function
        return f"_m.bounded({self._function}, {self.minimum!r}, {self.maximum!r})"

    @property
    def bounded(self) -> bool:
        return self.minimum is not None or self.maximum is not None

    def fast_check(self, source: str) -> str:
        return "" if self.bounded else f"type({source}) is int"

    def __repr__(self) -> str:
        bounds = "" if not self.bounded else f"{self.minimum!r}, {self.maximum!r}"
        return f"_f.{type(self).__name__}({bounds})"


@dataclass(frozen=True, repr=False)
class Number(Integer):
    """A number: an int, a finite float or a finite Decimal (a file's amounts, read exactly)."""

    _function = "_m.number"

    def fast_check(self, source: str) -> str:
        return "" if self.bounded else f"_m.plain_number({source})"

    def plain_test(self, source: str) -> str:
        if self.bounded:
            return ""
        # _m.plain_number, inline (x - x is NaN for infinities)
        return (
            f"(type({source}) is float and {source} - {source} == 0) or type({source}) is int"
            f" or (type({source}) is _Decimal and {source}.is_finite())"
        )


@dataclass(frozen=True)
class EnumOf(Kind):
    """A member of the enum class `name`."""

    name: str

    @property
    def coercer(self) -> str:
        return f"_m.enum_of({self.name})"

    def fast_check(self, source: str) -> str:
        # A listed member only: an unknown one (read from a response) goes through the coercer, which refuses it.
        return f"(type({source}) is {self.name} and {self.name}._value2member_map_.get({source}) is {source})"

    def wire(self, source: str) -> str:
        return f"{source}._value_"  # the member's own attribute: `.value` is a slower descriptor

    def plain_test(self, source: str) -> str:
        return ""  # wire text becomes the member by one lookup

    def plain_value(self, source: str) -> str:
        return f"_m.listed_member({self.name}, {source})"

    def __repr__(self) -> str:
        return f"_f.EnumOf({self.name!r})"


@dataclass(frozen=True)
class ModelOf(Kind):
    """An instance of the model class `name`."""

    name: str

    @property
    def coercer(self) -> str:
        return f"_m.model_of({self.name})"

    def fast_check(self, source: str) -> str:
        return f"type({source}) is {self.name}"

    def wire(self, source: str) -> str:
        return f"{source}.to_dict()"

    def plain_test(self, source: str) -> str:
        return ""

    def plain_value(self, source: str) -> str:
        return f"{self.name}._from_wire({source})"

    def wire_check(self, source: str) -> str:
        return f"{self.name}._check_wire({source})"

    def __repr__(self) -> str:
        return f"_f.ModelOf({self.name!r})"


@dataclass(frozen=True)
class ListOf(Kind):
    """A JSON array whose items are of kind `item`."""

    item: Kind

    @property
    def coercer(self) -> str:
        return f"_m.list_of({self.item.coercer})"

    def wire(self, source: str) -> str:
        inner = self.item.wire("item")
        return f"list({source})" if inner == "item" else f"[{inner} for item in {source}]"

    def plain_test(self, source: str) -> str:
        return ""

    def plain_value(self, source: str) -> str:
        if isinstance(self.item, ModelOf):
            return f"_m.plain_list({self.item.name}._from_wire, {source})"
        return super().plain_value(source)

    def wire_check(self, source: str) -> str:
        # `_i` is not a field's name (field names never start with `_`); each item is checked as the reader would
        return f"(type({source}) is list and all({self.item.wire_check('_i')} for _i in {source}))"

    def __repr__(self) -> str:
        return f"_f.ListOf({self.item!r})"


@dataclass(frozen=True, slots=True)
class Field:
    """One property of a model: its python name, its wire name, its kind and whether the spec requires it."""

    python: str
    wire: str
    kind: Kind
    required: bool = False


def compile_model(cls: type[M]) -> type[M]:
    """Give `cls` the `__init__`, `_from_wire` and `to_dict` its field table describes; returns `cls`."""
    fields: tuple[Field, ...] = cls._fields
    source = "\n".join(
        [
            "def _make(_cls, _m, _Decimal, _UNSET, _Unset, _wire_keys):",
            *_indent(_init(fields)),
            *_indent(_from_wire(fields)),
            *_indent(_to_dict(fields)),
            *_indent(_check_wire(fields)),
            "    return __init__, _from_wire, to_dict, _check_wire",
        ]
    )
    filename = f"<voyado_engage {cls.__module__}.{cls.__qualname__} compiled from its field table>"
    namespace: dict[str, Any] = {}
    module = vars(sys.modules[cls.__module__])
    exec(compile(source, filename, "exec"), module, namespace)  # our own source, made from the table above
    linecache.cache[filename] = (len(source), None, source.splitlines(keepends=True), filename)  # for tracebacks
    wire_keys = frozenset(field.wire for field in fields)
    model_module = sys.modules[f"{__package__}._model"]  # what `_m.` names in the source (loaded: it imports us)
    init, from_wire, to_dict, check_wire = namespace["_make"](cls, model_module, Decimal, UNSET, Unset, wire_keys)
    for function in (init, from_wire, to_dict, check_wire):
        function.__qualname__ = f"{cls.__qualname__}.{function.__name__}"
    methods: tuple[tuple[str, object], ...] = (
        ("__init__", init),
        ("_from_wire", classmethod(from_wire)),
        ("_check_wire", staticmethod(check_wire)),
    )
    for name, method in (*methods, ("to_dict", to_dict)):  # to_dict last: its presence says "compiled"
        setattr(cls, name, method)
    return cls


def _indent(lines: list[str]) -> list[str]:
    return [f"    {line}" for line in lines]


def _init(fields: tuple[Field, ...]) -> list[str]:
    """The constructor: each argument kept as it is when a cheap test shows it needs no coercion (the common case,
    hot in every request), else put through its coercer, every problem collected and raised together."""
    required = [f"{field.python}" for field in fields if field.required]
    optional = [f"{field.python}=_UNSET" for field in fields if not field.required]
    lines = [f"def __init__(self, *, {', '.join([*required, *optional, 'additional_properties=None'])}):"]
    lines.append("    fields = _m.Fields()")
    for field in fields:
        name, kind = field.python, field.kind
        coerce = f"fields.{'required' if field.required else 'optional'}({field.wire!r}, {kind.coercer}, {name})"
        checks = [] if field.required else [f"type({name}) is _Unset"]  # an omitted optional field stays UNSET
        if kind.fast_check(name):
            checks.append(kind.fast_check(name))
        value = f"{name} if {' or '.join(checks)} else {coerce}" if checks else coerce
        lines.append(f"    self.{name} = {value}")
    lines += ["    self.additional_properties = fields.extra(additional_properties, _cls)", "    fields.done(_cls)"]
    return lines


def _from_wire(fields: tuple[Field, ...]) -> list[str]:
    """The reader of plain JSON: the model when `_data` is a dict with wire keys only and values that need no
    conversion (the common case); None as soon as one does: then the general path converts it, listing every
    problem. An optional field absent or null is UNSET."""
    lines = [
        "def _from_wire(cls, _data):",
        "    if type(_data) is not dict or not _data.keys() <= _wire_keys:",
        "        return None",
        "    _get = _data.get",
    ]
    for field in fields:
        name, kind = field.python, field.kind
        test = kind.plain_test(name)
        lines.append(f"    {name} = _get({field.wire!r})")
        if field.required and not test:
            lines += [f"    {name} = {kind.plain_value(name)}", f"    if {name} is None:", "        return None"]
        elif field.required:
            lines += [f"    if not ({test}):", "        return None"]
        elif test:
            lines += [
                f"    if {name} is None:",
                f"        {name} = _UNSET",
                f"    elif not ({test}):",
                "        return None",
            ]
        else:
            lines += [f"    if {name} is None:", f"        {name} = _UNSET", "    else:"]
            lines += [
                f"        {name} = {kind.plain_value(name)}",
                f"        if {name} is None:",
                "            return None",
            ]
    lines.append("    _model = cls.__new__(cls)")
    lines += [f"    _model.{field.python} = {field.python}" for field in fields]
    lines += ["    _model.additional_properties = {}", "    return _model"]
    return lines


def _check_wire(fields: tuple[Field, ...]) -> list[str]:
    """Whether `_data` is plain wire data `_from_wire` reads as it is (every field of its type, no extra key): what
    a model writes is checked so before it is sent, without building a second model."""
    lines = [
        "def _check_wire(_data):",
        "    if type(_data) is not dict or not _data.keys() <= _wire_keys:",
        "        return False",
        "    _get = _data.get",
    ]
    for field in fields:
        lines.append(f"    {field.python} = _get({field.wire!r})")
        missing = f"{field.python} is None" if field.required else f"{field.python} is not None and"
        check = field.kind.wire_check(field.python)
        lines += [f"    if {missing} {'or ' if field.required else ''}not ({check}):", "        return False"]
    lines.append("    return True")
    return lines


def _to_dict(fields: tuple[Field, ...]) -> list[str]:
    """The JSON-ready form: the fields the description does not know as they came, then each set field."""
    lines = ["def to_dict(self):", "    result = _m.extra_to_wire(self.additional_properties)"]
    for field in fields:
        write = f"result[{field.wire!r}] = {field.kind.wire('self.' + field.python)}"
        if field.required:
            lines.append(f"    {write}")
        else:
            lines += [f"    if type(self.{field.python}) is not _Unset:", f"        {write}"]
    lines.append("    return result")
    return lines
