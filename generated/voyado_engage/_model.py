# Generated from generator/runtime/_model.py by `make generate`; do not edit.
"""What every generated model does: accept friendly input, check it field by field, and convert to and from JSON.

A generated model only declares its fields (python name, wire name, coercer). This module holds the behaviour:

- construction accepts nested plain dicts (snake_case or wire keys), ISO 8601 strings for dates, strings for
  enums (any casing), and `Decimal`, `int` or `float` for numbers; everything wrong is collected and raised as one
  `RequestValidationError` whose problems carry JSON paths (`items[1].type`);
- `from_dict` keeps fields the description does not know in `additional_properties`, and `to_dict` writes them back;
- a date-time read from JSON is written back exactly as it was read.
"""

from __future__ import annotations

import datetime
import enum
import math
import re
from collections.abc import Callable, Mapping, Sequence
from contextvars import ContextVar
from decimal import Decimal
from functools import cache
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypeGuard, TypeVar, cast

from ._exceptions import Problem, RequestValidationError
from ._fields import Field, compile_model
from ._lazy import LazyModule
from ._logging import logger
from ._options import strict_responses
from .types import UNSET, Unset

if TYPE_CHECKING:
    from . import _json
else:  # loaded with the first `to_json`, so that `import voyado_engage` stays cheap
    _json = LazyModule(f"{__package__}._json")

T = TypeVar("T")
M = TypeVar("M", bound="Model")
E = TypeVar("E", bound=enum.Enum)
Coercer = Callable[[Any], T]

_RFC3339 = re.compile(
    r"\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})\Z",
)


class Invalid(ValueError):
    """Raised by a coercer; becomes a `Problem` at the field's path."""

    def __init__(self, message: str, *, expected: Any = None, actual: Any = None, rule: str = "type") -> None:
        super().__init__(message)
        self.problem = Problem("", message, rule=rule, expected=expected, actual=actual)


class IsoDateTime(datetime.datetime):
    """A `datetime` read from an ISO 8601 string; it remembers the text, so it is written back unchanged."""

    wire_text: str

    @classmethod
    def parse(cls, text: str) -> IsoDateTime:
        value = datetime.datetime.fromisoformat(text)
        parsed = cls(
            value.year,
            value.month,
            value.day,
            value.hour,
            value.minute,
            value.second,
            value.microsecond,
            tzinfo=value.tzinfo,
            fold=value.fold,
        )
        parsed.wire_text = text
        return parsed


