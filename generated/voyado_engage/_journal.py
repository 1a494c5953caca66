# Generated from generator/runtime/_journal.py by `make generate`; do not edit.
"""The send journal: what happened to each order, written down before and after every request.

The journal is an append-only JSON Lines file. A `sending` record is written (and flushed to disk) before a
request leaves, and an outcome record after it: so a crash or Ctrl-C at any moment leaves an order either
`accepted`, `rejected`, `not-delivered`, or with no outcome at all, which counts as `unknown`. A new run skips
accepted orders, sends rejected and not-delivered ones again (Voyado did not process them), and refuses unknown
ones unless told to: they may already have triggered the customer's e-mail.
"""

from __future__ import annotations

import datetime
import json
import os
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from types import TracebackType
from typing import IO, Any, Self

try:
    import fcntl
except ImportError:  # pragma: no cover - not on Windows
    fcntl = None  # type: ignore[assignment]


class Outcome(StrEnum):
    SENDING = "sending"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    NOT_DELIVERED = "not-delivered"
    UNKNOWN = "unknown"

    @property
    def resend_is_safe(self) -> bool:
        """Whether sending the order again cannot make Voyado act on it twice."""
        return self in (Outcome.REJECTED, Outcome.NOT_DELIVERED)


class JournalError(RuntimeError):
    """The journal cannot be used: unreadable, or another run holds it."""


@dataclass(frozen=True)
class Entry:
    fingerprint: str
    outcome: Outcome
    order_number: str | None = None
    status: int | None = None
    error_code: str | None = None


class Journal:
    """An open journal file: the last outcome per fingerprint, and appends that reach the disk."""

    def __init__(self, path: Path, *, writable: bool = True) -> None:
        self.path = path
        self.writable = writable
        self.last: dict[str, Entry] = {}
        self._file: IO[str] | None = None

    def __enter__(self) -> Self:
        if not self.writable:  # a dry run reads what exists and creates nothing
            if self.path.exists():
                self._load(self.path.read_text(encoding="utf-8"))
            return self
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._file = self.path.open("a+", encoding="utf-8")
        if fcntl is not None:
            try:
                fcntl.flock(self._file.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                self._file.close()
                raise JournalError(f"{self.path} is in use by another send") from None
        self._file.seek(0)
        self._load(self._file.read())
        return self

    def _load(self, text: str) -> None:
        lines = text.splitlines()
        for number, line in enumerate(lines, 1):
            # A last line without its newline was cut short by a crash. A `sending` record is durable before its
            # request leaves, so a torn one was never sent; a torn outcome leaves its `sending`: unknown.
            torn = number == len(lines) and not text.endswith("\n")
            if line.strip() and not torn:
                self._replay(number, line)

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None

    def _replay(self, number: int, line: str) -> None:
        try:
            record = json.loads(line)
            entry = Entry(
                record["fingerprint"],
                Outcome(record["outcome"]),
                record.get("orderNumber"),
                record.get("status"),
                record.get("errorCode"),
            )
        except (ValueError, KeyError, TypeError):
            raise JournalError(f"{self.path}:{number}: not a journal record") from None
        self.last[entry.fingerprint] = entry

    def state(self, fingerprint: str) -> Outcome | None:
        """The order's state from earlier runs: None if never sent; a `sending` without outcome is UNKNOWN."""
        entry = self.last.get(fingerprint)
        if entry is None:
            return None
        return Outcome.UNKNOWN if entry.outcome is Outcome.SENDING else entry.outcome

    def record(self, entry: Entry) -> None:
        """Append an entry and make it durable before returning."""
        assert self._file is not None, "the journal is not open"
        record: dict[str, Any] = {
            "at": datetime.datetime.now(datetime.UTC).isoformat(timespec="milliseconds"),
            "fingerprint": entry.fingerprint,
            "outcome": entry.outcome.value,
            "orderNumber": entry.order_number,
        }
        if entry.status is not None:
            record["status"] = entry.status
        if entry.error_code is not None:
            record["errorCode"] = entry.error_code
        self._file.write(json.dumps(record, ensure_ascii=False) + "\n")
        self._file.flush()
        os.fsync(self._file.fileno())
        self.last[entry.fingerprint] = entry
