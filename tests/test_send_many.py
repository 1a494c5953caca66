"""The library's bulk methods (`orders.register_many`, `transactions.import_receipts_many`) on both clients, against
a real loopback server: several in flight, each outcome typed by what its request proves, one order number's steps
in order, nothing of unknown delivery sent twice, a stop that reports what was in flight."""

from __future__ import annotations

import asyncio
import copy
import json
import threading
import time
from collections.abc import Iterator
from typing import Any, cast

import pytest

from tests.conftest import API_KEY
from tests.fault_server import Action, fault_server
from tests.test_cli import ORDER, orders
from tests.test_receipts_cli import RECEIPT
from voyado_engage import (
    AsyncVoyadoEngage,
    Delivery,
    DeliveryUnknownError,
    Outcome,
    RateLimitError,
    RequestValidationError,
    VoyadoEngage,
)
from voyado_engage.models import Order, OrderParam, ReceiptParam


def params(count: int) -> list[OrderParam]:
    """`count` orders as plain dicts (a file's form; typed as `OrderParam`, as a caller would `cast` them)."""
    return cast(list[OrderParam], orders(count))


def numbers_received(server: Any) -> list[str]:
    return [json.loads(request.body)["orderNumber"] for request in server.received]


def steps(number: str, count: int) -> list[OrderParam]:
    """`count` steps of one order (the same number, different statuses)."""
    result = []
    for step in range(count):
        order = copy.deepcopy(ORDER)
        order["orderNumber"] = number
        order["orderStatus"] = f"STEP{step}"
        result.append(cast(OrderParam, order))
    return result


def test_many_orders_go_several_at_a_time_and_each_is_accepted_once() -> None:
    items = params(24)
    with fault_server(Action(202, silence=0.3)) as server, VoyadoEngage(api_key=API_KEY, base_url=server.url) as sdk:
        started = time.monotonic()
        outcomes = list(sdk.orders.register_many(items, rate=1000, concurrency=8))
        elapsed = time.monotonic() - started
    assert sorted(numbers_received(server)) == [item["orderNumber"] for item in items]  # each once
    assert {outcome.delivery for outcome in outcomes} == {Delivery.ACCEPTED}
    assert sorted(outcome.item["orderNumber"] for outcome in outcomes) == sorted(n["orderNumber"] for n in items)
    assert all(outcome.result is not None and outcome.result.status_code == 202 for outcome in outcomes)
    # One at a time would take 24 x 0.3 s = 7.2 s; eight in flight take about 0.9 s.
    assert elapsed < 5.0


def test_the_async_client_sends_many_on_the_callers_loop() -> None:
    items: list[Order | OrderParam] = [Order.from_dict(item) for item in orders(12)]

    async def send() -> list[Outcome[Order | OrderParam, Any]]:
        async with AsyncVoyadoEngage(api_key=API_KEY, base_url=server.url) as sdk:
            return [outcome async for outcome in sdk.orders.register_many(items, rate=1000, concurrency=6)]

    with fault_server(Action(202, silence=0.2)) as server:
        outcomes = asyncio.run(send())
    assert len(server.received) == 12
    assert [outcome.delivery for outcome in outcomes] == [Delivery.ACCEPTED] * 12


