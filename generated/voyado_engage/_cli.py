# Generated from generator/app/_cli.py by `make generate`; do not edit.
"""`voyado-engage`: validate order files, and send them at a rate (several in flight) without ever sending one twice.

    voyado-engage orders|receipts validate FILE... [--format text|json] [--strict]
    voyado-engage orders|receipts send FILE [--journal PATH] [--rate N] [--concurrency N] [--timeout S] [--skip-invalid]
                              [--resend-unknown] [--resend-changed] [--dry-run]
    voyado-engage contacts validate FILE... [--format text|json]
    voyado-engage contacts import FILE [--update] [--contact-type T] [--avoid-triggering-export] [--batch-size N]
                              [--journal PATH] [--rate N] [--timeout S] [--skip-invalid] [--resend-unknown] [--dry-run]
    voyado-engage contacts status JOURNAL [--format text|json]
    voyado-engage journal show PATH [--json]

Credentials come from the client's environment variables (`VOYADO_API_KEY`, `VOYADO_BASE_URL`, `VOYADO_TENANT`,
`VOYADO_USER_AGENT`). Exit status: 0 all good, 1 something was invalid or not accepted, 2 unusable input (one line
on stderr says why), 130 interrupted. Everything shown that came from a file or a server is stripped of control
characters first, so no order number or server message can drive the terminal.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import signal
import sys
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Hashable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO, cast

from voyado_engage._base_client import APIResponse
from voyado_engage._bulk import DEFAULT_RATE, Bulk, Outcome, default_concurrency
from voyado_engage._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    AuthenticationError,
    ConfigurationError,
    PermissionDeniedError,
    Problem,
    RateLimitError,
    VoyadoError,
)
from voyado_engage._model import get_any_casing
from voyado_engage._text import printable
from voyado_engage.client import AsyncVoyadoEngage, __version__
from voyado_engage.models import ContactFields, Order
from voyado_engage.types import UNSET

from ._identity import text_identity
from ._journal import Entry, Journal, JournalError, OrderState, describe, read_entries, storable
from ._order_files import (
    CONTACTS,
    ORDERS,
    RECEIPTS,
    CheckedOrder,
    OrderFileError,
    RecordKind,
    iter_checked,
)

MIN_RATE, MAX_RATE = 0.01, 1000.0
DEFAULT_TIMEOUT = 30.0  # seconds per order, retries included
MIN_TIMEOUT, MAX_TIMEOUT = 0.01, 3600.0
EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


def say(text: str, file: TextIO | None = None) -> None:
    """Print a line that may hold text from a file or a server, with its control characters defused."""
    write(printable(text) + "\n", file)


def write(text: str, file: TextIO | None = None) -> None:
    """Write `text`; when the reader of standard output has gone (`... | head`), the rest of the output goes
    nowhere and the command carries on, as Unix tools do (a send finishes what it started, its journal complete)."""
    out = file or sys.stdout
    try:
        out.write(text)
        out.flush()
    except BrokenPipeError:
        if out is sys.stdout:
            _silence_stdout()
        elif out is not sys.stderr:
            raise


def _silence_stdout() -> None:
    # Python flushes stdout once more at exit; pointing it at /dev/null keeps that from raising again.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # one line, not argparse's usage block
        say(f"voyado-engage: {message}", sys.stderr)
        raise SystemExit(EXIT_USAGE)


def _number_from(option: str, low: float, high: float, unit: str) -> Callable[[str], float]:
    """An argparse type: a finite number from `low` to `high`, else a one-line usage error naming `option`."""

    def parse(text: str) -> float:
        try:
            number = float(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{option} {text!r} is not a number") from None
        if not math.isfinite(number) or not low <= number <= high:
            raise argparse.ArgumentTypeError(f"{option} must be from {low:g} to {high:g} {unit}")
        return number

    return parse


def _whole_number_from(option: str, low: int, high: int, unit: str) -> Callable[[str], int]:
    """An argparse type: a whole number from `low` to `high`, else a one-line usage error naming `option`."""
    number_from = _number_from(option, low, high, unit)

    def parse(text: str) -> int:
        number = number_from(text)
        if number != int(number):
            raise argparse.ArgumentTypeError(f"{option} {text!r} is not a whole number")
        return int(number)

    return parse


_rate = _number_from("--rate", MIN_RATE, MAX_RATE, "per second")
_timeout = _number_from("--timeout", MIN_TIMEOUT, MAX_TIMEOUT, "seconds")
# At most the SDK pool's 100 connections: a request beyond them would wait for one after its paced start, and
# leave with the others when a slow server lets them go, past the rate.
_concurrency = _whole_number_from("--concurrency", 1, 100, "in flight")
_progress_every = _number_from("--progress-every", 0.05, 86400, "seconds")


MAX_BATCH, DEFAULT_BATCH = 4000, 1000  # contacts per bulk request: Voyado's documented limit, and ours
_batch_size = _whole_number_from("--batch-size", 1, MAX_BATCH, "contacts")


EPILOG = """\
exit status:
  0    everything valid, every order accepted
  1    an order is invalid, was rejected, has an unknown outcome, or was not sent again
  2    unusable input: a file that is not orders, a bad option, a journal in use (one line on stderr says why)
  130  interrupted (the order being sent, if any, is recorded as unknown)

