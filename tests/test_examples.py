"""The examples run: each common job against the fake Voyado, the shop-side tests in examples/, and the fake on a
port, driven by the command line."""

from __future__ import annotations

import asyncio
import inspect
import json
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from examples import jobs, test_your_integration
from tests.conftest import ROOT
from voyado_engage import Delivery
from voyado_engage.testing import FakeVoyado, Fault, serve

EXAMPLE_TESTS = [
    function
    for name, function in inspect.getmembers(test_your_integration, inspect.isfunction)
    if name.startswith("test_")
]


@pytest.mark.quick
@pytest.mark.parametrize("example", EXAMPLE_TESTS, ids=lambda function: function.__name__)
def test_the_shop_side_examples_pass(example: object) -> None:
    example(FakeVoyado())  # type: ignore[operator]


@pytest.mark.quick
def test_the_jobs_run_against_the_fake() -> None:
    fake = FakeVoyado()
    with fake.client() as sdk:
        contact_id = jobs.look_up_or_create_contact(sdk, "jane.doe@example.com", "Jane")
        assert fake.contacts[contact_id]["email"] == "jane.doe@example.com"
        jobs.register_order_then_return(sdk, "100045")
        jobs.add_points_safely(sdk, contact_id, "welcome")
        receipt: Any = json.loads(
            (ROOT / "openapi/examples/receipts/valid/purchase.json").read_text(), parse_float=Decimal
        )
        receipt["contact"] = {"matchKey": contact_id, "matchKeyType": "ContactId"}
        sdk.transactions.import_receipts(request_body=receipt)
        sdk.transactions.import_receipts(request_body=receipt)
        assert len(fake.receipts) == 1  # deduplicated by uniqueReceiptId, as Voyado does
        assert jobs.total_spent(sdk, contact_id) == Decimal("547.00")

    async def backlog() -> dict[str, Delivery]:
        async with fake.async_client() as sdk:
            return await jobs.send_backlog(sdk, ["A-1", "A-2"])

    assert asyncio.run(backlog()) == {"A-1": Delivery.ACCEPTED, "A-2": Delivery.ACCEPTED}


@pytest.mark.quick
def test_the_fake_refuses_what_voyado_refuses_and_models_only_what_it_says() -> None:
    fake = FakeVoyado()
    with fake.client(max_retries=0) as sdk:
        raw = sdk.with_options(max_retries=0)
        bad = jobs.order("1", "Confirmed") | {"totalGrossPrice": Decimal("1.00")}
        with pytest.raises(Exception, match="totalGrossPrice"):
            raw.orders.register(request_body=bad, validate=False)  # the rules, checked by the fake too
        with pytest.raises(Exception, match=r"501|does not model"):
            sdk.stores.list()
        fake.answer("GET", "/api/v2/stores", 200, [{"name": "Acme", "externalId": "ECOM-SE"}])
        assert [store.name for store in sdk.stores.list()] == ["Acme"]
    assert fake.orders == []


@pytest.mark.quick
def test_a_slow_answer_and_a_dropped_connection() -> None:
    fake = FakeVoyado()
    contact = fake.add_contact(email="jane.doe@example.com")
    fake.fail_next(Fault.slow(0.2), Fault.dropped())
    with fake.client() as sdk:
        assert sdk.contacts.get_id(email="jane.doe@example.com") == contact
        assert sdk.contacts.get_id(email="jane.doe@example.com") == contact  # a GET is retried after the drop
    assert len(fake.received("GET", "/api/v2/contacts/id")) == 2  # the dropped attempt never reached it


def test_the_command_line_sends_to_the_fake_on_a_port(tmp_path: Path) -> None:
    from tests.test_cli import cli, orders, write_jsonl  # noqa: PLC0415

    fake = FakeVoyado()
    server, url = serve(fake)
    try:
        path = write_jsonl(tmp_path / "orders.jsonl", orders(5))
        result = cli("orders", "send", str(path), "--rate", "100", server=SimpleNamespace(url=url))  # type: ignore[arg-type]
    finally:
        server.shutdown()
    assert result.returncode == 0, result.stdout + result.stderr
    assert sorted(order["orderNumber"] for order in fake.orders) == [f"A-{n:03d}" for n in range(5)]


@pytest.mark.quick
@pytest.mark.parametrize(
    ("method", "path", "content"),
    [
        ("GET", "/api/v2/point-accounts?offset=abc", b""),
        ("GET", "/api/v2/point-accounts?offset=-1", b""),
        ("GET", "/api/v2/point-accounts?count=99999999999999999999", b""),
        ("GET", "/api/v2/contacts/c-1/transactions?offset=1.5", b""),
        ("POST", "/api/v2/orders", b"[" * 100_000 + b"]" * 100_000),
        ("POST", "/api/v2/orders", b"not json"),
        ("POST", "/api/v2/contacts", b"[1, 2]"),
    ],
    ids=["offset-text", "offset-negative", "count-huge", "offset-fraction", "nested", "not-json", "not-an-object"],
)
def test_the_fake_answers_a_bad_request_with_a_4xx_never_an_exception(method: str, path: str, content: bytes) -> None:
    import httpx  # noqa: PLC0415

    with httpx.Client(transport=FakeVoyado(), base_url="https://fake.test", headers={"apikey": "k"}) as http:
        response = http.request(method, path, content=content)
    assert 400 <= response.status_code < 500 and response.json()


@pytest.mark.quick
def test_the_fake_refuses_an_amount_voyado_cannot_store_and_keeps_amounts_exact() -> None:
    fake = FakeVoyado()
    contact = fake.add_contact(email="jane.doe@example.com")
    row = {"contactId": contact, "definitionId": 1, "source": "s", "description": "d"}
    huge: Any = [{**row, "amount": Decimal("1E+999999")}]
    exact: Any = [{**row, "amount": Decimal("12345678901234567.89")}]
    with fake.client() as sdk:
        with pytest.raises(Exception, match="InvalidAmount"):
            sdk.point_accounts.add_transactions(request_body=huge)
        sdk.point_accounts.add_transactions(request_body=exact)
        raw = sdk.point_accounts.with_raw_response.list(contact_id=contact)
    assert b'"balance":12345678901234567.89' in raw.content  # written exactly (the SDK reads answers' numbers as float)


def test_the_fake_on_a_port_refuses_framing_it_cannot_read() -> None:
    import socket  # noqa: PLC0415

    server, url = serve(FakeVoyado())
    port = int(url.rsplit(":", 1)[1])
    try:
        answers = []
        for head in (b"Transfer-Encoding: chunked\r\n", b"Content-Length: abc\r\n", b"Content-Length: -1\r\n"):
            with socket.create_connection(("127.0.0.1", port), timeout=5) as connection:
                connection.sendall(b"POST /api/v2/orders HTTP/1.1\r\nHost: x\r\napikey: k\r\n" + head + b"\r\n")
                answers.append(connection.recv(100).split(b" ", 2)[1])
    finally:
        server.shutdown()
    assert answers == [b"411", b"400", b"400"]