class Model:
    """Base class of generated models. Subclasses declare `_fields`, their field table; the first use of a class
    compiles its constructor, `_from_wire` and `to_dict` from it (see `_fields`)."""

    __slots__ = ()
    _fields: ClassVar[tuple[Field, ...]] = ()
    additional_properties: dict[str, Any]

    # Until a class is first used these three stand in: each compiles the generated class that declares the field
    # table (`_owner`) and calls its method (not a subclass's override, which called this one through super()).
    def __init__(self, **fields: Any) -> None:
        _owner(type(self)).__init__(self, **fields)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready form of this model, with fields it does not know kept as they came."""
        return _owner(type(self)).to_dict(self)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from its JSON form; unknown keys go to `additional_properties`.

        Anything wrong raises `RequestValidationError` listing the problems with their JSON paths.
        """
        return from_wire(model_of(cls), src_dict, subject=cls.__name__)

    @classmethod
    def _check_wire(cls, _data: Any) -> bool:
        """Whether `_data` is plain wire data this model reads as it is (see `_fields`); False: read it the general
        way for its problems."""
        return bool(vars(_owner(cls))["_check_wire"].__func__(_data))

    @classmethod
    def _from_wire(cls, _data: Any) -> Self | None:
        """The model when `_data` is in plain wire form (read field by field in straight-line code); None sends it
        down the general path, which converts what it can and lists every problem."""
        reader: classmethod[Any, [Any], Any] = vars(_owner(cls))["_from_wire"]
        return cast("Self | None", reader.__func__(cls, _data))

    def to_json(self, *, indent: bool = False) -> str:
        """The model as JSON text, as the SDK sends it: wire names, amounts exact (`596.00` stays `596.00`, never
        through float), date-times in ISO 8601 (as read, when read from JSON). `indent` pretty-prints it."""
        return _json.dumps(self.to_dict(), indent=indent).decode("utf-8")

    def __repr__(self) -> str:
        """The fields that are set (an unset one is left out), then the fields the description does not know."""
        shown = []
        for field in self._fields:
            value = getattr(self, field.python, UNSET)
            if not isinstance(value, Unset):
                shown.append(f"{field.python}={value!r}")
        extra = getattr(self, "additional_properties", None)
        if extra:
            shown.append(f"additional_properties={extra!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        field = declared_field(type(self), key)
        if field is not None:
            problem = Problem(
                str(key), f"is the field {field.wire!r}; set `.{field.python}` instead", rule="duplicate-key"
            )
            raise RequestValidationError([problem], subject=type(self).__name__)
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class Fields:
    """Collects the problems of one model's fields while its `__init__` coerces them."""

    __slots__ = ("problems",)

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def required(self, wire_name: str, coerce: Coercer[T], value: Any) -> T:
        if value is None or value is UNSET:
            self.problems.append(Problem(wire_name, "is required", rule="required"))
            return cast(T, value)
        return self._coerce(wire_name, coerce, value)

    def optional(self, wire_name: str, coerce: Coercer[T], value: Any) -> T | Unset:
        # Voyado treats null as "not sent"; omitting the field is what the API expects.
        if value is None or value is UNSET:
            return UNSET
        return self._coerce(wire_name, coerce, value)

    def extra(self, value: Mapping[str, Any] | None, owner: type[Model] | None = None) -> dict[str, Any]:
        if value is None:
            return {}
        if not isinstance(value, Mapping):
            self.problems.append(Problem("", "additional_properties must be a mapping", actual=type(value).__name__))
            return {}
        for key, element in value.items():
            field = None if owner is None else declared_field(owner, key)
            if field is not None:  # Voyado would read it as that field: one value per field, checked as such
                message = f"is the field {field.wire!r} ({field.python}); give it as that field"
                self.problems.append(Problem(str(key), message, rule="duplicate-key", actual=str(key)))
                continue
            self._coerce(str(key), anything, element)
        return dict(value)

    def done(self, owner: type) -> None:
        if self.problems:
            raise RequestValidationError(self.problems, subject=owner.__name__)

    def _coerce(self, wire_name: str, coerce: Coercer[T], value: Any) -> T:
        try:
            return coerce(value)
        except Invalid as exc:
            self.problems.append(exc.problem.under(wire_name))
        except RequestValidationError as exc:
            self.problems.extend(problem.under(wire_name) for problem in exc.errors)
        return cast(T, value)  # the model is not built: done() raises


def _from_mapping(cls: type[M], data: Any) -> M:
    if isinstance(data, cls):
        return data
    if type(data) is dict:  # the common case first: JSON, or a dict written with wire keys
        plain = cls._from_wire(data)
        if plain is not None:
            return plain
    if not isinstance(data, Mapping):
        raise Invalid(
            f"expected an object for {cls.__name__}, got {_kind(data)}", expected="object", actual=_kind(data)
        )
    by_key = _names(cls, wire_only=_WIRE_KEYS_ONLY.get())
    by_folded = _folded_names(cls)
    kwargs: dict[str, Any] = {}
    given_as: dict[str, str] = {}
    extra: dict[str, Any] = {}
    duplicates: list[Problem] = []
    for key, value in data.items():
        python_name = by_key.get(key)
        if python_name is None:
            python_name = by_folded.get(folded(key))  # None for a key that is not ASCII text
        if python_name is None:
            extra[key] = value
        elif python_name in kwargs:
            message = f"names the same field as {given_as[python_name]!r}; give each field once"
            duplicates.append(Problem(str(key), message, rule="duplicate-key", actual=str(key)))
        else:
            kwargs[python_name] = value
            given_as[python_name] = str(key)
    for python_name in _required(cls) - kwargs.keys():
        kwargs[python_name] = UNSET  # reported by the constructor, together with every other problem
    if not duplicates:
        return cls(**kwargs, additional_properties=extra)
    try:
        cls(**kwargs, additional_properties=extra)
    except RequestValidationError as exc:
        duplicates += exc.errors
    raise RequestValidationError(duplicates, subject=cls.__name__)


def declared_field(cls: type[Model], key: object) -> Field | None:
    """The field `key` names as Voyado's server reads it (its wire name, in any casing); None for another key."""
    python = _names(cls, wire_only=True).get(key) if isinstance(key, str) else None
    if python is None:
        python = _folded_names(cls).get(folded(key))
    return None if python is None else next(field for field in cls._fields if field.python == python)


def folded(key: object) -> str | None:
    """A key as Voyado's server matches it to a declared property: ASP.NET binds JSON property names ignoring the
    case of ASCII letters (`ItemId` is `itemId`). None for a key no property name can match: not text, or not
    ASCII (the property names are; Python's lower() would also fold look-alikes such as the Kelvin sign)."""
    if type(key) is not str or not key.isascii():
        return None
    return key.lower()


def get_any_casing(data: Mapping[Any, Any], wire_name: str) -> Any:
    """`data[wire_name]`, or the value of a key that is `wire_name` in another casing; None when there is none."""
    if wire_name in data:
        return data[wire_name]
    wanted = folded(wire_name)
    return next((value for key, value in data.items() if folded(key) == wanted), None)


_ENUM_COERCERS: dict[type[enum.Enum], Coercer[Any]] = {}
_MODEL_COERCERS: dict[type[Model], Coercer[Any]] = {}


# JSON read with `from_dict` has wire keys only; plain dicts given to a constructor may use python names too.
_WIRE_KEYS_ONLY: ContextVar[bool] = ContextVar("voyado_engage_wire_keys_only", default=False)
# Set while a response is read (unless the client asked for strict reading): enums accept values they do not list.
_OPEN_ENUMS: ContextVar[bool] = ContextVar("voyado_engage_open_enums", default=False)
_NAMES: dict[tuple[type[Model], bool], dict[str, str]] = {}


def _names(cls: type[Model], *, wire_only: bool) -> dict[str, str]:
    """The keys a mapping may use for a model's fields, each mapped to the field's python name."""
    names = _NAMES.get((cls, wire_only))
    if names is None:
        names = {} if wire_only else {field.python: field.python for field in cls._fields}
        names.update({field.wire: field.python for field in cls._fields})
        _NAMES[(cls, wire_only)] = names
    return names


_FOLDED: dict[type[Model], dict[str | None, str]] = {}


def _folded_names(cls: type[Model]) -> dict[str | None, str]:
    """A model's wire names by their folded form, each mapped to the field's python name. A name that folds like
    another of the same model (`Message` and `message` on one error body) is matched exactly only."""
    names = _FOLDED.get(cls)
    if names is None:
        counts: dict[str | None, int] = {}
        for field in cls._fields:
            counts[folded(field.wire)] = counts.get(folded(field.wire), 0) + 1
        names = {folded(f.wire): f.python for f in cls._fields if counts[folded(f.wire)] == 1}
        names.pop(None, None)
        _FOLDED[cls] = names
    return names


_REQUIRED: dict[type[Model], frozenset[str]] = {}


def _required(cls: type[Model]) -> frozenset[str]:
    """The python names of a model's required fields."""
    required = _REQUIRED.get(cls)
    if required is None:
        required = _REQUIRED[cls] = frozenset(field.python for field in cls._fields if field.required)
    return required


def _owner(cls: type[Model]) -> type[Model]:
    """The class that declares `cls`'s field table (the generated model it is or extends), with the methods
    compiled from the table."""
    owner = next(base for base in cls.__mro__ if "_fields" in vars(base))
    if owner is Model:
        raise TypeError(f"{cls.__name__} declares no field table (`_fields`)")
    if "to_dict" not in vars(owner):
        compile_model(owner)
    return owner


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, str):
        return "string"
    if isinstance(value, int | float | Decimal):
        return "number"
    if isinstance(value, Mapping):
        return "object"
    if isinstance(value, Sequence):
        return "array"
    return type(value).__name__


