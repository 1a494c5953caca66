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
