# Generated from generator/app/_order_files.py by `make generate`; do not edit.
"""Read files of records (orders or receipts: a JSON object, a JSON array, or JSON Lines) and check every record.

Numbers are read as `Decimal`, so amounts are validated and sent exactly as the file writes them; NaN and
Infinity, which JSON does not have, are refused. A `RecordKind` says what a file holds: its model, its rules, the
field that names a record, and what a send of unknown outcome means for it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from voyado_engage import _json
from voyado_engage._exceptions import Problem, RequestValidationError
from voyado_engage._model import Model, get_any_casing
from voyado_engage._validation import validate_order, validate_receipt
from voyado_engage.models import ContactFields, Order, Receipt

from ._identity import order_identity
from ._journal import storable


class OrderFileError(ValueError):
    """A file that cannot be read as records at all (missing, not UTF-8, not JSON)."""


@dataclass(frozen=True)
class RecordKind:
    """What a file holds, and how each record is checked, named and treated when its outcome is unknown."""

    noun: str  # "order": in messages, "3 order(s)"
    model: type[Model]
    number: str  # the wire field that names a record: in labels and the journal; one number's records go in order
    rules: Callable[..., list[Problem]] | None  # Voyado's rules beyond the schema (strict=True: warnings count)
    automation: tuple[str, ...]  # with the number, the wire fields that say which automation a record starts
    resend_unknown: bool  # Voyado deduplicates this kind, so a record whose outcome is unknown is simply sent again
    first_wins: bool = False  # Voyado keeps the first record of a number and ignores later ones (receipts)


ORDERS = RecordKind("order", Order, "orderNumber", validate_order, ("orderStatus", "paymentStatus"), False)
RECEIPTS = RecordKind("receipt", Receipt, "uniqueReceiptId", validate_receipt, (), True, first_wins=True)
# Contacts go in batches (`contacts import`); a contact's key attribute is the tenant's choice, email the usual one.
CONTACTS = RecordKind("contact", ContactFields, "email", None, (), False)


@dataclass
class CheckedOrder:
    """One record of a file: where it is, the model (when it could be built) and its problems."""

    source: str
    index: int
    payload: Any
    order: Model | None = None
    problems: list[Problem] = field(default_factory=list)
    wire: bytes | None = None  # the record's canonical JSON, once it could be encoded
    kind: RecordKind = ORDERS

    @property
    def label(self) -> str:
        number = get_any_casing(self.payload, self.kind.number) if isinstance(self.payload, dict) else None
        return f"{self.source} #{self.index + 1}" + (f" ({number})" if isinstance(number, str) else "")

    @property
    def errors(self) -> list[Problem]:
        return [problem for problem in self.problems if problem.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [problem for problem in self.problems if problem.severity != "error"]

    @property
    def valid(self) -> bool:
        return self.order is not None and self.wire is not None and not self.errors

    @property
    def fingerprint(self) -> str:
        """The record's identity (`_identity`): equal for records Voyado would receive as the same."""
        assert self.order is not None, "only a record that could be built has a fingerprint"
        return order_identity(self.order)

    @property
    def legacy_fingerprint(self) -> str:
        """What journals of version 0.1 recorded: SHA-256 of the record's canonical JSON (sorted keys)."""
        assert self.wire is not None, "only a record that could be encoded has a fingerprint"
        return hashlib.sha256(self.wire).hexdigest()

    @property
    def automation(self) -> tuple[str, str, str]:
        """The record's number with its order and payment status: together they say which automation an order
        starts (a receipt: its number alone).

        Statuses in any letter case name one automation (Voyado's may match them either way; assuming so refuses
        more, never less). Each part as the journal stores it, so a long order number matches its stored form.
        """
        assert self.order is not None
        number, *statuses = (str(wire_value(self.order, name)) for name in (self.kind.number, *self.kind.automation))
        parts = [storable(status.casefold()) for status in statuses] + ["", ""]
        return storable(number), parts[0], parts[1]


def wire_value(model: Model, wire_name: str) -> Any:
    """The value of a model's field, by its wire name."""
    cls = type(model)
    names = _PYTHON_NAMES.get(cls)
    if names is None:
        names = _PYTHON_NAMES[cls] = {field.wire: field.python for field in cls._fields}
    return getattr(model, names[wire_name])


_PYTHON_NAMES: dict[type[Model], dict[str, str]] = {}


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _decode(text: str) -> Any:
    return json.loads(text, parse_float=Decimal, parse_constant=_refuse_constant)


