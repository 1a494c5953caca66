# Generated from generator/app/_journal.py by `make generate`; do not edit.
"""The send journal: what happened to each order, written down before and after every request, on SQLite.

Each state change is one committed row (`synchronous=FULL`, WAL): a `sending` row is durable before a request
leaves and an outcome row after it, so a crash, a power loss or Ctrl-C at any moment leaves an order `accepted`,
`rejected`, `not-delivered`, or with no outcome at all, which counts as `unknown`. A new run skips accepted orders,
sends rejected and not-delivered ones again (Voyado did not process them), and refuses unknown ones unless told to:
they may already have triggered the customer's e-mail.

Why SQLite rather than a text file: a torn last line, a line separator inside an order number, or two runs
appending at once cannot corrupt it, and its locking works on every OS. A run holds the journal exclusively
(`locking_mode=EXCLUSIVE`), so a second send on it is refused. A journal written by earlier versions as JSON
Lines is imported once (its torn last line, if any, skipped) and kept next to it as `<name>.jsonl`.
"""

from __future__ import annotations

import datetime
import json
import os
import sqlite3
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from types import TracebackType
from typing import Any, Self

_SQLITE_HEADER = b"SQLite format 3\x00"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('sending', 'accepted', 'rejected', 'not-delivered', 'unknown')),
    order_number TEXT,
    status INTEGER,
    error_code TEXT,
    order_status TEXT,
    payment_status TEXT
);
CREATE INDEX IF NOT EXISTS events_by_fingerprint ON events (fingerprint, id);
CREATE INDEX IF NOT EXISTS events_by_number ON events (order_number, id);
"""
# Columns added after the first SQLite journals: a journal without them gains them when it is opened for writing.
_ADDED_COLUMNS = {"order_status": "TEXT", "payment_status": "TEXT", "reference": "TEXT"}
_COLUMNS = ("fingerprint", "outcome", "order_number", "status", "error_code", "at", *_ADDED_COLUMNS)
_LATEST = "SELECT {} FROM events WHERE id IN (SELECT MAX(id) FROM events GROUP BY fingerprint) ORDER BY id"
_LATEST_OF = "SELECT {} FROM events WHERE fingerprint = ? ORDER BY id DESC LIMIT 1"
# The latest entry of each order with this number that started (or may have started) its automation, oldest first.
_STARTED = """
SELECT fingerprint, {} FROM events
WHERE id IN (SELECT MAX(id) FROM events WHERE order_number = ? GROUP BY fingerprint)
AND outcome IN ('accepted', 'unknown', 'sending') ORDER BY id
"""


class OrderState(StrEnum):
    """What became of an order sent from a file, as the journal records it."""

    SENDING = "sending"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    NOT_DELIVERED = "not-delivered"
    UNKNOWN = "unknown"


class JournalError(RuntimeError):
    """The journal cannot be used: not a journal, not writable, or held by another send."""


@dataclass(frozen=True)
class Entry:
    fingerprint: str
    outcome: OrderState
    order_number: str | None = None
    status: int | None = None
    error_code: str | None = None
    at: str | None = None
    order_status: str | None = None  # what the order asked Voyado to do: with its number, the automation it starts
    payment_status: str | None = None
    reference: str | None = None  # what Voyado named it in its answer: a contact batch's id


def storable(text: str) -> str:
    """Text as the journal stores it: at most 500 characters, a lone surrogate written as its escape."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")[:500]


def _stored(text: str | None) -> str | None:
    return None if text is None else storable(text)


