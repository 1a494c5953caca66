"""A re-run never sends an order again: the journal knows an order by what Voyado receives, wherever the file is."""

from __future__ import annotations

import copy
import datetime
import hashlib
import json
import os
import random
import sqlite3
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.fault_server import Action, fault_server
from tests.test_cli import ORDER, cli, journal_outcomes, numbers_received, orders, write_jsonl
from voyado_engage import _json, _order_files


def fingerprint(payload: dict[str, Any]) -> str:
    checked = _order_files.check_payload("test", 0, payload)
    assert checked.valid, checked.problems
    return checked.fingerprint


def decoded(payload: dict[str, Any]) -> dict[str, Any]:
    """The order as a file read gives it: numbers as Decimal, as written."""
    return _order_files._decode(json.dumps(payload))  # type: ignore[no-any-return]


def renotated(number: Decimal, draw: st.DrawFn) -> Any:
    """The same value written another way: trailing zeros, an exponent, an integer, a float."""
    forms: list[Any] = [number, number.quantize(Decimal("0.0001")), Decimal(f"{number.scaleb(-3)}E3")]
    if number == number.to_integral_value():
        forms.append(int(number))
    forms.append(float(number))
    return draw(st.sampled_from(forms))


def same_instant(text: str, draw: st.DrawFn) -> str:
    moment = datetime.datetime.fromisoformat(text)
    minutes = draw(st.integers(min_value=-14 * 60, max_value=14 * 60))
    zone = datetime.timezone(datetime.timedelta(minutes=minutes))
    shifted = moment.astimezone(zone).isoformat()
    return shifted.replace("+00:00", "Z") if draw(st.booleans()) else shifted


@st.composite
def respelled(draw: st.DrawFn, payload: Any) -> Any:
    """`payload` as another exporter would write it: the same values, other spellings, keys in another order."""
    if isinstance(payload, dict):
        items = [(key, draw(respelled(value))) for key, value in payload.items()]
        if "Date" in "".join(key for key, _ in items) or "date" in "".join(key for key, _ in items):
            items = [
                (key, same_instant(value, draw) if key.endswith(("Date", "date")) and isinstance(value, str) else value)
                for key, value in items
            ]
        return dict(draw(st.permutations(items)))
    if isinstance(payload, list):
        return [draw(respelled(item)) for item in payload]
    if isinstance(payload, Decimal):
        return renotated(payload, draw)
    return payload


@pytest.mark.parametrize("example", ["order_confirmation.json"])
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_an_order_respelled_is_the_same_order(example: str, data: st.DataObject) -> None:
    payload = decoded(ORDER)
    variant = data.draw(respelled(payload))
    assert fingerprint(variant) == fingerprint(payload)


@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_an_order_with_any_value_changed_is_another_order(data: st.DataObject) -> None:
    payload = decoded(ORDER)
    changed = copy.deepcopy(payload)
    path = data.draw(st.sampled_from(["orderNumber", "createdDate", "storeId", "items.0.sku", "items.0.quantity"]))
    *parents, last = path.split(".")
    holder: Any = changed
    for part in parents:
        holder = holder[int(part)] if part.isdigit() else holder[part]
    value = holder[last]
    if last.endswith("Date"):  # a date-time: one second later
        moment = datetime.datetime.fromisoformat(value) + datetime.timedelta(seconds=1)
        holder[last] = moment.isoformat()
    elif isinstance(value, str):
        holder[last] = value + "x"
    else:
        holder[last] = value + 1
    assert fingerprint(changed) != fingerprint(payload)


def test_a_string_is_never_the_same_as_a_number() -> None:
    payload = decoded(ORDER)
    text = copy.deepcopy(payload)
    text["extraData"] = {"weight": "596"}
    number = copy.deepcopy(payload)
    number["extraData"] = {"weight": 596}
    assert fingerprint(text) != fingerprint(number)


def test_the_identity_ignores_the_callers_decimal_context() -> None:
    import decimal  # noqa: PLC0415

    payload = decoded(ORDER)
    payload["totalGrossPrice"] = Decimal("596.000000000000000000000000000000001")  # beyond 28 digits
    expected = fingerprint(payload)
    with decimal.localcontext() as context:
        context.prec = 3
        context.traps[decimal.FloatOperation] = True
        assert fingerprint(payload) == expected


# the command line


