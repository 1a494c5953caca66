"""The command line behaves like a Unix tool: a closed pipe ends it quietly (with the exit status its work
earned), a missing journal is an error, `--quiet` prints only problems, and a missing setting names only what the
command line takes."""

from __future__ import annotations

import copy
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import API_KEY, ROOT
from tests.fault_server import Action, fault_server
from tests.test_cli import ORDER, cli, environment, orders, write_jsonl


def piped_to_head(*args: str) -> tuple[int, str, str]:
    """Run the command with its output read for one line only, as `... | head -1` does; (status, line, stderr)."""
    process = subprocess.Popen(
        [sys.executable, "-m", "voyado_engage", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=environment(None),
        cwd=ROOT,
    )
    assert process.stdout is not None and process.stderr is not None
    line = process.stdout.readline().decode()
    process.stdout.close()  # the reader goes away
    status = process.wait(timeout=60)
    return status, line, process.stderr.read().decode()


@pytest.mark.parametrize("broken", [False, True], ids=["valid", "one-invalid"])
def test_validate_into_a_closed_pipe_ends_quietly_with_its_status(tmp_path: Path, broken: bool) -> None:
    records = orders(3000)
    if broken:
        records[-1] = copy.deepcopy(records[-1]) | {"totalGrossPrice": "abc"}
    path = write_jsonl(tmp_path / "orders.jsonl", records)
    status, line, errors = piped_to_head("orders", "validate", str(path))
    assert line.startswith(str(path)) and "Traceback" not in errors and "BrokenPipe" not in errors, errors
    assert status == (1 if broken else 0)


def test_journal_show_into_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "orders.jsonl", orders(400))
    with fault_server(Action(202)) as server:
        assert cli("orders", "send", str(path), "--rate", "1000", server=server).returncode == 0
    status, line, errors = piped_to_head("journal", "show", str(path) + ".journal")
    assert status == 0 and line and "Traceback" not in errors, errors


def test_a_missing_journal_is_an_error(tmp_path: Path) -> None:
    result = cli("journal", "show", str(tmp_path / "missing.journal"))
    assert result.returncode == 2 and "no such journal" in result.stderr and result.stdout == ""


def test_quiet_validate_prints_only_the_records_with_problems(tmp_path: Path) -> None:
    records = orders(3)
    records[1] = copy.deepcopy(records[1]) | {"totalGrossPrice": "abc"}
    path = write_jsonl(tmp_path / "orders.jsonl", records)
    result = cli("orders", "validate", "--quiet", str(path))
    lines = result.stdout.splitlines()
    assert result.returncode == 1 and not any(line.endswith(": ok") for line in lines)
    assert any("totalGrossPrice" in line for line in lines) and lines[-1].startswith("checked 3 order(s)")


def test_without_a_key_the_command_line_names_the_variable_only(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "orders.jsonl", [ORDER])
    env = {key: value for key, value in environment(None).items() if key != "VOYADO_API_KEY"}
    result = cli("orders", "send", str(path), env=env)
    assert result.returncode == 2
    assert result.stderr.strip() == "voyado-engage: an API key is missing: set VOYADO_API_KEY"
    assert "api_key=" not in result.stderr and API_KEY not in result.stderr