# Coercers: each takes what a caller or the wire gave and returns the field's value, or raises Invalid.


# Lossless conversions Voyado's server makes too (ASP.NET binds "25.00" to a decimal and 1064 to a string): a
# numeric string for a number, an integer for a string. The value then goes to the wire in the spec's type.
_JSON_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]{0,39})(?:\.[0-9]{1,40})?(?:[eE][+-]?[0-9]{1,3})?")
_JSON_INTEGER = re.compile(r"-?(?:0|[1-9][0-9]{0,39})")


# Subclasses of str, int, float and Decimal are read through the base class's own methods, never their own: what
# is checked is the value, and the value is what is sent, whatever a subclass's `__str__` or `is_finite` says.

MAX_INTEGER_BITS = 64  # Voyado's integers are .NET's Int32 and Int64; no wider integer can be sent as JSON here


def string(value: Any) -> str:
    if type(value) is str:  # the common case first: this runs once per field
        return value
    if isinstance(value, str):
        return str.__str__(value)
    if isinstance(value, int) and not isinstance(value, bool):  # a receipt number sent as 1064
        return int.__repr__(integer(value))
    raise Invalid(f"expected a string, got {_kind(value)}", expected="string", actual=_kind(value))


def boolean(value: Any) -> bool:
    if not isinstance(value, bool):
        raise Invalid(f"expected true or false, got {_kind(value)}", expected="boolean", actual=_kind(value))
    return value