def read_payloads(path: Path) -> list[Any]:
    """The records in a file, as parsed JSON values."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise OrderFileError(f"{path}: cannot read: {exc.strerror}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise OrderFileError(f"{path}: not UTF-8 text (invalid byte at offset {exc.start})") from None
    try:
        document = _decode(text)
    except json.JSONDecodeError as exc:
        if exc.msg != "Extra data":  # anything but a second value after the first is a broken JSON document
            raise OrderFileError(f"{path}:{exc.lineno}:{exc.colno}: not JSON: {exc.msg}") from None
        # JSON Lines end with "\n" (or "\r\n"); U+2028, U+0085 and other separators inside a string are not ends.
        lines = [(number, line) for number, line in enumerate(text.split("\n"), 1) if line.strip()]
        return list(_json_lines(path, lines))
    except RecursionError:
        raise OrderFileError(f"{path}: not orders: JSON nested too deeply") from None
    except ValueError as exc:
        raise OrderFileError(f"{path}: not JSON: {exc}") from None
    return document if isinstance(document, list) else [document]


def iter_payloads(path: Path) -> Iterator[Any]:
    """The records in a file, as parsed JSON values, read as they are needed.

    JSON Lines (the form a large export takes) are read a line at a time, so memory stays flat whatever the file's
    size; a file whose first line is not a whole JSON value is one JSON document (an object, or an array of
    records) and is read whole, as `read_payloads` reads it.
    """
    try:
        file = path.open("rb")
    except OSError as exc:
        raise OrderFileError(f"{path}: cannot read: {exc.strerror}") from None
    with file:
        first = file.readline()
        try:
            value = _decode(first.decode("utf-8-sig")) if first.strip() else None
        except (UnicodeDecodeError, ValueError, RecursionError):
            value = None
        if value is None:
            yield from read_payloads(path)
            return
        offset, number = len(first), 1
        for line in file:
            number += 1
            if line.strip():
                break
            offset += len(line)
        else:  # one value and nothing after it: a single document
            yield from value if isinstance(value, list) else [value]
            return
        yield value
        yield _line_value(path, number, offset, line)
        offset += len(line)
        for line in file:
            number += 1
            if line.strip():
                yield _line_value(path, number, offset, line)
            offset += len(line)


def _line_value(path: Path, number: int, offset: int, line: bytes) -> Any:
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise OrderFileError(f"{path}: not UTF-8 text (invalid byte at offset {offset + exc.start})") from None
    return _parsed_line(path, number, text)


def _parsed_line(path: Path, number: int, text: str) -> Any:
    try:
        return _decode(text)
    except RecursionError:
        raise OrderFileError(f"{path}:{number}: not a record: JSON nested too deeply") from None
    except ValueError as exc:
        raise OrderFileError(f"{path}:{number}: not a JSON value: {exc}") from None


def _json_lines(path: Path, lines: list[tuple[int, str]]) -> Iterator[Any]:
    for number, line in lines:
        yield _parsed_line(path, number, line)


def check_payload(
    source: str, index: int, payload: Any, *, strict: bool = False, kind: RecordKind = ORDERS
) -> CheckedOrder:
    """Build the record and run every rule on it; nothing is raised, everything is in `.problems`."""
    checked = CheckedOrder(source, index, payload, kind=kind)
    try:
        checked.order = kind.model.from_dict(payload)
    except RequestValidationError as exc:
        checked.problems = list(exc.errors)
    if kind.rules is not None and (checked.order is not None or isinstance(payload, Mapping)):
        # The business rules read the wire form, so they still report on a record the schema refused.
        checked.problems += kind.rules(checked.order or payload, strict=strict)
    if checked.order is not None:
        try:  # what cannot be encoded (an integer beyond 64 bits, a lone surrogate) cannot be sent either
            checked.wire = _json.dumps(checked.order.to_dict(), canonical=True)
        except TypeError as exc:
            checked.problems.append(Problem("", f"cannot be encoded as JSON: {exc}", rule="encoding"))
    return checked


def check_files(paths: list[Path], *, strict: bool = False, kind: RecordKind = ORDERS) -> list[CheckedOrder]:
    """Every record of every file, checked; raises OrderFileError for a file that is not records at all."""
    return list(iter_checked(paths, strict=strict, kind=kind))


def iter_checked(paths: list[Path], *, strict: bool = False, kind: RecordKind = ORDERS) -> Iterator[CheckedOrder]:
    """Every record of every file, checked as it is read (`iter_payloads`): memory stays flat for JSON Lines."""
    for path in paths:
        for index, payload in enumerate(iter_payloads(path)):
            yield check_payload(str(path), index, payload, strict=strict, kind=kind)