def unknown_then_rerun(tmp_path: Path, first: list[dict[str, Any]], second: list[dict[str, Any]]) -> Any:
    """Send `first` to a server that drops the connection (outcome unknown), then `second` from the same file."""
    path = tmp_path / "orders.jsonl"
    path.write_text("".join(_json.dumps(order).decode() + "\n" for order in first), encoding="utf-8")
    with fault_server(Action(drop=True)) as dropping:
        cli("orders", "send", str(path), "--rate", "200", server=dropping)
    assert set(journal_outcomes(tmp_path / "orders.jsonl.journal").values()) == {"unknown"}
    path.write_text("".join(_json.dumps(order).decode() + "\n" for order in second), encoding="utf-8")
    with fault_server(Action(202)) as again:
        rerun = cli("orders", "send", str(path), "--rate", "200", server=again)
    return rerun, again


def test_a_reexport_with_other_number_and_time_spellings_is_not_sent_again(tmp_path: Path) -> None:
    original = decoded(ORDER)
    reexport = copy.deepcopy(original)
    reexport["totalGrossPrice"] = Decimal(str(original["totalGrossPrice"])).normalize()  # 596.00 -> 596
    reexport["items"][0]["grossPaidPrice"] = float(original["items"][0]["grossPaidPrice"])
    moment = datetime.datetime.fromisoformat(original["createdDate"]).astimezone(datetime.UTC)
    reexport["createdDate"] = moment.isoformat().replace("+00:00", "Z")
    rerun, again = unknown_then_rerun(tmp_path, [original], [reexport])
    assert rerun.returncode == 1 and "--resend-unknown" in rerun.stdout
    assert again.received == []


def test_an_edited_order_for_the_same_automation_is_refused_unless_asked(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "orders.jsonl", orders(2))
    with fault_server(Action(202)) as server:
        assert cli("orders", "send", str(path), "--rate", "200", server=server).returncode == 0
        edited = orders(2)
        edited[1]["storeId"] = "ANOTHER-STORE"  # same number, order status and payment status; other content
        delivered = copy.deepcopy(edited[0])
        delivered["orderStatus"] = "Delivered"  # the next step of the same order: another automation
        write_jsonl(path, [*edited, delivered])
        refused = cli("orders", "send", str(path), "--rate", "200", server=server)
        assert refused.returncode == 1
        assert "A-001" in refused.stdout and "--resend-changed" in refused.stdout
        assert numbers_received(server) == ["A-000", "A-000", "A-001"]  # the delivery went; the edit did not
        forced = cli("orders", "send", str(path), "--rate", "200", "--resend-changed", server=server)
    assert forced.returncode == 0, forced.stdout + forced.stderr
    assert numbers_received(server) == ["A-000", "A-000", "A-001", "A-001"]


def test_two_versions_of_one_automation_in_one_file_send_the_first_only(tmp_path: Path) -> None:
    first, second = orders(1)[0], orders(1)[0]
    second["storeId"] = "ANOTHER-STORE"
    path = write_jsonl(tmp_path / "orders.jsonl", [first, second])
    with fault_server(Action(202)) as server:
        result = cli("orders", "send", str(path), "--rate", "200", server=server)
    assert result.returncode == 1 and "this file sent order A-000" in result.stdout
    assert numbers_received(server) == ["A-000"]


@pytest.mark.parametrize("spelling", ["symlink", "symlink-to-symlink", "symlink-relative"])
def test_the_default_journal_follows_the_file_not_the_spelling_of_its_path(tmp_path: Path, spelling: str) -> None:
    real = tmp_path / "exports" / "orders.jsonl"
    real.parent.mkdir()
    write_jsonl(real, orders(1))
    with fault_server(Action(drop=True)) as dropping:
        assert cli("orders", "send", str(real), "--rate", "200", server=dropping).returncode == 1
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    typed = elsewhere / "today.jsonl"
    if spelling == "symlink":
        typed.symlink_to(real)
    elif spelling == "symlink-to-symlink":
        (elsewhere / "latest.jsonl").symlink_to(real)
        typed.symlink_to(elsewhere / "latest.jsonl")
    else:
        typed.symlink_to(os.path.relpath(real, elsewhere))
    with fault_server(Action(202)) as again:
        rerun = cli("orders", "send", str(typed), "--rate", "200", server=again)
    assert rerun.returncode == 1 and "--resend-unknown" in rerun.stdout
    assert again.received == []
    assert not (elsewhere / "today.jsonl.journal").exists()