def number(value: Any) -> float | Decimal:
    """A JSON number: `int`, `float` or `Decimal`, finite. A `Decimal` is kept, so it reaches the wire exactly."""
    kind = type(value)
    if kind is int or (kind is float and math.isfinite(value)):  # the common cases first
        return value  # type: ignore[no-any-return]
    if isinstance(value, str) and _JSON_NUMBER.fullmatch(value):  # "25.00": read exactly, sent as a number
        return Decimal(value)
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        raise Invalid(f"expected a number, got {_kind(value)}", expected="number", actual=_kind(value))
    if isinstance(value, Decimal):
        exact = value if kind is Decimal else Decimal(value)  # Decimal(subclass) copies the value itself
        if not exact.is_finite():
            raise Invalid(f"expected a finite number, got {exact}", expected="finite number", actual=str(exact))
        return exact
    if isinstance(value, float):
        number = float.__float__(value)
        if not math.isfinite(number):
            raise Invalid(f"expected a finite number, got {number}", expected="finite number", actual=repr(number))
        return number
    return integer(value)


def integer(value: Any) -> int:
    if type(value) is int and -(2**63) <= value < 2**64:  # the common case first
        return value
    if isinstance(value, str) and _JSON_INTEGER.fullmatch(value):  # "1064"
        exact = int(str.__str__(value))
    elif isinstance(value, int) and not isinstance(value, bool):
        exact = int.__int__(value)
    elif isinstance(value, float) and float.is_integer(value):
        exact = int(float.__float__(value))
    elif isinstance(value, Decimal) and Decimal.is_finite(value) and _decimal_is_integral(value):
        exact = int(Decimal(value))
    else:
        raise Invalid(f"expected an integer, got {_kind(value)}", expected="integer", actual=_kind(value))
    if exact.bit_length() > MAX_INTEGER_BITS:
        raise Invalid(
            f"an integer of {exact.bit_length()} bits is beyond what Voyado stores ({MAX_INTEGER_BITS} bits)",
            expected=f"at most {MAX_INTEGER_BITS} bits",
            actual=f"{exact.bit_length()} bits",
            rule="maximum",
        )
    return exact


def _decimal_is_integral(value: Decimal) -> bool:
    """Whether a finite Decimal is a whole number of at most 20 digits, decided without any decimal context (the
    caller's may trap, or round); a wider one is refused before `int()` would build it digit by digit."""
    _sign, digits, exponent = Decimal.as_tuple(value)
    assert isinstance(exponent, int)
    if Decimal.adjusted(value) > 20:
        return False
    return exponent >= 0 or not any(digits[exponent:])


_BOUNDED: dict[tuple[Coercer[Any], float | None, float | None], Coercer[Any]] = {}


def bounded(kind: Coercer[T], minimum: float | None, maximum: float | None) -> Coercer[T]:
    """A number coercer that also enforces the spec's `minimum` and `maximum` (inclusive)."""
    key = (kind, minimum, maximum)
    coercer = _BOUNDED.get(key)
    if coercer is None:
        # As exact Decimals, so that comparing a Decimal never mixes in a float (the caller's decimal context may
        # trap FloatOperation); from_float is exact and signals nothing.
        low = None if minimum is None else Decimal.from_float(minimum)
        high = None if maximum is None else Decimal.from_float(maximum)

        def coerce(value: Any) -> T:
            number = kind(value)
            if low is not None and (number < low if isinstance(number, Decimal) else number < minimum):  # type: ignore[operator]
                raise Invalid(
                    f"{number} is below the minimum {minimum:g}",
                    expected=f">= {minimum:g}",
                    actual=number,
                    rule="minimum",
                )
            if high is not None and (number > high if isinstance(number, Decimal) else number > maximum):  # type: ignore[operator]
                raise Invalid(
                    f"{number} is above the maximum {maximum:g}",
                    expected=f"<= {maximum:g}",
                    actual=number,
                    rule="maximum",
                )
            return number

        coercer = _BOUNDED[key] = coerce
    return cast("Coercer[T]", coercer)  # a string: subscripting a generic alias on every call is slow


