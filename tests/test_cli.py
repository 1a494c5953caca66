"""The `voyado-engage` command line, run as a subprocess against a real server on 127.0.0.1."""

from __future__ import annotations

import copy
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import API_KEY, EXAMPLES, ROOT, load
from tests.fault_server import Action, FaultServer, fault_server
from voyado_engage import _cli, _journal, _order_files

ORDER = load(EXAMPLES / "valid" / "order_confirmation.json")


def numbered(template: dict[str, Any], field: str, prefix: str, count: int) -> list[dict[str, Any]]:
    """`count` copies of `template`, `field` numbered `<prefix>-000`, `<prefix>-001`..."""
    result = []
    for number in range(count):
        record = copy.deepcopy(template)
        record[field] = f"{prefix}-{number:03d}"
        result.append(record)
    return result


def orders(count: int) -> list[dict[str, Any]]:
    return numbered(ORDER, "orderNumber", "A", count)


def write_jsonl(path: Path, payloads: list[Any]) -> Path:
    path.write_text("".join(json.dumps(payload) + "\n" for payload in payloads), encoding="utf-8")
    return path


def environment(server: FaultServer | None) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("VOYADO_")}
    env.update(VOYADO_API_KEY=API_KEY, VOYADO_USER_AGENT="CliTest/1.0")
    if server is not None:
        env["VOYADO_BASE_URL"] = server.url
    return env


