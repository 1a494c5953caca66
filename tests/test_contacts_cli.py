"""`voyado-engage contacts import|status`: contacts in batches through Voyado's bulk endpoints (a JSON array, at most
4000 per request), each batch journaled with the batch id Voyado answers with; a re-run skips accepted batches and
refuses one of unknown outcome."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from tests.fault_server import Action, fault_server
from tests.test_cli import cli, journal_outcomes, write_jsonl

JSON = (("Content-Type", "application/json"),)


ONE_AT_A_TIME = ("--concurrency", "1")


def contacts(count: int) -> list[dict[str, Any]]:
    return [{"email": f"person{n}@example.com", "firstName": f"Person {n}", "points": n * 1.5} for n in range(count)]


def batch_id(number: int) -> Action:
    return Action(200, body=json.dumps(f"batch-{number}").encode(), headers=JSON)


def test_contacts_go_in_batches_in_file_order_and_a_rerun_sends_nothing(tmp_path: Path) -> None:
    file = write_jsonl(tmp_path / "contacts.jsonl", contacts(2500))
    with fault_server(batch_id(1), batch_id(2), batch_id(3)) as server:
        # One batch in flight: the scripted answers go to the batches in file order.
        result = cli(
            "contacts", "import", str(file), *ONE_AT_A_TIME, "--batch-size", "1000", "--format", "json", server=server
        )
        assert result.returncode == 0, result.stderr
        assert [(r.method, urlsplit(r.path).path) for r in server.received] == [("POST", "/api/v2/contacts/bulk")] * 3
        bodies = sorted((json.loads(r.body) for r in server.received), key=lambda body: body[0]["email"])
        sent = [contact for body in bodies for contact in body]
        assert sorted(len(body) for body in bodies) == [500, 1000, 1000]
        assert sorted(c["email"] for c in sent) == sorted(c["email"] for c in contacts(2500))  # each contact once
        assert sent[3]["points"] == 4.5  # numbers as the file writes them
        report = json.loads(result.stdout)
        assert sorted(row["batchId"] for row in report["batches"]) == ["batch-1", "batch-2", "batch-3"]
        assert report["summary"]["accepted"] == 3

        again = cli("contacts", "import", str(file), "--batch-size", "1000", server=server)
        assert again.returncode == 0, again.stderr
        assert len(server.received) == 3
        assert "2500 contact(s) skipped: accepted before" in again.stdout
    outcomes = journal_outcomes(Path(f"{file}.journal"))  # one row per contact
    assert len(outcomes) == 2500 and set(outcomes.values()) == {"accepted"}


def test_an_update_is_a_patch_with_its_contact_type_and_export_flag(tmp_path: Path) -> None:
    file = write_jsonl(tmp_path / "contacts.jsonl", contacts(3))
    with fault_server(batch_id(1)) as server:
        args = ["--update", "--contact-type", "Member", "--avoid-triggering-export"]
        result = cli("contacts", "import", str(file), *args, server=server)
    assert result.returncode == 0, result.stderr
    [request] = server.received
    assert request.method == "PATCH"
    url = urlsplit(request.path)
    assert url.path == "/api/v2/contacts/bulk"
    assert parse_qs(url.query) == {"contactType": ["Member"], "avoidTriggeringExport": ["true"]}


def test_a_batch_of_unknown_outcome_is_not_sent_again_unless_asked(tmp_path: Path) -> None:
    file = write_jsonl(tmp_path / "contacts.jsonl", contacts(5))
    with fault_server(Action(drop=True), batch_id(2)) as server:
        first = cli("contacts", "import", str(file), server=server)
        assert first.returncode == 1
        assert "outcome unknown" in first.stdout
        again = cli("contacts", "import", str(file), server=server)
        assert again.returncode == 1 and "5 contact(s) skipped: not sent again" in again.stdout
        other_size = cli("contacts", "import", str(file), "--batch-size", "1", server=server)
        assert other_size.returncode == 1 and "5 contact(s) skipped: not sent again" in other_size.stdout
        assert len(server.received) == 1
        forced = cli("contacts", "import", str(file), "--resend-unknown", server=server)
        assert forced.returncode == 0, forced.stderr
        assert len(server.received) == 2


def test_a_contact_that_is_not_an_object_stops_the_import_before_any_request(tmp_path: Path) -> None:
    file = write_jsonl(tmp_path / "contacts.jsonl", [*contacts(2), "just text", 7])
    with fault_server(batch_id(1)) as server:
        result = cli("contacts", "import", str(file), server=server)
        assert result.returncode == 1
        assert "refusing to send: 2 of 4 contact(s) are invalid" in result.stdout
        assert server.received == []
        skipped = cli("contacts", "import", str(file), "--skip-invalid", server=server)
    assert skipped.returncode == 1  # sent, but some were invalid
    assert [len(json.loads(r.body)) for r in server.received] == [2]


def test_status_asks_voyado_about_each_accepted_batch(tmp_path: Path) -> None:
    file = write_jsonl(tmp_path / "contacts.jsonl", contacts(4))
    status = Action(200, body=b'{"status": "Completed", "created": 2}', headers=JSON)
    with fault_server(batch_id(1), batch_id(2), status) as server:
        sent = cli("contacts", "import", str(file), *ONE_AT_A_TIME, "--batch-size", "2", server=server)
        assert sent.returncode == 0, sent.stderr
        shown = cli("contacts", "status", f"{file}.journal", "--format", "json", server=server)
    assert shown.returncode == 0, shown.stderr
    asked = sorted(parse_qs(urlsplit(r.path).query)["batchId"][0] for r in server.received[2:])
    assert asked == ["batch-1", "batch-2"]  # each batch once, not once per contact
    answers = json.loads(shown.stdout)["batches"]
    assert [answer["status"] for answer in answers] == [{"status": "Completed", "created": 2}] * 2
    assert [answer["contacts"] for answer in answers] == [2, 2]


def test_a_batch_larger_than_voyado_takes_is_a_usage_error(tmp_path: Path) -> None:
    file = write_jsonl(tmp_path / "contacts.jsonl", contacts(1))
    for size in ("4001", "0", "2.5"):
        result = cli("contacts", "import", str(file), "--batch-size", size)
        assert result.returncode == 2 and "--batch-size" in result.stderr, result.stderr
    alone = cli("contacts", "import", str(file), "--avoid-triggering-export")
    assert alone.returncode == 2 and "applies to --update only" in alone.stderr, alone.stderr


def test_the_journal_knows_each_contact_whatever_the_batches(tmp_path: Path) -> None:
    """Another batch size, a contact added at the top, or the same contact twice: nothing accepted goes again."""
    file = write_jsonl(tmp_path / "contacts.jsonl", contacts(10))
    with fault_server(*(batch_id(n) for n in range(1, 10))) as server:
        assert cli("contacts", "import", str(file), *ONE_AT_A_TIME, "--batch-size", "5", server=server).returncode == 0
        assert cli("contacts", "import", str(file), *ONE_AT_A_TIME, "--batch-size", "4", server=server).returncode == 0
        assert len(server.received) == 2
        newcomer = {"email": "new@example.com", "firstName": "New"}
        write_jsonl(file, [newcomer, *contacts(10), newcomer])
        result = cli("contacts", "import", str(file), "--batch-size", "5", server=server)
        assert result.returncode == 0, result.stderr
        assert [json.loads(r.body) for r in server.received[2:]] == [[newcomer]]
        assert "10 contact(s) skipped: accepted before" in result.stdout
        assert "1 contact(s) skipped: the same contact appears earlier in the file" in result.stdout
        updated = cli("contacts", "import", str(file), "--update", server=server)  # another request: sent
        assert updated.returncode == 0 and len(json.loads(server.received[-1].body)) == 11


def test_status_needs_a_journal_and_asks_nothing_when_it_holds_no_batch(tmp_path: Path) -> None:
    missing = cli("contacts", "status", str(tmp_path / "nothing.journal"))
    assert missing.returncode == 2 and "no such journal" in missing.stderr
    file = write_jsonl(tmp_path / "contacts.jsonl", contacts(2))
    with fault_server(Action(400)) as server:  # refused: a journal with no batch id in it
        assert cli("contacts", "import", str(file), server=server).returncode == 1
    shown = cli("contacts", "status", f"{file}.journal")  # no key in the environment: nothing to ask, none needed
    assert shown.returncode == 0 and "no accepted batch" in shown.stdout, shown.stderr