def date_time(value: Any) -> datetime.datetime:
    """An ISO 8601 date-time with a UTC offset, as text or as an aware `datetime`."""
    if isinstance(value, datetime.datetime):
        if type(value) is IsoDateTime:
            return value
        try:  # a caller's tzinfo may give no offset, another one on each call, or fail
            offset = datetime.datetime.utcoffset(value)
        except Exception as exc:  # whatever the caller's tzinfo raises is a problem with the value
            raise Invalid(f"the datetime's time zone failed: {type(exc).__name__}", expected="aware datetime") from None
        if offset is None:
            raise Invalid(
                "datetime has no UTC offset; Voyado expects local time with an offset",
                expected="aware datetime",
                actual=datetime.datetime.isoformat(value.replace(tzinfo=None)),
                rule="format",
            )
        # The value that was checked, as a plain datetime with its offset fixed: the text sent is this value's.
        moment = datetime.datetime
        return moment.combine(moment.date(value), moment.time(value), datetime.timezone(offset))
    if not isinstance(value, str):
        raise Invalid(
            f"expected an ISO 8601 date-time string, got {_kind(value)}", expected="date-time", actual=_kind(value)
        )
    if not _RFC3339.match(value):
        raise Invalid(
            f"{value[:64]!r} is not an ISO 8601 date-time with an offset, such as 2024-05-02T14:03:11+02:00",
            expected="date-time",
            actual=value[:64],
            rule="format",
        )
    try:
        return IsoDateTime.parse(value)
    except ValueError as exc:
        raise Invalid(
            f"{value!r} is not a valid date-time: {exc}", expected="date-time", actual=value, rule="format"
        ) from None


MAX_FREE_FORM_DEPTH = 64


def anything(value: Any) -> Any:
    """Free-form JSON (`extraData`, unknown fields): kept as given, but not nested beyond MAX_FREE_FORM_DEPTH."""
    pending: list[tuple[Any, int]] = [(value, 1)]
    while pending:
        current, depth = pending.pop()
        if isinstance(current, float | Decimal) and not _finite(current):
            raise Invalid(f"{current} is not a JSON number", expected="finite number", rule="type")
        if isinstance(current, datetime.date | datetime.time):  # its text would depend on a caller's tzinfo
            raise Invalid(
                f"free-form data holds JSON values; give the {type(current).__name__} as ISO 8601 text",
                expected="JSON value",
                actual=type(current).__name__,
            )
        if isinstance(current, Mapping | list | tuple):
            if depth > MAX_FREE_FORM_DEPTH:
                raise Invalid(
                    f"free-form data nested deeper than {MAX_FREE_FORM_DEPTH} levels",
                    rule="depth",
                    expected=MAX_FREE_FORM_DEPTH,
                )
            children = current.values() if isinstance(current, Mapping) else current
            pending.extend((child, depth + 1) for child in children)
    return value


def _finite(number: float | Decimal) -> bool:
    return Decimal.is_finite(number) if isinstance(number, Decimal) else math.isfinite(float.__float__(number))


def enum_of(cls: type[E]) -> Coercer[E]:
    """The coercer of an enum: members, or their values in any casing (Voyado binds enums case-insensitively)."""
    coercer = _ENUM_COERCERS.get(cls)
    if coercer is None:
        coercer = _ENUM_COERCERS[cls] = _make_enum_coercer(cls)
    return cast("Coercer[E]", coercer)


def _make_enum_coercer(cls: type[E]) -> Coercer[E]:
    by_folded = {str(member.value).casefold(): member for member in cls}
    listed = frozenset(map(id, cls))
    allowed = ", ".join(str(member.value) for member in cls)

    def coerce(value: Any) -> E:
        if id(value) in listed:
            return value  # type: ignore[no-any-return]
        member = by_folded.get(value.casefold()) if isinstance(value, str) else None
        if member is not None:
            return member
        if isinstance(value, str) and _OPEN_ENUMS.get():  # a value Voyado added after this SDK was generated
            return unknown_member(cls, value)
        shown = value[:64] if isinstance(value, str) else _kind(value)
        raise Invalid(f"{shown!r} is not one of {allowed}", expected=allowed, actual=shown, rule="enum")

    return coerce