def cli(
    *args: str, server: FaultServer | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """The command line in a child process; `env` replaces the environment (default: the test's, with the key)."""
    result = subprocess.run(
        [sys.executable, "-m", "voyado_engage", *args],
        capture_output=True,
        text=True,
        env=environment(server) if env is None else env,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert API_KEY not in result.stdout + result.stderr
    return result


def _sigint_as_in_a_terminal() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def numbers_received(*servers: FaultServer) -> list[str]:
    return sorted(json.loads(request.body)["orderNumber"] for server in servers for request in server.received)


def journal_outcomes(path: Path) -> dict[str, str]:
    """Each order's latest outcome, as `voyado-engage journal show --json` reports it."""
    shown = cli("journal", "show", str(path), "--json")
    assert shown.returncode == 0, shown.stderr
    return {entry["orderNumber"]: entry["outcome"] for entry in json.loads(shown.stdout)["orders"]}


# validate


def test_validate_reports_each_problem_with_its_path(tmp_path: Path) -> None:
    bad = copy.deepcopy(ORDER)
    bad["totalGrossPrice"] = 600.0
    bad["items"][1]["type"] = "GIFT"
    result = cli("orders", "validate", str(write_jsonl(tmp_path / "orders.jsonl", [ORDER, bad])))
    assert result.returncode == 1
    assert "orders.jsonl #1 (100045): ok" in result.stdout
    assert "items[1].type: 'GIFT' is not one of PURCHASE, RETURN" in result.stdout
    assert "totalGrossPrice: is 600.0, expected 596.0" in result.stdout
    assert "checked 2 order(s) in 1 file(s): 1 valid, 1 invalid" in result.stdout


def test_validate_json_output_for_machines(tmp_path: Path) -> None:
    bad = copy.deepcopy(ORDER)
    bad["totalTax"] = 1
    path = tmp_path / "orders.json"
    path.write_text(json.dumps([ORDER, bad]), encoding="utf-8")
    result = cli("orders", "validate", "--format", "json", str(path))
    report = json.loads(result.stdout)
    assert result.returncode == 1
    assert report["summary"] == {"orders": 2, "valid": 1, "invalid": 1}
    problem = next(p for p in report["orders"][1]["problems"] if p["severity"] == "error")
    assert (problem["path"], problem["rule"], problem["expected"], problem["actual"]) == (
        "totalTax",
        "total-tax",
        "119.2",
        "1",
    )


def test_validate_accepts_every_valid_example() -> None:
    result = cli("orders", "validate", *[str(path) for path in sorted((EXAMPLES / "valid").glob("*.json"))])
    assert result.returncode == 0, result.stdout


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b'{"orderNumber": "1", "totalGrossPrice": \xff}', "not UTF-8"),
        (b'{"orderNumber": "1", "totalGrossPrice": NaN}', "NaN is not a JSON number"),
        (b'{"orderNumber": "1",\n "items": [\n}', "not JSON"),
    ],
    ids=["invalid-utf8", "nan", "broken-json"],
)
def test_unreadable_files_are_a_clear_error(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "orders.json"
    path.write_bytes(content)
    result = cli("orders", "validate", str(path))
    assert result.returncode == 2
    assert message in result.stderr and "Traceback" not in result.stderr


# send


def test_send_delivers_each_order_once_and_a_rerun_sends_nothing(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "orders.jsonl", orders(6))
    with fault_server(Action(202)) as server:
        first = cli("orders", "send", str(path), "--rate", "200", server=server)
        second = cli("orders", "send", str(path), "--rate", "200", server=server)
    assert first.returncode == 0, first.stdout + first.stderr
    assert "sent 6 order(s): 6 accepted" in first.stdout
    assert second.returncode == 0 and "skipping 6 order(s) already accepted" in second.stdout
    assert numbers_received(server) == [f"A-{n:03d}" for n in range(6)]
    assert set(journal_outcomes(tmp_path / "orders.jsonl.journal").values()) == {"accepted"}


def test_send_refuses_a_file_with_an_invalid_order(tmp_path: Path) -> None:
    payloads = orders(3)
    payloads[1]["totalGrossPrice"] = 1.0
    path = write_jsonl(tmp_path / "orders.jsonl", payloads)
    with fault_server(Action(202)) as server:
        refused = cli("orders", "send", str(path), server=server)
        assert refused.returncode == 1 and "refusing to send" in refused.stdout
        assert server.received == []
        skipped = cli("orders", "send", str(path), "--skip-invalid", "--rate", "200", server=server)
    assert skipped.returncode == 1
    assert numbers_received(server) == ["A-000", "A-002"]


def test_dry_run_sends_nothing(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "orders.jsonl", orders(3))
    with fault_server(Action(202)) as server:
        result = cli("orders", "send", str(path), "--dry-run", server=server)
    assert result.returncode == 0 and "would send 3 order(s)" in result.stdout
    assert server.received == []
    assert not (tmp_path / "orders.jsonl.journal").exists()


def test_rejected_orders_are_recorded_and_sent_again_next_time(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "orders.jsonl", orders(2))
    rejection = Action(400, b'{"errorCode": "OrderStatusNotConfigured"}', (("Content-Type", "application/json"),))
    with fault_server(Action(202), rejection) as server:  # one in flight: the script's answers go in file order
        first = cli("orders", "send", str(path), "--rate", "200", "--concurrency", "1", server=server)
    assert first.returncode == 1 and "OrderStatusNotConfigured" in first.stdout
    assert journal_outcomes(tmp_path / "orders.jsonl.journal") == {"A-000": "accepted", "A-001": "rejected"}
    with fault_server(Action(202)) as fixed:
        second = cli("orders", "send", str(path), "--rate", "200", server=fixed)
    assert second.returncode == 0
    assert numbers_received(fixed) == ["A-001"]


def test_an_unknown_outcome_is_not_resent_without_being_asked(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "orders.jsonl", orders(3))
    with fault_server(Action(202), Action(drop=True), Action(202)) as server:  # one in flight: in file order
        first = cli("orders", "send", str(path), "--rate", "200", "--concurrency", "1", server=server)
    assert first.returncode == 1 and "outcome unknown" in first.stdout
    with fault_server(Action(202)) as again:
        second = cli("orders", "send", str(path), "--rate", "200", server=again)
        assert second.returncode == 1 and "--resend-unknown" in second.stdout
        assert again.received == []
        third = cli("orders", "send", str(path), "--resend-unknown", "--rate", "200", server=again)
    assert third.returncode == 0
    assert numbers_received(again) == ["A-001"]


def start_send(path: Path, server: FaultServer, *options: str) -> subprocess.Popen[str]:
    """`orders send` as a terminal starts it: Ctrl-C reaches it even when pytest itself runs with SIGINT ignored
    (under `nohup ... &` or a CI runner), which the child would otherwise inherit."""
    return subprocess.Popen(
        [sys.executable, "-m", "voyado_engage", "orders", "send", str(path), *options],
        env=environment(server),
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=_sigint_as_in_a_terminal,
    )


def wait_for_received(server: FaultServer, count: int) -> None:
    deadline = time.monotonic() + 30
    while len(server.received) < count and time.monotonic() < deadline:
        time.sleep(0.02)
    assert len(server.received) >= count, f"only {len(server.received)} of {count} orders reached the server"


@pytest.mark.parametrize(
    "signals",
    [(signal.SIGINT, signal.SIGINT), (signal.SIGTERM, signal.SIGTERM), (signal.SIGKILL,)],
    ids=["ctrl-c twice", "sigterm twice", "crash"],
)
def test_a_send_stopped_at_once_resumes_without_duplicates(tmp_path: Path, signals: tuple[signal.Signals]) -> None:
    path = write_jsonl(tmp_path / "orders.jsonl", orders(8))
    script = [Action(202)] * 4 + [Action(202, silence=30.0)]  # the fifth and later hang: in flight when stopped
    with fault_server(*script) as first:
        process = start_send(path, first, "--rate", "200")
        wait_for_received(first, 8)
        for number in signals:
            process.send_signal(number)
            time.sleep(0.2)
        process.communicate(timeout=30)
    assert process.returncode in (130, -signal.SIGKILL)
    with fault_server(Action(202)) as second:
        resumed = cli("orders", "send", str(path), "--rate", "200", server=second)
    assert resumed.returncode == 1  # the four in flight have no known outcome: reported, not resent
    assert resumed.stdout.count("--resend-unknown") == 4
    assert second.received == []
    assert numbers_received(first) == [f"A-{n:03d}" for n in range(8)]


@pytest.mark.parametrize("stop_signal", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "sigterm"])
def test_the_first_signal_lets_the_orders_in_flight_finish_and_records_them(
    tmp_path: Path, stop_signal: signal.Signals
) -> None:
    path = write_jsonl(tmp_path / "orders.jsonl", orders(12))
    with fault_server(Action(202, silence=0.5)) as first:
        process = start_send(path, first, "--rate", "200", "--concurrency", "3")
        wait_for_received(first, 3)
        process.send_signal(stop_signal)
        stdout, stderr = process.communicate(timeout=30)
    assert process.returncode == 130, stdout + stderr
    assert "starting no more orders" in stderr and "sent 3 order(s): 3 accepted" in stdout
    assert set(journal_outcomes(tmp_path / "orders.jsonl.journal").values()) == {"accepted"}
    with fault_server(Action(202)) as second:
        resumed = cli("orders", "send", str(path), "--rate", "200", server=second)
    assert resumed.returncode == 0
    assert numbers_received(first, second) == [f"A-{n:03d}" for n in range(12)]