def test_a_journal_of_version_0_1_still_recognises_its_orders(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "orders.jsonl", orders(2))
    checked = _order_files.check_files([path])
    journal = tmp_path / "orders.jsonl.journal"
    db = sqlite3.connect(journal)
    db.executescript(
        "CREATE TABLE events (id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, fingerprint TEXT NOT NULL, "
        "outcome TEXT NOT NULL, order_number TEXT, status INTEGER, error_code TEXT);"
    )
    for order, outcome in zip(checked, ["accepted", "sending"], strict=True):
        assert order.wire is not None
        legacy = hashlib.sha256(order.wire).hexdigest()  # what version 0.1 recorded
        db.execute(
            "INSERT INTO events (at, fingerprint, outcome, order_number) VALUES ('x', ?, ?, ?)",
            (legacy, outcome, order.payload["orderNumber"]),
        )
    db.commit()
    db.close()
    with fault_server(Action(202)) as server:
        rerun = cli("orders", "send", str(path), "--rate", "200", server=server)
    assert rerun.returncode == 1 and "skipping 1 order(s) already accepted" in rerun.stdout
    assert "A-001" in rerun.stdout and "--resend-unknown" in rerun.stdout
    assert server.received == []


@pytest.mark.parametrize(
    "answer",
    [Action(202, silence=2.0), Action(500, b'{"message": "oops"}'), Action(503), Action(drop=True)],
    ids=["timeout", "500", "503", "dropped"],
)
def test_an_order_of_unknown_outcome_is_recorded_and_not_resent(tmp_path: Path, answer: Action) -> None:
    path = write_jsonl(tmp_path / "orders.jsonl", orders(1))
    with fault_server(answer) as server:
        first = cli("orders", "send", str(path), "--rate", "200", "--timeout", "0.5", server=server)
    assert first.returncode == 1, first.stdout + first.stderr
    assert journal_outcomes(tmp_path / "orders.jsonl.journal") == {"A-000": "unknown"}
    with fault_server(Action(202)) as again:
        rerun = cli("orders", "send", str(path), "--rate", "200", server=again)
    assert rerun.returncode == 1 and again.received == []
    assert len(server.received) == 1


def test_a_random_order_of_lines_changes_nothing(tmp_path: Path) -> None:
    batch = orders(5)
    path = write_jsonl(tmp_path / "orders.jsonl", batch)
    with fault_server(Action(202)) as server:
        assert cli("orders", "send", str(path), "--rate", "500", server=server).returncode == 0
        random.Random(5).shuffle(batch)
        write_jsonl(path, [{key: order[key] for key in reversed(order)} for order in batch])
        rerun = cli("orders", "send", str(path), "--rate", "500", server=server)
    assert rerun.returncode == 0 and "skipping 5 order(s) already accepted" in rerun.stdout
    assert len(server.received) == 5


@pytest.mark.parametrize(
    ("number", "status"), [("N" * 600, "Confirmed"), ("A-1", "CONFIRMED")], ids=["600-character number", "status case"]
)
def test_an_edited_order_is_refused_whatever_the_length_of_its_number_or_the_case_of_its_status(
    tmp_path: Path, number: str, status: str
) -> None:
    first = orders(1)[0]
    first["orderNumber"] = number
    edited = copy.deepcopy(first)
    edited["storeId"] = "ANOTHER-STORE"
    edited["orderStatus"] = status
    path = write_jsonl(tmp_path / "orders.jsonl", [first])
    with fault_server(Action(202)) as server:
        assert cli("orders", "send", str(path), "--rate", "200", server=server).returncode == 0
        write_jsonl(path, [edited])
        refused = cli("orders", "send", str(path), "--rate", "200", server=server)
    assert refused.returncode == 1 and "--resend-changed" in refused.stdout
    assert len(server.received) == 1


def test_later_steps_of_an_order_wait_until_the_earlier_step_went_through(tmp_path: Path) -> None:
    confirmed, other = orders(2)
    shipped = copy.deepcopy(confirmed)
    shipped["orderStatus"] = "Shipped"
    path = write_jsonl(tmp_path / "orders.jsonl", [confirmed, other, shipped])
    with fault_server(Action(drop=True), Action(202)) as first:  # the confirmation's delivery is unknown
        run = cli("orders", "send", str(path), "--rate", "200", "--concurrency", "1", server=first)
    assert run.returncode == 1 and "held back" in run.stdout
    assert [json.loads(request.body)["orderStatus"] for request in first.received] == ["Confirmed", "Confirmed"]
    with fault_server(Action(202)) as second:
        again = cli("orders", "send", str(path), "--rate", "200", server=second)
        assert again.returncode == 1 and "held back" in again.stdout and second.received == []
        resent = cli("orders", "send", str(path), "--rate", "200", "--resend-unknown", server=second)
    assert resent.returncode == 0, resent.stdout + resent.stderr
    assert [json.loads(request.body)["orderStatus"] for request in second.received] == ["Confirmed", "Shipped"]