_UNKNOWN_MEMBERS: dict[tuple[type[enum.Enum], str], enum.Enum] = {}


def unknown_member(cls: type[E], value: object) -> E:
    """A member of `cls` for a value it does not list: equal to its text, written back unchanged, not a listed
    member (so a request refuses it). Listed values are matched in any casing first. Logged once at DEBUG."""
    if not isinstance(value, str):
        raise ValueError(f"{value!r} is not a valid {cls.__name__}")
    folded = value.casefold()
    for member in cls:
        if str(member.value).casefold() == folded:
            return member
    key = (cls, value)
    known = _UNKNOWN_MEMBERS.get(key)
    if known is not None:
        return cast(E, known)
    created: Any = str.__new__(cast(Any, cls), value)  # an instance of the enum that is none of its members
    created._name_ = value
    created._value_ = value
    # Kept for reuse only while short (an enum value is a word): at most 4,096 of 256 characters, about 1 MB, so a
    # server answering with a fresh megabyte each time leaves nothing behind.
    if len(value) <= _MAX_KEPT_LENGTH:
        if len(_UNKNOWN_MEMBERS) >= _MAX_UNKNOWN_MEMBERS:
            _UNKNOWN_MEMBERS.clear()
        _UNKNOWN_MEMBERS[key] = created
    logger.debug("%s: kept the value %r, which the API description does not list", cls.__name__, value[:64])
    return cast(E, created)


_MAX_UNKNOWN_MEMBERS = 4096
_MAX_KEPT_LENGTH = 256


def model_of(cls: type[M]) -> Coercer[M]:
    """The coercer of a nested model: an instance, or a mapping with wire or python keys."""
    coercer = _MODEL_COERCERS.get(cls)
    if coercer is None:

        def coerce(value: Any) -> M:
            return _from_mapping(cls, value)

        coercer = _MODEL_COERCERS[cls] = coerce
    return cast("Coercer[M]", coercer)


@cache
def list_of(item: Coercer[T]) -> Coercer[list[T]]:
    def coerce(value: Any) -> list[T]:
        if isinstance(value, str | bytes | Mapping) or not isinstance(value, Sequence):
            raise Invalid(f"expected an array, got {_kind(value)}", expected="array", actual=_kind(value))
        items: list[T] = []
        problems: list[Problem] = []
        for index, element in enumerate(value):
            try:
                items.append(item(element))
            except Invalid as exc:
                problems.append(exc.problem.under(f"[{index}]"))
            except RequestValidationError as exc:
                problems.extend(problem.under(f"[{index}]") for problem in exc.errors)
        if problems:
            raise RequestValidationError(problems)
        return items

    return coerce


def extra_to_wire(extra: dict[str, Any]) -> dict[str, Any]:
    """The start of a `to_dict`: the fields the description does not know, as they came."""
    return {key: to_wire(value) for key, value in extra.items()} if extra else {}


def date_time_to_wire(value: datetime.datetime) -> str:
    """A date-time as ISO 8601; one read from JSON is written back with its original text."""
    return value.wire_text if type(value) is IsoDateTime else datetime.datetime.isoformat(value)


def from_wire(coerce: Coercer[T], value: Any, *, subject: str = "response body") -> T:
    """JSON read as its declared type, with wire keys only; problems raise RequestValidationError."""
    token = _WIRE_KEYS_ONLY.set(True)
    try:
        return coerce(value)
    except Invalid as exc:
        raise RequestValidationError([exc.problem], subject=subject) from None
    finally:
        _WIRE_KEYS_ONLY.reset(token)


def read_response(coerce: Coercer[T], value: Any) -> T:
    """A success body read as its declared type: as `from_wire`, but enum values the description does not list
    are kept as unknown members, unless the client reads strictly (`strict_response_validation=True`)."""
    token = _OPEN_ENUMS.set(not strict_responses.get())
    try:
        return from_wire(coerce, value)
    finally:
        _OPEN_ENUMS.reset(token)