def test_a_second_sender_is_refused_while_a_send_holds_the_journal(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "orders.jsonl", orders(1))
    journal = tmp_path / "orders.jsonl.journal"
    with fault_server(Action(202)) as server:
        result = cli("orders", "send", str(path), server=server)
        assert result.returncode == 0 and len(server.received) == 1
        with _journal.Journal(journal):  # another run holds it (SQLite's own lock, the same on every OS)
            busy = cli("orders", "send", str(path), "--resend-unknown", server=server)
            shown = cli("journal", "show", str(journal))
    assert busy.returncode == 2 and "in use by another send" in busy.stderr
    assert shown.returncode == 2 and "in use by another send" in shown.stderr
    assert len(server.received) == 1


def test_console_script_is_installed() -> None:
    script = Path(sys.executable).parent / "voyado-engage"
    result = subprocess.run(
        [str(script), "orders", "validate", str(EXAMPLES / "valid" / "order_confirmation.json")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0 and ": ok" in result.stdout


# hostile files, arguments and servers: every bad input exits 2 with one line; nothing from outside drives the terminal


def one_line_refusal(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1, result.stderr
    return result.stderr


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\u0085", "\x0b", "\x0c", "\x1c", "\r"])
def test_line_separators_inside_an_order_number_cannot_split_a_record(tmp_path: Path, separator: str) -> None:
    order = copy.deepcopy(ORDER)
    order["orderNumber"] = f"A{separator}1"
    path = tmp_path / "orders.jsonl"
    path.write_text(json.dumps(order, ensure_ascii=False) + "\n", encoding="utf-8")  # the separator written raw
    with fault_server(Action(202)) as server:
        first = cli("orders", "send", str(path), server=server)
        second = cli("orders", "send", str(path), server=server)
        assert len(server.received) == 1
    assert first.returncode == 0, first.stdout + first.stderr
    assert second.returncode == 0 and "skipping 1 order(s) already accepted" in second.stdout
    assert list(journal_outcomes(tmp_path / "orders.jsonl.journal").values()) == ["accepted"]


def test_a_jsonl_journal_with_a_torn_last_line_is_imported_once(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "orders.jsonl", orders(3))
    with fault_server(Action(202)) as server:
        assert cli("orders", "send", str(path), "--dry-run", server=server).returncode == 0
    fingerprints = [
        _order_files.check_files([path])[index].fingerprint for index in range(3)
    ]  # what the old journal recorded for each order
    legacy = tmp_path / "orders.jsonl.journal"
    legacy.write_text(
        json.dumps({"fingerprint": fingerprints[0], "outcome": "accepted", "orderNumber": "A-000\u2028x"})
        + "\n"
        + json.dumps({"fingerprint": fingerprints[1], "outcome": "sending", "orderNumber": "A-001"})
        + "\n"
        + '{"fingerprint": "'
        + fingerprints[2]
        + '", "outc',  # torn by a crash: never sent
        encoding="utf-8",
    )
    with fault_server(Action(202)) as server:
        first = cli("orders", "send", str(path), server=server)
        second = cli("orders", "send", str(path), server=server)
        assert numbers_received(server) == ["A-002"]  # A-000 accepted, A-001 unknown: neither resent
    assert first.returncode == 1 and "A-001" in first.stdout and "--resend-unknown" in first.stdout
    assert second.returncode == 1
    assert (tmp_path / "orders.jsonl.journal.jsonl").exists()  # the old file, kept
    assert sorted(journal_outcomes(legacy).values()) == ["accepted", "accepted", "unknown"]


@pytest.mark.parametrize("moment", ["staged", "renamed"])
def test_an_import_killed_between_its_steps_is_completed_or_redone(tmp_path: Path, moment: str) -> None:
    path = write_jsonl(tmp_path / "orders.jsonl", orders(1))
    fingerprint = _order_files.check_files([path])[0].fingerprint
    journal = tmp_path / "orders.jsonl.journal"
    journal.write_text(json.dumps({"fingerprint": fingerprint, "outcome": "accepted"}) + "\n", encoding="utf-8")
    _journal._import_legacy(journal)  # a complete import, then undo part of it as a kill would have left it
    staging, kept = _journal._import_paths(journal)
    if moment == "staged":  # killed after staging, before any rename: the original is still in place
        os.replace(journal, staging)
        os.replace(kept, journal)
    else:  # killed between the renames: only the staged journal and the kept original exist
        os.replace(journal, staging)
    with fault_server(Action(202)) as server:
        result = cli("orders", "send", str(path), server=server)
        assert server.received == []
    assert result.returncode == 0 and "skipping 1 order(s) already accepted" in result.stdout
    assert not staging.exists()


@pytest.mark.parametrize("quantity", [2**64, -(2**63) - 1, 10**40])
def test_an_integer_too_large_to_send_is_caught_by_validate(tmp_path: Path, quantity: int) -> None:
    order = copy.deepcopy(ORDER)
    order["items"][0]["quantity"] = quantity
    path = tmp_path / "orders.json"
    path.write_text(json.dumps(order), encoding="utf-8")
    validated = cli("orders", "validate", str(path))
    with fault_server(Action(202)) as server:
        sent = cli("orders", "send", str(path), server=server)
        assert server.received == []
    for result in (validated, sent):
        assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
        assert "cannot be encoded as JSON" in result.stdout


@pytest.mark.parametrize("depth", [2_000, 100_000])
@pytest.mark.parametrize("layout", ["document", "json-lines"])
def test_deeply_nested_json_is_refused_in_one_line(tmp_path: Path, depth: int, layout: str) -> None:
    deep = "[" * depth + "]" * depth
    text = deep if layout == "document" else json.dumps(ORDER) + "\n" + deep + "\n"
    path = tmp_path / "orders.json"
    path.write_text(text, encoding="utf-8")
    for command in ("validate", "send"):
        assert "nested too deeply" in one_line_refusal(cli("orders", command, str(path)))


@pytest.mark.parametrize("rate", ["nan", "inf", "-inf", "1e-300", "0", "-1", "1e9", "abc", ""])
def test_a_rate_outside_its_range_is_refused_before_anything_is_sent(tmp_path: Path, rate: str) -> None:
    path = write_jsonl(tmp_path / "orders.jsonl", orders(2))
    with fault_server(Action(202)) as server:
        assert "--rate" in one_line_refusal(cli("orders", "send", str(path), "--rate", rate, server=server))
        assert server.received == []
    assert not (tmp_path / "orders.jsonl.journal").exists()


@pytest.mark.parametrize("kind", ["directory", "not-a-journal", "binary", "missing-parent-is-file"])
def test_an_unusable_journal_path_is_one_line(tmp_path: Path, kind: str) -> None:
    path = write_jsonl(tmp_path / "orders.jsonl", orders(1))
    journal = tmp_path / "journal"
    if kind == "directory":
        journal.mkdir()
    elif kind == "not-a-journal":
        journal.write_text("hello\n", encoding="utf-8")
    elif kind == "binary":
        journal.write_bytes(b"\x00\xff\xfe" * 100)
    else:
        (tmp_path / "file").write_text("x", encoding="utf-8")
        journal = tmp_path / "file" / "journal"
    with fault_server(Action(202)) as server:
        one_line_refusal(cli("orders", "send", str(path), "--journal", str(journal), server=server))
        assert server.received == []
    if kind != "missing-parent-is-file":
        one_line_refusal(cli("journal", "show", str(journal)))


def test_usage_errors_are_one_line() -> None:
    for args in (["orders"], ["orders", "send"], ["orders", "validate", "--format", "xml", "x"], ["nope"]):
        one_line_refusal(cli(*args))


ESCAPES = "\x1b[2J\x1b]0;owned\x07\u202e\x9b31m"


def test_text_from_servers_and_files_cannot_drive_the_terminal(tmp_path: Path) -> None:
    orders_ = orders(2)
    orders_[0]["orderNumber"] = f"A{ESCAPES}0"
    path = write_jsonl(tmp_path / "orders.jsonl", orders_)
    message = json.dumps({"errorCode": f"E{ESCAPES}", "message": f"rejected {ESCAPES} here"}).encode()
    with fault_server(Action(400, message, (("Content-Type", "application/json"),))) as server:
        sent = cli("orders", "send", str(path), server=server)
        validated = cli("orders", "validate", str(path))
        shown = cli("journal", "show", str(tmp_path / "orders.jsonl.journal"))
        assert len(server.received) == 2
    assert "rejected" in sent.stdout
    for result in (sent, validated, shown):
        output = result.stdout + result.stderr
        assert not any(ch in output for ch in "\x1b\x07\u202e\x9b"), repr(output)


def test_a_lone_surrogate_in_a_file_is_reported_not_a_crash(tmp_path: Path) -> None:
    orders_ = orders(2)
    orders_[1]["orderNumber"] = "B\ud800-1"  # JSON can say it; no encoding can print or send it
    path = write_jsonl(tmp_path / "orders.jsonl", orders_)
    with fault_server(Action(202)) as server:
        for args in (["validate", str(path)], ["send", str(path), "--dry-run"], ["send", str(path), "--skip-invalid"]):
            result = cli("orders", *args, server=server)
            output = result.stdout + result.stderr
            assert "Traceback" not in output and result.returncode == 1, output
            assert "#2 (B -1)" in output and "cannot be encoded as JSON" in output
        assert [json.loads(request.body)["orderNumber"] for request in server.received] == ["A-000"]


def test_journal_show_lists_each_order_once(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "orders.jsonl", orders(3))
    with fault_server(Action(202), Action(400), Action(202)) as server:  # one in flight: in file order
        cli("orders", "send", str(path), "--concurrency", "1", server=server)
    shown = cli("journal", "show", str(tmp_path / "orders.jsonl.journal"))
    assert shown.returncode == 0 and "3 order(s): 2 accepted, 1 rejected" in shown.stdout
    assert journal_outcomes(tmp_path / "orders.jsonl.journal") == {
        "A-000": "accepted",
        "A-001": "rejected",
        "A-002": "accepted",
    }


@pytest.mark.parametrize("key", [API_KEY + " ", API_KEY + "\n", "k\r\nX-Injected: 1"], ids=repr)
def test_a_key_that_cannot_be_sent_stops_the_run_before_any_order_is_marked(tmp_path: Path, key: str) -> None:
    path = write_jsonl(tmp_path / "orders.jsonl", orders(2))
    env = environment(None) | {"VOYADO_API_KEY": key}
    with fault_server(Action(202)) as server:
        env["VOYADO_BASE_URL"] = server.url
        result = cli("orders", "send", str(path), env=env)
        assert server.received == []
    assert "API key" in one_line_refusal(result) and key.strip() not in result.stderr
    assert set(journal_outcomes(tmp_path / "orders.jsonl.journal").values()) <= {"not-delivered"}


def test_a_corrupt_gzip_answer_to_an_order_is_recorded_as_accepted(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "orders.jsonl", orders(1))
    corrupt = Action(202, b"\x1f\x8b\x08\x00not-deflate", (("Content-Encoding", "gzip"),))
    with fault_server(corrupt) as server:
        result = cli("orders", "send", str(path), server=server)
        assert len(server.received) == 1
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    assert journal_outcomes(tmp_path / "orders.jsonl.journal") == {"A-000": "accepted"}


def test_the_command_line_explains_itself() -> None:
    from voyado_engage import __version__  # noqa: PLC0415

    version = cli("--version")
    assert version.returncode == 0 and version.stdout.strip() == f"voyado-engage {__version__}"
    bare = cli()
    assert bare.returncode == 2 and "usage: voyado-engage" in bare.stdout and "exit status" in bare.stdout
    for command in (
        ["--help"],
        ["orders", "validate", "--help"],
        ["orders", "send", "--help"],
        ["journal", "show", "--help"],
    ):
        shown = cli(*command)
        assert shown.returncode == 0, command
        for needle in ("exit status", "VOYADO_API_KEY", "130"):
            assert needle in shown.stdout, (command, needle)
    send_help = cli("orders", "send", "--help").stdout
    for argument in ("FILE", "--format", "--journal", "--rate", "--skip-invalid", "--resend-unknown", "--dry-run"):
        line = next(line for line in send_help.splitlines() if line.strip().startswith(argument))
        assert len(line.split()) > 1 or argument == "FILE", argument  # every argument has its help text


def test_send_reports_json_for_programs(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "orders.jsonl", orders(2))
    with fault_server(Action(202), Action(400)) as server:  # one in flight: in file order
        result = cli("orders", "send", str(path), "--format", "json", "--concurrency", "1", server=server)
    report = json.loads(result.stdout)
    assert [order["outcome"] for order in report["orders"]] == ["accepted", "rejected"]
    assert report["summary"]["accepted"] == 1 and report["summary"]["rejected"] == 1
    assert "rejected" in result.stderr  # the progress for people goes to stderr
    shown = cli("journal", "show", str(tmp_path / "orders.jsonl.journal"), "--format", "json")
    assert len(json.loads(shown.stdout)["orders"]) == 2


def test_ctrl_c_while_the_file_is_checked_is_one_line_and_130(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def interrupted(*args: Any, **kwargs: Any) -> Any:
        raise KeyboardInterrupt

    monkeypatch.setattr(_cli, "iter_checked", interrupted)
    monkeypatch.setattr(_cli, "iter_checked", interrupted)
    path = str(write_jsonl(tmp_path / "orders.jsonl", orders(1)))
    assert _cli.main(["orders", "send", path]) == 130
    assert _cli.main(["orders", "validate", path]) == 130


def test_more_in_flight_than_the_pool_holds_is_refused(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "orders.jsonl", orders(1))
    result = cli("orders", "send", str(path), "--concurrency", "101")
    assert result.returncode == 2 and "--concurrency must be from 1 to 100" in result.stderr


def test_a_file_changed_after_it_was_planned_sends_nothing_that_was_not_planned(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = write_jsonl(tmp_path / "orders.jsonl", orders(3))
    with fault_server(Action(202)) as server:
        assert cli("orders", "send", str(path), server=server).returncode == 0
        fourth = orders(4)
        write_jsonl(path, fourth)  # one new order: only A-003 is planned
        plan = _cli.SendCommand.plan

        def plan_then_rewrite(command: _cli.SendCommand, journal: Any) -> int:
            planned = plan(command, journal)
            write_jsonl(path, [fourth[3], *fourth[:3]])  # an exporter rewrites it: every place shifts
            return planned

        monkeypatch.setattr(_cli.SendCommand, "plan", plan_then_rewrite)
        for name, value in environment(server).items():
            monkeypatch.setenv(name, value)
        code = _cli.main(["orders", "send", str(path)])
        received = [json.loads(request.body)["orderNumber"] for request in server.received]
    assert code == 1
    assert sorted(received) == ["A-000", "A-001", "A-002"]  # A-000 not sent again; A-003 waits for the next run