@pytest.mark.parametrize("client", ["sync", "async"])
def test_one_numbers_steps_go_in_order_and_stop_after_one_that_failed(client: str) -> None:
    # The first request is rejected (400): A's first step. A's later steps are held back, never sent; B goes on.
    items = steps("A", 3) + steps("B", 2)
    script = [Action(400, body=b'{"errorCode": "InvalidOrder"}', headers=(("Content-Type", "application/json"),))]
    with fault_server(*script, Action(202)) as server:
        if client == "sync":
            with VoyadoEngage(api_key=API_KEY, base_url=server.url) as sdk:
                outcomes = list(sdk.orders.register_many(items, rate=1000, concurrency=1))
        else:

            async def send() -> list[Outcome[Any, Any]]:
                async with AsyncVoyadoEngage(api_key=API_KEY, base_url=server.url) as sdk:
                    return [o async for o in sdk.orders.register_many(items, rate=1000, concurrency=1)]

            outcomes = asyncio.run(send())
    by_step = {(o.item["orderNumber"], o.item["orderStatus"]): o.delivery for o in outcomes}
    assert by_step == {
        ("A", "STEP0"): Delivery.REJECTED,
        ("A", "STEP1"): Delivery.HELD_BACK,
        ("A", "STEP2"): Delivery.HELD_BACK,
        ("B", "STEP0"): Delivery.ACCEPTED,
        ("B", "STEP1"): Delivery.ACCEPTED,
    }
    assert [json.loads(r.body)["orderStatus"] for r in server.received] == ["STEP0", "STEP0", "STEP1"]


def test_an_order_whose_delivery_is_unknown_is_never_sent_again() -> None:
    # The server reads the order, then hangs up: it may have been processed.
    script = (Action(drop=True), Action(202))
    with fault_server(*script) as server, VoyadoEngage(api_key=API_KEY, base_url=server.url) as sdk:
        outcomes = list(sdk.orders.register_many(params(1), rate=1000))
    assert len(server.received) == 1
    [outcome] = outcomes
    assert outcome.delivery is Delivery.UNKNOWN and isinstance(outcome.error, DeliveryUnknownError)
    assert outcome.attempts == 1


def test_a_429_is_sent_again_after_retry_after_and_a_call_retries_nothing_itself() -> None:
    refused = Action(429, headers=(("Retry-After", "0.3"),))
    with fault_server(refused, Action(202)) as server, VoyadoEngage(api_key=API_KEY, base_url=server.url) as sdk:
        [outcome] = list(sdk.orders.register_many(params(1), rate=1000, max_retries=5))
    assert outcome.delivery is Delivery.ACCEPTED and outcome.attempts == 2
    assert len(server.received) == 2

    with fault_server(refused) as server, VoyadoEngage(api_key=API_KEY, base_url=server.url) as sdk:
        [outcome] = list(sdk.orders.register_many(params(1), rate=1000))
    assert outcome.delivery is Delivery.NOT_DELIVERED and isinstance(outcome.error, RateLimitError)
    assert outcome.attempts == len(server.received) == 6  # the first send and five more, then its last error


def test_an_invalid_order_is_refused_before_any_request_and_the_rest_go() -> None:
    broken = copy.deepcopy(ORDER)
    broken["orderNumber"] = "BROKEN"
    del broken["contact"]
    with fault_server(Action(202)) as server, VoyadoEngage(api_key=API_KEY, base_url=server.url) as sdk:
        outcomes = list(sdk.orders.register_many([cast(OrderParam, broken), *params(2)], rate=1000))
    refused = [o for o in outcomes if o.item["orderNumber"] == "BROKEN"]
    assert [o.delivery for o in refused] == [Delivery.NOT_DELIVERED]
    assert isinstance(refused[0].error, RequestValidationError)
    assert sorted(numbers_received(server)) == ["A-000", "A-001"]


def test_before_send_runs_before_each_request_and_stop_reports_what_was_in_flight() -> None:
    items = params(40)
    recorded: list[str] = []

    with fault_server(Action(202, silence=0.2)) as server, VoyadoEngage(api_key=API_KEY, base_url=server.url) as sdk:

        def before_send(order: Order | OrderParam) -> None:
            assert isinstance(order, dict)
            recorded.append(order["orderNumber"])
            if len(recorded) == 5:
                sending.stop()

        sending = sdk.orders.register_many(items, rate=1000, concurrency=4, before_send=before_send)
        outcomes = list(sending)
    received = numbers_received(server)
    # Every request that started was recorded first, and every one of them is reported.
    assert set(received) <= set(recorded)
    assert sorted(o.item["orderNumber"] for o in outcomes) == sorted(recorded)
    assert len(recorded) < len(items)