class Journal:
    """An open journal: each order's latest entry, looked up on disk (memory stays flat whatever its size), and
    records that are on disk when `record` returns. A dry run (`writable=False`) reads it without writing."""

    def __init__(self, path: Path, *, writable: bool = True) -> None:
        self.path = path
        self.writable = writable
        self._db: sqlite3.Connection | None = None
        self._present = set(_COLUMNS)  # a journal of an earlier version read as it is: the others read as NULL

    @property
    def db(self) -> sqlite3.Connection:
        """The open connection (its TEMP tables are a run's scratch space)."""
        if self._db is None:
            raise JournalError("the journal is not open")
        return self._db

    def __enter__(self) -> Self:
        try:
            if self.writable:
                self._open_for_writing()
            else:
                self._open_for_reading()
        except sqlite3.Error as exc:
            self.close()
            raise JournalError(_explain(self.path, exc)) from None
        except OSError as exc:
            self.close()
            raise JournalError(f"{self.path}: {exc.strerror or exc}") from None
        return self

    def _open_for_reading(self) -> None:
        """A dry run creates nothing: an existing journal read-only, an old JSON Lines one or none in memory."""
        if self.path.is_dir():
            raise JournalError(f"{self.path}: is a directory, not a journal file")
        if self.path.exists() and not _is_legacy(self.path):
            self._db = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True, timeout=0)
            self._present = {row[1] for row in self._db.execute("PRAGMA table_info(events)")}
            return
        self._db = sqlite3.connect(":memory:", isolation_level=None)
        _create(self._db)
        if self.path.exists():
            for entry in _legacy_entries(self.path):
                self._insert(entry, entry.at or "")

    def _open_for_writing(self) -> None:
        _finish_interrupted_import(self.path)
        legacy = _is_legacy(self.path)
        if legacy:
            _import_legacy(self.path)
        if self.path.is_dir():
            raise JournalError(f"{self.path}: is a directory, not a journal file")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.path, timeout=0, isolation_level=None)
        self._db = db
        db.execute("PRAGMA locking_mode = EXCLUSIVE")  # held until close: a second run cannot read or write
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = FULL")
        db.execute("BEGIN IMMEDIATE")  # takes the lock now, or fails at once if another run holds it
        _create(db)

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def latest(self, fingerprint: str) -> Entry | None:
        """The order's latest entry, if it was ever sent."""
        try:
            row = self.db.execute(_LATEST_OF.format(self._select(*_COLUMNS)), (fingerprint,)).fetchone()
        except sqlite3.Error as exc:
            raise JournalError(_explain(self.path, exc)) from None
        return None if row is None else _entry(row)

    def state(self, fingerprint: str) -> OrderState | None:
        """The order's state from earlier runs: None if never sent; a `sending` without outcome is UNKNOWN."""
        entry = self.latest(fingerprint)
        if entry is None:
            return None
        return OrderState.UNKNOWN if entry.outcome is OrderState.SENDING else entry.outcome

    def started(self, number: str, order_status: str, payment_status: str) -> str | None:
        """The order that started (or may have started) this automation, of those journaled: the first whose
        number and statuses (in any letter case) match, else the first journaled without statuses (version 0.1)."""
        fallback = None
        try:
            rows = self.db.execute(
                _STARTED.format(self._select("order_status", "payment_status")), (number,)
            ).fetchall()
        except sqlite3.Error as exc:
            raise JournalError(_explain(self.path, exc)) from None
        for fingerprint, status, payment in rows:
            statuses = ((status or "").casefold(), (payment or "").casefold())
            if statuses == (order_status, payment_status):
                return str(fingerprint)
            if statuses == ("", "") and fallback is None:
                fallback = str(fingerprint)
        return fallback

    def _select(self, *columns: str) -> str:
        return ", ".join(column if column in self._present else "NULL" for column in columns)

    def record_many(self, entries: list[Entry]) -> None:
        """Write entries in one transaction (the contacts of one batch); all are on disk when this returns."""
        if self._db is None or not self.writable:
            raise JournalError("the journal is not open for writing")
        at = datetime.datetime.now(datetime.UTC).isoformat(timespec="milliseconds")
        try:
            self._db.execute("BEGIN IMMEDIATE")
            for entry in entries:
                self._insert(entry, at)
            self._db.execute("COMMIT")
        except sqlite3.Error as exc:
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")
            raise JournalError(_explain(self.path, exc)) from None

    def _insert(self, entry: Entry, at: str) -> None:
        self.db.execute(
            "INSERT INTO events (at, fingerprint, outcome, order_number, status, error_code, order_status, "
            "payment_status, reference) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                at,
                entry.fingerprint,
                entry.outcome.value,
                _stored(entry.order_number),
                entry.status,
                _stored(entry.error_code),
                _stored(entry.order_status),
                _stored(entry.payment_status),
                _stored(entry.reference),
            ),
        )


def _create(db: sqlite3.Connection) -> None:
    """The events table as this version writes it: created, or given the columns added since it was."""
    db.executescript(_SCHEMA)  # commits
    present = {row[1] for row in db.execute("PRAGMA table_info(events)")}
    for column, kind in _ADDED_COLUMNS.items():
        if column not in present:
            db.execute(f"ALTER TABLE events ADD COLUMN {column} {kind}")


def read_entries(path: Path) -> list[Entry]:
    """The latest entry per order, oldest first, without writing anything (a legacy file is read in memory)."""
    if not path.exists():
        return []
    if path.is_dir():
        raise JournalError(f"{path}: is a directory, not a journal file")
    if _is_legacy(path):
        return list({entry.fingerprint: entry for entry in _legacy_entries(path)}.values())
    try:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=0)
        try:
            return list(_entries(db))
        finally:
            db.close()
    except sqlite3.Error as exc:
        raise JournalError(_explain(path, exc)) from None


