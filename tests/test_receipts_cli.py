"""`voyado-engage receipts validate|send`: the same journal, pacing and concurrency as orders; Voyado deduplicates
receipts by `uniqueReceiptId`, so a receipt whose outcome is unknown is sent again by the next run."""

from __future__ import annotations

import copy
import json
from collections import Counter
from pathlib import Path
from typing import Any

from tests.conftest import ROOT, load
from tests.fault_server import Action, FaultServer, fault_server
from tests.test_cli import cli, journal_outcomes, numbered, write_jsonl

RECEIPT = load(ROOT / "openapi" / "examples" / "voyado" / "purchase_receipt.json")


def receipts(count: int) -> list[dict[str, Any]]:
    return numbered(RECEIPT, "uniqueReceiptId", "R", count)


def ids_received(*servers: FaultServer) -> Counter[str]:
    return Counter(json.loads(request.body)["uniqueReceiptId"] for server in servers for request in server.received)


def test_voyados_documented_receipts_validate_and_a_broken_one_is_listed_with_its_path(tmp_path: Path) -> None:
    documented = sorted((ROOT / "openapi" / "examples" / "voyado").glob("*.json"))
    assert cli("receipts", "validate", *map(str, documented)).returncode == 0
    broken = copy.deepcopy(RECEIPT)
    del broken["uniqueReceiptId"]
    broken["items"][0]["quantity"] = "two"
    result = cli("receipts", "validate", str(write_jsonl(tmp_path / "receipts.jsonl", [broken])))
    assert result.returncode == 1
    assert "uniqueReceiptId" in result.stdout and "items[0].quantity" in result.stdout


def test_a_rerun_after_dropped_connections_delivers_every_receipt(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "receipts.jsonl", receipts(10))
    script = [Action(202), Action(drop=True), Action(202), Action(202, silence=2.0)] * 3
    with fault_server(*script) as first:
        result = cli("receipts", "send", str(path), "--rate", "200", "--timeout", "0.5", server=first)
    assert result.returncode == 1  # some outcomes unknown
    unknown = {
        number
        for number, outcome in journal_outcomes(tmp_path / "receipts.jsonl.journal").items()
        if outcome == "unknown"
    }
    assert unknown
    with fault_server(Action(202)) as second:
        rerun = cli("receipts", "send", str(path), "--rate", "200", server=second)
    assert rerun.returncode == 0, rerun.stdout + rerun.stderr
    assert set(ids_received(second)) == unknown  # only those whose outcome was unknown, sent again without asking
    assert set(journal_outcomes(tmp_path / "receipts.jsonl.journal").values()) == {"accepted"}
    assert set(ids_received(first, second)) == {f"R-{n:03d}" for n in range(10)}


def test_receipts_go_to_the_receipts_endpoint_once_each(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "receipts.jsonl", receipts(6))
    with fault_server(Action(202)) as server:
        first = cli("receipts", "send", str(path), "--rate", "200", server=server)
        second = cli("receipts", "send", str(path), "--rate", "200", server=server)
    assert first.returncode == 0 and "sent 6 receipt(s): 6 accepted" in first.stdout
    assert "skipping 6 receipt(s) already accepted" in second.stdout
    assert {request.path for request in server.received} == {"/api/v2/receipts"}
    assert ids_received(server) == Counter({f"R-{n:03d}": 1 for n in range(6)})


def test_a_second_receipt_of_one_unique_receipt_id_is_refused_not_lost(tmp_path: Path) -> None:
    """Voyado keeps the first receipt of a uniqueReceiptId and ignores the rest: another receipt with the same id
    would be lost, so it is refused, naming the id; the same receipt again is simply skipped."""
    first, other = receipts(1)[0], copy.deepcopy(receipts(1)[0])
    other["receiptNumber"] = "another"
    path = write_jsonl(tmp_path / "receipts.jsonl", [first, first, other])
    with fault_server(Action(202)) as server:
        result = cli("receipts", "send", str(path), "--rate", "200", server=server)
        again = cli("receipts", "send", str(path), "--rate", "200", server=server)
    assert result.returncode == 1 and again.returncode == 1
    assert "the same receipt appears earlier in the file" in result.stdout
    assert "Voyado keeps the first receipt of a uniqueReceiptId" in result.stdout and "R-000" in result.stdout
    assert "an earlier run sent receipt R-000 with other content" in again.stdout
    assert ids_received(server) == Counter({"R-000": 1})