def test_leaving_the_loop_early_waits_for_the_flight_and_leaves_no_thread_behind() -> None:
    with fault_server(Action(202, silence=0.2)) as server, VoyadoEngage(api_key=API_KEY, base_url=server.url) as sdk:
        for _outcome in sdk.orders.register_many(params(30), rate=1000, concurrency=5):
            break
        landed = len(server.received)
        time.sleep(0.4)
        assert len(server.received) == landed  # nothing started after the loop was left
    assert landed < 30
    assert not [thread for thread in threading.enumerate() if thread.name.startswith("voyado-engage-bulk")]


def test_receipts_go_in_bulk_too() -> None:
    receipts = []
    for number in range(6):
        receipt = copy.deepcopy(RECEIPT)
        receipt["uniqueReceiptId"] = f"R-{number}"
        receipts.append(receipt)
    with fault_server(Action(200, body=b"{}")) as server, VoyadoEngage(api_key=API_KEY, base_url=server.url) as sdk:
        outcomes = list(sdk.transactions.import_receipts_many(cast(list[ReceiptParam], receipts), rate=1000))
    assert [o.delivery for o in outcomes] == [Delivery.ACCEPTED] * 6
    assert sorted(json.loads(r.body)["uniqueReceiptId"] for r in server.received) == [f"R-{n}" for n in range(6)]


@pytest.mark.parametrize("client", ["sync", "async"])
def test_items_that_fail_to_be_read_end_the_send_with_their_error_after_the_flight_lands(client: str) -> None:
    def items() -> Iterator[OrderParam]:
        yield from params(3)
        raise ValueError("the export broke")

    outcomes: list[Outcome[Any, Any]] = []
    raised: list[BaseException] = []

    def send(url: str) -> None:
        try:
            if client == "sync":
                with VoyadoEngage(api_key=API_KEY, base_url=url) as sdk:
                    outcomes.extend(sdk.orders.register_many(items(), rate=1000))
            else:

                async def send_async() -> None:
                    async with AsyncVoyadoEngage(api_key=API_KEY, base_url=url) as sdk:
                        async for outcome in sdk.orders.register_many(items(), rate=1000):
                            outcomes.append(outcome)

                asyncio.run(send_async())
        except BaseException as exc:
            raised.append(exc)

    with fault_server(Action(202, silence=0.1)) as server:
        sender = threading.Thread(target=send, args=(server.url,), daemon=True)
        sender.start()
        sender.join(15)
        assert not sender.is_alive(), "the send hangs when its items fail"
    assert [type(exc) for exc in raised] == [ValueError]
    assert sorted(o.item["orderNumber"] for o in outcomes) == ["A-000", "A-001", "A-002"]
    assert len(server.received) == 3


def test_leaving_an_async_send_early_inside_its_block_waits_for_the_flight() -> None:
    """`async with` around the loop: leaving it early starts nothing new and lets every request in flight land
    before the client closes (a cancelled request may have reached Voyado: its outcome would be unknown)."""
    started: list[str] = []

    async def send(url: str) -> int:
        async with AsyncVoyadoEngage(api_key=API_KEY, base_url=url) as sdk:
            sending = sdk.orders.register_many(
                params(30), rate=1000, concurrency=5, before_send=lambda o: started.append(o["orderNumber"])
            )
            async with sending:
                async for _outcome in sending:
                    break
            return len(asyncio.all_tasks())

    with fault_server(Action(202, silence=0.2)) as server:
        tasks_left = asyncio.run(send(server.url))
        time.sleep(0.4)
        received = numbers_received(server)
    assert tasks_left == 1  # only the test's own task: nothing of the send is still running
    assert 1 < len(started) < 30 and sorted(received) == sorted(started)  # every request that started, landed