def _entries(db: sqlite3.Connection) -> list[Entry]:
    present = {row[1] for row in db.execute("PRAGMA table_info(events)")}
    # A journal of an earlier version is read without writing: a column it lacks reads as NULL.
    query = _LATEST.format(", ".join(column if column in present else "NULL" for column in _COLUMNS))
    return [_entry(row) for row in db.execute(query)]


def _entry(row: tuple[Any, ...]) -> Entry:
    fingerprint, outcome, number, status, code, at, *added = row
    return Entry(fingerprint, OrderState(outcome), number, status, code, at, *added)


def _explain(path: Path, exc: sqlite3.Error) -> str:
    text = str(exc)
    if "locked" in text or "busy" in text:
        return f"{path} is in use by another send"
    if "not a database" in text:
        return f"{path}: not a journal (neither SQLite nor JSON Lines)"
    return f"{path}: cannot use the journal: {text}"


# --- the one-time import of a JSON Lines journal -------------------------------------------------------------------


def _is_legacy(path: Path) -> bool:
    """Whether `path` is a non-empty file that is not SQLite: a journal from before the SQLite format."""
    try:
        with path.open("rb") as file:
            head = file.read(len(_SQLITE_HEADER))
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        return False
    return bool(head) and head != _SQLITE_HEADER


def _legacy_entries(path: Path) -> list[Entry]:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise JournalError(f"{path}: not a journal (neither SQLite nor UTF-8 JSON Lines)") from None
    lines = text.split("\n")  # records end with "\n" only; U+2028 or U+0085 inside a value is not a line end
    complete, torn = lines[:-1], lines[-1]  # the part after the last "\n" was cut short by a crash: never sent
    del torn
    entries = []
    for number, line in enumerate(complete, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            entries.append(
                Entry(
                    str(record["fingerprint"]),
                    OrderState(record["outcome"]),
                    record.get("orderNumber"),
                    record.get("status"),
                    record.get("errorCode"),
                    record.get("at"),
                )
            )
        except (ValueError, KeyError, TypeError, RecursionError):
            raise JournalError(f"{path}:{number}: not a journal record") from None
    return entries


def _import_paths(path: Path) -> tuple[Path, Path]:
    return path.with_name(path.name + ".importing"), path.with_name(path.name + ".jsonl")


def _import_legacy(path: Path) -> None:
    """Copy a JSON Lines journal into a new SQLite journal at the same path; keep the old file as `.jsonl`.

    The new file is complete before either rename, and `_finish_interrupted_import` completes a run killed
    between the two renames, so the journal's history is never lost.
    """
    entries = _legacy_entries(path)
    staging, kept = _import_paths(path)
    if kept.exists():
        raise JournalError(f"{path}: cannot import the JSON Lines journal: {kept} already exists")
    staging.unlink(missing_ok=True)
    db = sqlite3.connect(staging, isolation_level=None)
    try:
        db.execute("PRAGMA synchronous = FULL")
        db.executescript(_SCHEMA)
        db.execute("BEGIN")
        db.executemany(
            "INSERT INTO events (at, fingerprint, outcome, order_number, status, error_code) VALUES (?, ?, ?, ?, ?, ?)",
            [
                (
                    e.at or "",
                    e.fingerprint,
                    e.outcome.value,
                    _stored(e.order_number),
                    e.status,
                    _stored(e.error_code),
                )
                for e in entries
            ],
        )
        db.execute("COMMIT")
    finally:
        db.close()
    os.replace(path, kept)
    os.replace(staging, path)


def _finish_interrupted_import(path: Path) -> None:
    staging, kept = _import_paths(path)
    if not staging.exists():
        return
    if not path.exists() and kept.exists():  # killed between the renames: the staged journal is complete
        os.replace(staging, path)
    else:  # killed while staging: the original is intact; stage again
        staging.unlink()


def describe(entry: Entry) -> dict[str, Any]:
    """An entry as `journal show --json` prints it."""
    outcome = OrderState.UNKNOWN if entry.outcome is OrderState.SENDING else entry.outcome
    return {
        "fingerprint": entry.fingerprint,
        "orderNumber": entry.order_number,
        "outcome": outcome.value,
        "status": entry.status,
        "errorCode": entry.error_code,
        "at": entry.at,
        **({"reference": entry.reference} if entry.reference is not None else {}),
    }