environment:
  VOYADO_API_KEY     the Engage API key (required to send)
  VOYADO_BASE_URL    https://<tenant>.voyado.com (default: production, with VOYADO_TENANT)
  VOYADO_TENANT      the tenant name, for the production or staging URL
  VOYADO_USER_AGENT  your product token, such as AcmeShop/2.1
  VOYADO_LOG         debug or info: log requests and retry decisions to stderr (never the key or customer data)
"""
FORMAT_HELP = "text for people (default), json for programs"


def _command(group: Any, name: str, summary: str) -> argparse.ArgumentParser:
    """A command whose --help ends with the exit status and environment."""
    parser: argparse.ArgumentParser = group.add_parser(
        name, help=summary, epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    return parser


def _format_option(parser: argparse.ArgumentParser, more: str = "") -> None:
    parser.add_argument("--format", choices=["text", "json"], default="text", help=FORMAT_HELP + more)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="voyado-engage",
        description="Voyado Engage from the command line: validate order files, send them once, inspect journals.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    services = parser.add_subparsers(
        dest="service", required=True, parser_class=_Parser, metavar="{orders,receipts,contacts,journal}"
    )
    for kind in (ORDERS, RECEIPTS):
        _record_commands(services, kind)
    _contact_commands(services)

    journal = _command(services, "journal", "send journals: show what happened to each order")
    journal_commands = journal.add_subparsers(dest="command", required=True, parser_class=_Parser)
    show = _command(journal_commands, "show", "the latest outcome of every order in a journal")
    show.add_argument("path", type=Path, metavar="PATH", help="the journal file (FILE.journal by default)")
    _format_option(show)
    show.add_argument("--json", action="store_const", const="json", dest="format", help="the same as --format json")
    return parser


def _record_commands(services: Any, kind: RecordKind) -> None:
    """`validate` and `send` for one kind of record file (`orders`, `receipts`)."""
    noun = kind.noun
    group = _command(services, f"{noun}s", f"{noun} files: validate them, send them")
    group.set_defaults(kind=kind)
    commands = group.add_subparsers(dest="command", required=True)

    validate = _command(commands, "validate", f"check {noun} files (JSON object, array or JSON Lines)")
    files_help = f"a file of {noun}s: one JSON object, a JSON array, or JSON Lines"
    validate.add_argument("files", nargs="+", type=Path, metavar="FILE", help=files_help)
    _format_option(validate)
    validate.add_argument("--strict", action="store_true", help="treat warnings as errors")
    validate.add_argument("--quiet", "-q", action="store_true", help="print only the records with problems")

    send = _command(commands, "send", f"validate, then send every {noun} once, keeping a journal")
    send.add_argument("file", type=Path, metavar="FILE", help=f"the file of {noun}s to send (as for validate)")
    _format_option(send, " (json: one report on stdout, progress on stderr)")
    send.add_argument("--journal", type=Path, help="journal file (default: FILE.journal next to FILE)")
    rate_help = f"{noun}s per second, 0.01 to 1000 (default 40)"
    send.add_argument("--rate", type=_rate, default=DEFAULT_RATE, help=rate_help)
    send.add_argument("--skip-invalid", action="store_true", help=f"send the valid {noun}s, skip the invalid ones")
    send.add_argument("--timeout", type=_timeout, default=DEFAULT_TIMEOUT, help=f"seconds per {noun} (default 30)")
    concurrency_help = f"{noun}s in flight at most (default: the rate x 1 s, from 4 to 64)"
    send.add_argument("--concurrency", type=_concurrency, default=None, help=concurrency_help)
    if not kind.resend_unknown:
        resend_help = f"send again {noun}s whose earlier outcome is unknown (check Voyado first)"
        send.add_argument("--resend-unknown", action="store_true", help=resend_help)
    if kind.automation:
        changed_help = (
            f"send an {noun} whose number, order status and payment status were sent before with other content "
            "(it starts the same automation again: another e-mail)"
        )
        send.add_argument("--resend-changed", action="store_true", help=changed_help)
    send.add_argument("--dry-run", action="store_true", help="show what would be sent; send nothing")
    send.add_argument("--strict", action="store_true", help="treat warnings as errors")
    progress_help = "when stderr is not a terminal, a progress line every SECONDS (default 10)"
    send.add_argument("--progress-every", type=_progress_every, default=10.0, metavar="SECONDS", help=progress_help)


def _contact_commands(services: Any) -> None:
    """`validate`, `import` and `status` for contact files, sent in batches through Voyado's bulk endpoints."""
    group = _command(services, "contacts", "contact files: validate them, import them in batches")
    group.set_defaults(kind=CONTACTS)
    commands = group.add_subparsers(dest="command", required=True)
    validate = _command(commands, "validate", "check contact files (JSON object, array or JSON Lines)")
    validate.add_argument("files", nargs="+", type=Path, metavar="FILE", help="a file of contacts")
    _format_option(validate)
    validate.set_defaults(strict=False)

    send = _command(commands, "import", "validate, then send the contacts in batches once each, keeping a journal")
    send.add_argument("file", type=Path, metavar="FILE", help="the file of contacts (as for validate)")
    _format_option(send, " (json: one report on stdout, progress on stderr)")
    send.add_argument("--update", action="store_true", help="update existing contacts (PATCH) instead of creating")
    send.add_argument("--contact-type", help="the contact type (default: the tenant's default type)")
    export_help = "with --update: keep the update from triggering the tenant's contact exports"
    send.add_argument("--avoid-triggering-export", action="store_true", help=export_help)
    batch_help = f"contacts per request, 1 to {MAX_BATCH} (Voyado's limit; default {DEFAULT_BATCH})"
    send.add_argument("--batch-size", type=_batch_size, default=DEFAULT_BATCH, help=batch_help)
    send.add_argument("--journal", type=Path, help="journal file (default: FILE.journal next to FILE)")
    send.add_argument("--rate", type=_rate, default=DEFAULT_RATE, help="batches per second (default 40)")
    send.add_argument("--timeout", type=_timeout, default=DEFAULT_TIMEOUT, help="seconds per batch (default 30)")
    send.add_argument("--skip-invalid", action="store_true", help="send the valid contacts, skip the invalid ones")
    unknown_help = "send again batches whose earlier outcome is unknown (check Voyado first: it may create twice)"
    send.add_argument("--resend-unknown", action="store_true", help=unknown_help)
    send.add_argument("--dry-run", action="store_true", help="show what would be sent; send nothing")
    send.add_argument("--progress-every", type=_progress_every, default=10.0, metavar="SECONDS", help="as for send")
    concurrency_help = "batches in flight at most (default: the rate x 1 s, from 4 to 64)"
    send.add_argument("--concurrency", type=_concurrency, default=None, help=concurrency_help)
    send.set_defaults(strict=False)

    status = _command(commands, "status", "ask Voyado how each batch a journal sent is doing")
    status.add_argument("path", type=Path, metavar="JOURNAL", help="the journal of a contacts import")
    _format_option(status)


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    if not arguments:  # a bare command: show what it can do
        parser.print_help()
        return EXIT_USAGE
    args = parser.parse_args(arguments)
    if getattr(args, "avoid_triggering_export", False) and not args.update:
        parser.error("--avoid-triggering-export applies to --update only (Voyado ignores it when creating)")
    try:
        if args.service == "journal":
            return show_journal(args.path, as_json=args.format == "json")
        if args.command == "validate":
            return validate_command(
                args.files, output=args.format, strict=args.strict, kind=args.kind, quiet=args.quiet
            )
        if args.command == "import":
            return ContactsImport(args).run()
        if args.command == "status":
            return asyncio.run(contacts_status(args.path, as_json=args.format == "json"))
        return SendCommand(args).run()
    except ConfigurationError as error:
        # The command line takes no api_key=...: name only what it takes (the environment).
        message = f"{error.missing} is missing: set {error.variable}" if error.missing and error.variable else error
        say(f"voyado-engage: {message}".splitlines()[0], sys.stderr)
        return EXIT_USAGE
    except (OrderFileError, JournalError) as error:
        say(f"voyado-engage: {error}".splitlines()[0], sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:  # the reader of standard output has gone: stop quietly
        _silence_stdout()
        return EXIT_OK
    except KeyboardInterrupt:  # while the file was read and checked, or after a send already stopped at once
        say("voyado-engage: interrupted", sys.stderr)
        return EXIT_INTERRUPTED


def show_journal(path: Path, *, as_json: bool) -> int:
    if not path.exists():
        raise JournalError(f"{path}: no such journal (a send writes FILE.journal next to FILE)")
    entries = [describe(entry) for entry in read_entries(path)]
    if as_json:
        write(json.dumps({"orders": entries}, indent=2) + "\n")
        return EXIT_OK
    for entry in entries:
        status = entry["status"] if entry["status"] is not None else "-"
        say(f"{entry['at'] or '-':<29} {entry['outcome']:<13} {status!s:<4} {entry['orderNumber'] or '-'}")
    counts = Counter(entry["outcome"] for entry in entries)
    say(f"{len(entries)} order(s): " + ", ".join(f"{n} {outcome}" for outcome, n in sorted(counts.items())))
    return EXIT_OK


def _problem_line(problem: Problem) -> str:
    rule = f" [{problem.rule}]" if problem.rule != "schema" else ""
    return f"  {problem.severity:<7} {problem.path or '(root)'}: {problem.message}{rule}"


def _print_problems(checked: CheckedOrder, out: TextIO, *, quiet: bool = False) -> None:
    if not checked.problems:
        if not quiet:
            say(f"{checked.label}: ok", out)
        return
    say(f"{checked.label}: {len(checked.errors)} error(s), {len(checked.warnings)} warning(s)", out)
    for problem in checked.problems:
        say(_problem_line(problem), out)


def validate_command(
    files: list[Path], *, output: str, strict: bool, kind: RecordKind = ORDERS, quiet: bool = False
) -> int:
    """Check every record as it is read, printing its problems at once (JSON: one report, written as it grows)."""
    plural = f"{kind.noun}s"
    total = invalid = warnings = 0
    if output == "json":
        write(f'{{"{plural}": [')
    for record in iter_checked(files, strict=strict, kind=kind):
        total += 1
        invalid += not record.valid
        warnings += len(record.warnings)
        if output == "json":
            entry = {
                "file": record.source,
                "index": record.index,
                kind.number: get_any_casing(record.payload, kind.number) if isinstance(record.payload, dict) else None,
                "valid": record.valid,
                "problems": [
                    {
                        "path": p.path,
                        "rule": p.rule,
                        "severity": p.severity,
                        "message": p.message,
                        "expected": p.expected,
                        "actual": p.actual,
                    }
                    for p in record.problems
                ],
            }
            # ensure_ascii: every control character is escaped
            write(("\n" if total == 1 else ",\n") + json.dumps(entry, default=str))
        else:
            _print_problems(record, sys.stdout, quiet=quiet)
    summary = {plural: total, "valid": total - invalid, "invalid": invalid}
    if output == "json":
        write(f'\n], "summary": {json.dumps(summary)}}}\n')
    else:
        say(
            f"checked {total} {kind.noun}(s) in {len(files)} file(s): {total - invalid} valid, "
            f"{invalid} invalid, {warnings} warning(s)"
        )
    return EXIT_PROBLEMS if invalid else EXIT_OK


class Progress:
    """Progress on stderr: a live line on a terminal; elsewhere (a cron log, CI) a plain line, or a JSON event with
    `--format json`, every `every` seconds and at the end. Each says how many were sent, the rate, the outcomes so
    far and the time left."""

    def __init__(
        self,
        total: int,
        *,
        every: float,
        as_json: bool,
        stream: TextIO = sys.stderr,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.total, self.every, self.as_json, self.stream, self.clock = total, every, as_json, stream, clock
        self.live = stream.isatty() and not as_json
        self.started = clock()
        self.shown_at = self.started
        self.done = 0
        self.outcomes: Counter[OrderState] = Counter()

    def update(self, done: int, outcomes: Counter[OrderState]) -> None:
        self.done, self.outcomes = done, outcomes
        if self.live:
            self.stream.write(f"\r{self._text()}   ")
            self.stream.flush()
        elif self.clock() - self.shown_at >= self.every:
            self._line()

    def finish(self) -> None:
        if self.total == 0:
            return
        if self.live:
            self.stream.write("\n")
        else:
            self._line()

    def _figures(self) -> tuple[float, float | None]:
        elapsed = max(self.clock() - self.started, 1e-9)
        rate = self.done / elapsed
        left = None if rate == 0 else (self.total - self.done) / rate
        return rate, left

    def _text(self) -> str:
        rate, left = self._figures()
        counts = ", ".join(f"{count} {outcome.value}" for outcome, count in sorted(self.outcomes.items()))
        eta = "" if left is None else f", about {_duration(left)} left"
        return f"{self.done}/{self.total} sent ({rate:.1f}/s{eta}){': ' + counts if counts else ''}"

    def _line(self) -> None:
        self.shown_at = self.clock()
        if self.as_json:
            rate, left = self._figures()
            event = {"event": "progress", "done": self.done, "total": self.total, "perSecond": round(rate, 2)}
            event.update({outcome.value: count for outcome, count in self.outcomes.items()})
            event["secondsLeft"] = None if left is None else round(left)
            self.stream.write(json.dumps(event) + "\n")
        else:
            self.stream.write(f"progress: {self._text()}\n")
        self.stream.flush()


def _duration(seconds: float) -> str:
    minutes, secs = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h{minutes:02d}m" if hours else (f"{minutes}m{secs:02d}s" if minutes else f"{secs}s")


_HELD_BACK = (
    "held back: an earlier step of the same number did not go through; sending this one first would put it out of order"
)
# A run's plan, in the journal connection's TEMP tables (a file SQLite pages out, not memory): memory stays flat
# whatever the file's size.
_PLAN_TABLES = """
CREATE TEMP TABLE plan_send (record INTEGER PRIMARY KEY, fingerprint TEXT NOT NULL);
CREATE TEMP TABLE plan_seen (fingerprint TEXT PRIMARY KEY);
CREATE TEMP TABLE plan_blocked (number TEXT PRIMARY KEY);
CREATE TEMP TABLE plan_started (
    number TEXT, order_status TEXT, payment_status TEXT, fingerprint TEXT,
    PRIMARY KEY (number, order_status, payment_status)
);
"""
_PLAN_PAGE = 1000  # record numbers read back at a time while sending


class SendCommand:
    """`orders|receipts send`: three passes over the file, each reading it as a stream (`iter_checked`), so memory
    stays flat whatever its size: check every record (refusing to send when one is invalid, unless
    `--skip-invalid`), plan what to do with each (kept in the journal connection's TEMP tables), then send the
    planned ones at the rate."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.file: Path = args.file
        self.kind: RecordKind = args.kind
        self.noun, self.plural = self.kind.noun, f"{self.kind.noun}s"
        self.journal_path: Path = args.journal or default_journal(self.file)
        self.outcomes: Counter[OrderState] = Counter()
        self.exit = EXIT_OK
        self.as_json = args.format == "json"
        self.out = sys.stderr if self.as_json else sys.stdout  # with json, stdout holds only the report
        self.reported = 0  # rows of the JSON report written so far
        self.file_changed = False  # the file changed between planning and sending: the rest was not sent
        self.held_back = 0  # not sent: an earlier step of the same number did not go through

    def records(self) -> Iterator[CheckedOrder]:
        return iter_checked([self.file], strict=self.args.strict, kind=self.kind)

    def check(self) -> bool:
        """Pass 1: every record checked, each invalid one's problems shown; False when that refuses the send."""
        total = invalid = 0
        for record in self.records():
            total += 1
            if not record.valid:
                invalid += 1
                _print_problems(record, self.out)
        if invalid and not self.args.skip_invalid:
            say(
                f"refusing to send: {invalid} of {total} {self.kind.noun}(s) are invalid "
                f"(fix them, or pass --skip-invalid to send the valid ones)",
                self.out,
            )
            return False
        if invalid:
            self.exit = EXIT_PROBLEMS
        return True

    def run(self) -> int:
        if not self.check():
            return EXIT_PROBLEMS
        with Journal(self.journal_path, writable=not self.args.dry_run) as journal:
            planned = self.plan(journal)
            if self.args.dry_run:
                say(f"dry run: would send {planned} {self.noun}(s); nothing was sent", self.out)
                return self.exit
            try:
                interrupted = asyncio.run(self.send_all(journal, self.planned(journal), planned))
            except KeyboardInterrupt:  # before the sender took the signals over
                interrupted = True
        self.summary()
        if self.file_changed:
            self.exit = EXIT_PROBLEMS
        return EXIT_INTERRUPTED if interrupted else self.exit

    def plan(self, journal: Journal) -> int:
        """Pass 2: what to do with each order, by its identity (`_identity`) and the automation it would start; each
        order not sent is reported as it is met. Returns how many are to be sent.

        An order whose number, order status and payment status were sent before (accepted, or of unknown outcome,
        or earlier in this file) with other content would start the same automation again: it is refused unless
        `--resend-changed`. After an order that is not sent (refused, or invalid and skipped), the later steps of
        its number are held back.
        """
        db = journal.db
        db.executescript(_PLAN_TABLES)
        resend_unknown = self.kind.resend_unknown or self.args.resend_unknown
        # An order's number and statuses start an automation: another order with them e-mails again (refused
        # unless --resend-changed). A receipt's number is its uniqueReceiptId: Voyado keeps the first receipt of
        # it and ignores the rest, so another receipt with it would be lost (always refused).
        guard_changes = self.kind.first_wins or (self.kind.automation and not self.args.resend_changed)
        planned = accepted = 0

        def block(number: str) -> None:
            db.execute("INSERT OR IGNORE INTO plan_blocked VALUES (?)", (number,))

        for index, order in enumerate(self.records()):
            if not order.valid:  # skipped (--skip-invalid): the later steps of its number must wait for it
                number = get_any_casing(order.payload, self.kind.number) if isinstance(order.payload, dict) else None
                block(storable(str(number)))
                continue
            automation = order.automation
            if db.execute("SELECT 1 FROM plan_blocked WHERE number = ?", (automation[0],)).fetchone():
                say(f"{order.label}: {_HELD_BACK}", self.out)
                self.exit = EXIT_PROBLEMS
                continue
            fingerprint = order.fingerprint
            if db.execute("INSERT OR IGNORE INTO plan_seen VALUES (?)", (fingerprint,)).rowcount == 0:
                say(f"{order.label}: skipped, the same {self.noun} appears earlier in the file", self.out)
                continue
            state = journal.state(fingerprint) or journal.state(order.legacy_fingerprint)
            if state is OrderState.ACCEPTED:
                accepted += 1
                continue
            if state is OrderState.UNKNOWN and not resend_unknown:
                say(
                    f"{order.label}: not sent again: an earlier send has no known outcome and may have reached "
                    "Voyado; check, then use --resend-unknown",
                    self.out,
                )
                block(automation[0])
                self.exit = EXIT_PROBLEMS
                continue
            earlier, where = self._started(journal, automation)
            if guard_changes and earlier not in (None, fingerprint, order.legacy_fingerprint):
                self._refuse_changed(order, where)
                block(automation[0])
                self.exit = EXIT_PROBLEMS
                continue
            db.execute("INSERT INTO plan_send VALUES (?, ?)", (index, fingerprint))
            db.execute("INSERT OR IGNORE INTO plan_started VALUES (?, ?, ?, ?)", (*automation, fingerprint))
            planned += 1
        if accepted:
            say(f"skipping {accepted} {self.noun}(s) already accepted (journal {self.journal_path})", self.out)
        return planned

    @staticmethod
    def _started(journal: Journal, automation: tuple[str, str, str]) -> tuple[str | None, str]:
        """The order that started this automation before, and where: an earlier run, or this file."""
        earlier = journal.started(*automation)
        if earlier is not None:
            return earlier, "an earlier run"
        row = journal.db.execute(
            "SELECT fingerprint FROM plan_started WHERE number = ? AND order_status = ? AND payment_status = ?",
            automation,
        ).fetchone()
        return (str(row[0]), "this file") if row else (None, "")

    def _refuse_changed(self, order: CheckedOrder, where: str) -> None:
        if self.kind.first_wins:
            say(
                f"{order.label}: not sent: {where} sent {self.noun} {order.automation[0]} with other content; "
                f"Voyado keeps the first {self.noun} of a {self.kind.number} and ignores the rest, so this one "
                f"would be lost: give it its own {self.kind.number}",
                self.out,
            )
            return
        assert isinstance(order.order, Order)
        number, status, payment = order.order.order_number, order.order.order_status, order.order.payment_status
        say(
            f"{order.label}: not sent: {where} sent order {number} with order status {status} and payment "
            f"status {payment} but other content; sending it would start the same automation again (another "
            "e-mail to the customer); check, then use --resend-changed",
            self.out,
        )

    def planned(self, journal: Journal) -> Iterator[Any]:
        """Pass 3: the planned orders, read from the file again as the sender asks for them. Each must be the order
        planned at its place (the same identity, still valid): a file changed since it was planned (rewritten,
        truncated, renamed over) stops the run rather than send what was not planned."""
        pages = self._planned(journal)
        wanted = next(pages, None)
        for index, order in enumerate(self.records()):
            if wanted is None:
                return
            if index == wanted[0]:
                if not order.valid or order.fingerprint != wanted[1]:
                    break
                yield order
                wanted = next(pages, None)
        if wanted is not None:
            self.file_changed = True
            say(
                f"{self.file}: changed since it was planned ({self.noun} #{wanted[0] + 1} is not the one planned); "
                f"stopping: the {self.plural} not sent yet are not sent. Run again: the journal knows what was sent",
                sys.stderr,
            )

    @staticmethod
    def _planned(journal: Journal) -> Iterator[tuple[int, str]]:
        """The planned records' places and identities, in file order, a page at a time."""
        last = -1
        while True:
            rows = journal.db.execute(
                "SELECT record, fingerprint FROM plan_send WHERE record > ? ORDER BY record LIMIT ?",
                (last, _PLAN_PAGE),
            ).fetchall()
            if not rows:
                return
            for index, fingerprint in rows:
                yield int(index), str(fingerprint)
            last = int(rows[-1][0])

    def sender(self, sdk: AsyncVoyadoEngage) -> Callable[[Any], Awaitable[APIResponse[Any]]]:
        """What sends one item: the raw-response method for this kind of record."""
        operation = _operation(sdk, self.kind)

        async def register(order: CheckedOrder) -> APIResponse[Any]:
            # No retries inside the call: the sender itself sends again what provably was not processed, and
            # slows down as a whole on 429. Checked already: validate=False.
            return await operation(request_body=order.order, validate=False, max_retries=0)

        return register

    def ordering_key(self) -> Callable[[Any], Hashable] | None:
        """One order number's steps go in file order."""
        return lambda order: order.automation[0]

    def sending_entries(self, order: Any) -> list[Entry]:
        """What the journal records before an item is sent (one row per record it carries)."""
        number, order_status, payment_status = order.automation
        return [Entry(order.fingerprint, OrderState.SENDING, number, None, None, None, order_status, payment_status)]

    def outcome_entries(self, order: Any, outcome: Outcome[Any, APIResponse[Any]]) -> list[Entry]:
        """What the journal records of an item's outcome (one row per record it carries)."""
        number, order_status, payment_status = order.automation
        state, status, code = _journal_fields(outcome)
        return [Entry(order.fingerprint, state, number, status, code, None, order_status, payment_status)]

    def result_row(self, item: Any, entry: Entry) -> dict[str, object]:
        """One item's line of the JSON report."""
        return {
            "orderNumber": entry.order_number,
            "fingerprint": entry.fingerprint,
            "outcome": entry.outcome.value,
            "status": entry.status,
            "errorCode": entry.error_code,
        }

    async def send_all(self, journal: Journal, items: Iterable[Any], total: int) -> bool:
        """Send `orders` at the rate, several in flight (`_bulk`); True when a signal ended the run early.

        The first Ctrl-C (or SIGTERM) starts nothing new and waits for the orders in flight, whose outcomes are
        recorded; a second one cancels them (their `sending` rows stay: unknown).
        """
        progress = Progress(total, every=self.args.progress_every, as_json=self.as_json)
        async with AsyncVoyadoEngage(timeout=self.args.timeout) as sdk:
            bulk: Bulk[Any, APIResponse[Any]] = Bulk(
                self.sender(sdk),
                rate=self.args.rate,
                concurrency=self.args.concurrency or default_concurrency(self.args.rate),
                key=self.ordering_key(),
                before_send=lambda item: journal.record_many(self.sending_entries(item)),
                after_send=lambda outcome: self.record(journal, outcome, bulk),
            )
            signals = _Signals(bulk, self.plural)
            done = 0
            try:
                async for _ in bulk.run(items):
                    done += 1
                    progress.update(done, self.outcomes)
            except asyncio.CancelledError:  # the second signal: what was in flight is cancelled, its rows unknown
                cast(asyncio.Task[bool], asyncio.current_task()).uncancel()
                say(f"stopped at once: the {self.plural} in flight are recorded as unknown", sys.stderr)
            finally:
                signals.restore()
                progress.finish()
        if bulk.stopping and done < total:
            say(f"stopped after {done} of {total}: the rest were not sent", sys.stderr)
        return signals.received > 0

    def record(self, journal: Journal, outcome: Outcome[Any, APIResponse[Any]], bulk: Bulk[Any, Any]) -> None:
        """Journal one send's outcome and report it; stop the run when every later order would fail alike."""
        order, error = outcome.item, outcome.error
        if outcome.held_back:
            say(f"{order.label}: {_HELD_BACK}", self.out)
            self.held_back += 1
            self.exit = EXIT_PROBLEMS
            return
        entries = self.outcome_entries(order, outcome)
        journal.record_many(entries)
        entry = entries[0]
        if not outcome.final:
            return  # the sender sends it again: not yet the order's outcome
        if isinstance(error, APIResponseValidationError) or error is None:
            pass
        elif entry.outcome is OrderState.NOT_DELIVERED:
            say(f"{order.label}: not delivered: {error}", sys.stderr)
        elif entry.outcome is OrderState.REJECTED:
            say(f"{order.label}: rejected: {error}", self.out)
        else:
            say(f"{order.label}: outcome unknown ({error}); it will not be resent automatically", self.out)
        self.report_row(self.result_row(order, entry))
        self.outcomes[entry.outcome] += 1
        if entry.outcome is not OrderState.ACCEPTED:
            self.exit = EXIT_PROBLEMS
        if isinstance(error, AuthenticationError | PermissionDeniedError | RateLimitError | APIConnectionError):
            bulk.stop()  # every later order would meet the same fate

    def summary(self) -> None:
        counts = ", ".join(
            f"{self.outcomes[outcome]} {outcome.value}" for outcome in OrderState if outcome is not OrderState.SENDING
        )
        held = f"; {self.held_back} held back" if self.held_back else ""
        say(f"sent {sum(self.outcomes.values())} {self.noun}(s): {counts}{held}", self.out)
        if self.as_json:
            totals = {
                outcome.value: self.outcomes[outcome] for outcome in OrderState if outcome is not OrderState.SENDING
            }
            write("" if self.reported else f'{{"{self.plural}": [')
            write(f'\n], "summary": {json.dumps(totals)}}}\n')

    def report_row(self, row: dict[str, object]) -> None:
        """One item's row of the JSON report, written as it comes (the report is one JSON document on stdout)."""
        if self.as_json:
            write((f'{{"{self.plural}": [\n' if not self.reported else ",\n") + json.dumps(row))
            self.reported += 1


@dataclass(frozen=True)
class ContactBatch:
    """Contacts sent in one bulk request, in file order, each with its identity in the journal."""

    number: int  # from 1
    contacts: list[CheckedOrder]
    fingerprints: list[str]

    @property
    def label(self) -> str:
        first, last = self.contacts[0].index + 1, self.contacts[-1].index + 1
        return f"batch {self.number} ({len(self.contacts)} contacts, #{first} to #{last})"


class ContactsImport(SendCommand):
    """`contacts import`: the valid contacts of a file in batches of `--batch-size`, each a bulk create (or with
    `--update` a bulk update) whose answer is the batch id Voyado processes it under.

    The journal knows each contact (by `_identity`, with what is asked of it: create or update, the contact type,
    the export flag), not each batch, so a re-run with another batch size or with contacts added to the file skips
    every contact accepted before, refuses one of unknown outcome (a create sent twice may create twice) unless
    `--resend-unknown`, and sends a contact that appears twice in the file once. `contacts status` asks Voyado
    about each batch id the journal holds.
    """

    def __init__(self, args: argparse.Namespace) -> None:
        super().__init__(args)
        self.noun, self.plural = "batch", "batches"
        args = self.args
        self.request = json.dumps(
            ["update" if args.update else "create", args.contact_type, args.avoid_triggering_export]
        )
        self.skipped: Counter[str] = Counter()  # contacts not sent, by why

    def run(self) -> int:
        if not self.check():
            return EXIT_PROBLEMS
        with Journal(self.journal_path, writable=not self.args.dry_run) as journal:
            if self.args.dry_run:
                batches = contacts = 0
                for batch in self.planned(journal):
                    batches, contacts = batches + 1, contacts + len(batch.contacts)
                say(f"dry run: would send {batches} batch(es), {contacts} contact(s); nothing was sent", self.out)
                return self.exit
            valid = sum(1 for contact in self.records() if contact.valid)
            try:
                total = math.ceil(valid / self.args.batch_size)
                interrupted = asyncio.run(self.send_all(journal, self.planned(journal), total))
            except KeyboardInterrupt:
                interrupted = True
        self.summary()
        return EXIT_INTERRUPTED if interrupted else self.exit

    def planned(self, journal: Journal) -> Iterator[ContactBatch]:
        """The contacts to send, `--batch-size` at a time in file order, read from the file as the sender asks for
        them; how many were not sent, and why, is said at the end."""
        db = journal.db
        db.execute("CREATE TEMP TABLE IF NOT EXISTS contacts_seen (fingerprint TEXT PRIMARY KEY)")
        chunk: list[CheckedOrder] = []
        fingerprints: list[str] = []
        number = 0
        for contact in self.records():
            if not contact.valid:
                continue
            fingerprint = text_identity(json.dumps([self.request, contact.fingerprint]))
            if db.execute("INSERT OR IGNORE INTO contacts_seen VALUES (?)", (fingerprint,)).rowcount == 0:
                self.skipped["the same contact appears earlier in the file"] += 1
                continue
            state = journal.state(fingerprint)
            if state is OrderState.ACCEPTED:
                self.skipped[f"accepted before (journal {self.journal_path})"] += 1
                continue
            if state is OrderState.UNKNOWN and not self.args.resend_unknown:
                self.skipped[
                    "not sent again: an earlier send has no known outcome; check, then use --resend-unknown"
                ] += 1
                self.exit = EXIT_PROBLEMS
                continue
            chunk.append(contact)
            fingerprints.append(fingerprint)
            if len(chunk) == self.args.batch_size:
                number += 1
                yield ContactBatch(number, chunk, fingerprints)
                chunk, fingerprints = [], []
        if chunk:
            yield ContactBatch(number + 1, chunk, fingerprints)
        for why, count in self.skipped.items():
            say(f"{count} contact(s) skipped: {why}", self.out)

    def sender(self, sdk: AsyncVoyadoEngage) -> Callable[[Any], Awaitable[APIResponse[Any]]]:
        operation: Callable[..., Awaitable[APIResponse[Any]]] = sdk.contacts.with_raw_response.create_bulk
        options: dict[str, Any] = {"contact_type": self.args.contact_type or UNSET, "validate": False}
        if self.args.update:
            operation = sdk.contacts.with_raw_response.update_bulk
            options["avoid_triggering_export"] = True if self.args.avoid_triggering_export else UNSET

        async def send(batch: ContactBatch) -> APIResponse[Any]:
            body = [cast(ContactFields, contact.order) for contact in batch.contacts]  # checked: each one built
            return await operation(request_body=body, max_retries=0, **options)

        return send

    def ordering_key(self) -> None:
        return None  # batches are independent

    def sending_entries(self, batch: Any) -> list[Entry]:
        return [
            Entry(fingerprint, OrderState.SENDING, _contact_label(contact))
            for contact, fingerprint in zip(batch.contacts, batch.fingerprints, strict=True)
        ]

    def outcome_entries(self, batch: Any, outcome: Outcome[Any, APIResponse[Any]]) -> list[Entry]:
        state, status, code = _journal_fields(outcome)
        batch_id = str(outcome.result.parsed) if outcome.result is not None else None
        return [
            Entry(fingerprint, state, _contact_label(contact), status, code, reference=batch_id)
            for contact, fingerprint in zip(batch.contacts, batch.fingerprints, strict=True)
        ]

    def result_row(self, batch: Any, entry: Entry) -> dict[str, object]:
        return {
            "batch": batch.label,
            "contacts": len(batch.contacts),
            "batchId": entry.reference,
            "outcome": entry.outcome.value,
            "status": entry.status,
            "errorCode": entry.error_code,
        }


_UNKNOWN_CONTACT = "not sent again: an earlier send has no known outcome; check, then use --resend-unknown"


def _contact_label(contact: CheckedOrder) -> str:
    """A contact as the journal names it: its email when it has one, else its place in the file."""
    email = get_any_casing(contact.payload, "email") if isinstance(contact.payload, dict) else None
    return email if isinstance(email, str) and email else f"{contact.source} #{contact.index + 1}"


async def contacts_status(path: Path, *, as_json: bool) -> int:
    """Ask Voyado about each batch a contacts import's journal has a batch id for, and show its answer as it is
    (Voyado does not document the answer's fields, so it is not interpreted)."""
    if not path.is_file():
        raise JournalError(f"{path}: no such journal")
    batches = Counter(
        entry.reference for entry in read_entries(path) if entry.outcome is OrderState.ACCEPTED and entry.reference
    )
    answers: list[dict[str, object]] = []
    failed = False
    if not batches:  # nothing to ask: no client (and no key) needed
        say(f"{path}: no accepted batch with a batch id", sys.stderr if as_json else sys.stdout)
        if as_json:
            write(json.dumps({"batches": []}) + "\n")
        return EXIT_OK
    async with AsyncVoyadoEngage() as sdk:
        for batch_id, contacts in batches.items():
            try:
                found = await sdk.contacts.get_bulk_status(batch_id=batch_id)
                answer: object = found.to_dict()
            except VoyadoError as error:
                failed = True
                answer = {"error": str(error)}
            answers.append({"batchId": batch_id, "contacts": contacts, "status": answer})
            if not as_json:
                say(f"batch {batch_id} ({contacts} contacts): {json.dumps(answer, default=str)}")
    if as_json:
        write(json.dumps({"batches": answers}, indent=2, default=str) + "\n")
    return EXIT_PROBLEMS if failed else EXIT_OK


def _operation(sdk: AsyncVoyadoEngage, kind: RecordKind) -> Callable[..., Awaitable[APIResponse[Any]]]:
    """The raw-response method that sends one record of `kind`."""
    if kind is RECEIPTS:
        return sdk.transactions.with_raw_response.import_receipts
    return sdk.orders.with_raw_response.register


def _journal_fields(outcome: Outcome[Any, APIResponse[Any]]) -> tuple[OrderState, int | None, str | None]:
    """What the journal records of one send: its state (`Outcome.delivery`), the HTTP status and an error code."""
    error = outcome.error
    state = OrderState(outcome.delivery.value)
    status: int | None = getattr(error, "status_code", None)
    code: str | None = None
    if error is None:
        assert outcome.result is not None
        status = outcome.result.status_code
    elif isinstance(error, APIStatusError) and state is OrderState.REJECTED:
        code = error.error_code
    elif state is not OrderState.ACCEPTED:
        code = type(error).__name__
    return state, status, code


class _Signals:
    """Ctrl-C and SIGTERM during a send: the first stops starting orders, the second cancels those in flight."""

    def __init__(self, bulk: Bulk[Any, Any], plural: str) -> None:
        self.bulk, self.plural = bulk, plural
        self.received = 0
        self.loop = asyncio.get_running_loop()
        self.task = asyncio.current_task()
        self.installed: list[signal.Signals] = []
        for number in (signal.SIGINT, signal.SIGTERM):
            try:
                self.loop.add_signal_handler(number, self.on_signal, number)
            except (NotImplementedError, RuntimeError, ValueError):  # not on this platform, or not the main thread
                continue
            self.installed.append(number)

    def on_signal(self, number: signal.Signals) -> None:
        self.received += 1
        if self.received == 1:
            say(
                f"{number.name}: starting no more {self.plural}; waiting for those in flight (again to stop at once)",
                sys.stderr,
            )
            self.bulk.stop()
        elif self.task is not None:
            self.task.cancel()

    def restore(self) -> None:
        for number in self.installed:
            self.loop.remove_signal_handler(number)


def default_journal(file: Path) -> Path:
    """`FILE.journal` next to the file itself: a symlink, a relative path or `..` reach the same journal."""
    try:
        real = file.resolve(strict=True)
    except (OSError, RuntimeError):  # missing, or a symlink loop: reading the file reports it
        real = file.absolute()
    return real.with_name(real.name + ".journal")


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())