def to_body(coerce: Coercer[Any], value: Any) -> Any:
    """The JSON form of a request body given as a model or plain data; problems raise RequestValidationError.

    A model is checked when it is built, but its attributes can be set afterwards (`order.items = ...`): so what a
    model writes is read back through the same checks before it is sent (a NaN set later would go as `null`)."""
    try:
        if isinstance(value, Model):
            coerce(value)  # a model of the type the body declares (one is taken as it is)
            wire = _written(value)
            if not type(value)._check_wire(wire):  # changed since it was built: find out what is wrong
                from_wire(coerce, wire, subject="request body")
            return wire
        return to_wire(coerce(value))
    except Invalid as exc:
        raise RequestValidationError([exc.problem], subject="request body") from None


def _written(model: Model) -> dict[str, Any]:
    """A model's `to_dict`; an attribute set to what it cannot write (a str for a list of models) is a problem."""
    try:
        return model.to_dict()
    except (AttributeError, TypeError, ValueError) as exc:
        message = f"cannot be written: a field holds a value of the wrong type ({type(exc).__name__})"
        raise RequestValidationError([Problem("", message)], subject=type(model).__name__) from None


def to_parameters(
    values: Mapping[str, tuple[Coercer[Any], Any]], *, subject: str, as_text: bool = False
) -> dict[str, Any]:
    """Query or header arguments (wire name -> coercer and value) in their wire form, the unset ones left out.

    Values are read as body fields are (an enum by name in any casing, an ISO 8601 string for a date-time), and
    every problem is raised together as `RequestValidationError`. Headers (`as_text`) are strings; booleans are
    written `true`/`false`, as in JSON and in query strings.
    """
    wire: dict[str, Any] = {}
    problems: list[Problem] = []
    for name, (coerce, value) in values.items():
        if value is None or isinstance(value, Unset):
            continue
        try:
            converted = to_wire(coerce(value))
        except Invalid as exc:
            problems.append(exc.problem.under(name))
            continue
        except RequestValidationError as exc:
            problems.extend(problem.under(name) for problem in exc.errors)
            continue
        if as_text:
            converted = ("true" if converted else "false") if isinstance(converted, bool) else str(converted)
        wire[name] = converted
    if problems:
        raise RequestValidationError(problems, subject=subject)
    return wire


_PLAIN = frozenset({str, int, float, bool, type(None), Decimal})
_PLAIN_NUMBERS = frozenset({int, float})


def plain(coerce: Coercer[T], value: Any) -> T | None:
    """`value` through its coercer for a generated `_from_wire`: None where the coercer finds a problem (the
    general path then reports it with its path)."""
    try:
        return coerce(value)
    except (Invalid, RequestValidationError):
        return None


def listed_member(cls: type[E], value: Any) -> E | None:
    """The member of `cls` whose value is exactly `value` (wire text), or None."""
    return cast("E | None", cls._value2member_map_.get(value)) if type(value) is str else None


def plain_list(read: Callable[[Any], T | None], value: Any) -> list[T] | None:
    """A JSON array read item by item with `read` (a model's `_from_wire`); None when it is not a list or an item
    is not plain."""
    if type(value) is not list:
        return None
    items = []
    for element in value:
        item = read(element)
        if item is None:
            return None
        items.append(item)
    return items


def plain_number(value: object) -> TypeGuard[int | float | Decimal]:
    """An int, a finite float or a finite Decimal (what a file's amounts are read as): taken as it is by generated
    constructors (x - x is NaN for infinities)."""
    if type(value) in _PLAIN_NUMBERS:
        return value - value == 0  # type: ignore[operator, no-any-return]
    return isinstance(value, Decimal) and type(value) is Decimal and value.is_finite()


def to_wire(value: Any) -> Any:
    """The JSON-ready form of a field value."""
    if type(value) in _PLAIN:  # most fields: returned as they are, without the checks below
        return value
    if isinstance(value, Model):
        return value.to_dict()
    if isinstance(value, enum.Enum):  # before str: a StrEnum is a str too
        return to_wire(value.value)
    # Subclasses of the JSON scalars: their value, through the base class (see `string`).
    if isinstance(value, str):
        return str.__str__(value)
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return int.__int__(value)
    if isinstance(value, float):
        return float.__float__(value)
    if isinstance(value, Decimal):
        return Decimal(value)
    if isinstance(value, IsoDateTime):
        return value.wire_text
    if isinstance(value, datetime.datetime):
        return datetime.datetime.isoformat(value)
    if isinstance(value, datetime.date):
        return datetime.date.isoformat(value)
    if isinstance(value, Mapping):
        return {key: to_wire(element) for key, element in value.items()}
    if isinstance(value, list | tuple):
        return [to_wire(element) for element in value]
    return value
