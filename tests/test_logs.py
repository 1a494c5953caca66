"""Logs a person can follow: one INFO line per request, named by the method the caller called, with the route (not
its values), the status, the duration, the attempt and the call's id; the id is on the error or the raw response
too; httpx's own line for the same request is not repeated."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator

import httpx
import pytest

from voyado_engage import BadRequestError, VoyadoEngage

pytestmark = pytest.mark.quick

LINE = re.compile(
    r"^(?P<name>[\w.]+): (?P<method>[A-Z]+) (?P<route>\S+) (?P<what>.+?) in \d+ ms "
    r"\(attempt (?P<attempt>\d+), call (?P<call>[0-9a-f]{12})\)(?P<then>.*)$"
)


@pytest.fixture
def records() -> Iterator[list[logging.LogRecord]]:
    """Every INFO record of the SDK's and httpx's loggers, as an application that turns both on sees them."""
    seen: list[logging.LogRecord] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            seen.append(record)

    handler = Keep(logging.INFO)
    loggers = [logging.getLogger("voyado_engage"), logging.getLogger("httpx")]
    levels = [each.level for each in loggers]
    for each in loggers:
        each.addHandler(handler)
        each.setLevel(logging.INFO)
    yield seen
    for each, level in zip(loggers, levels, strict=True):
        each.removeHandler(handler)
        each.setLevel(level)


def client(*answers: httpx.Response) -> VoyadoEngage:
    queue = list(answers)
    http = httpx.Client(transport=httpx.MockTransport(lambda request: queue.pop(0)))
    return VoyadoEngage(api_key="k", base_url="https://tenant.example", http_client=http)


def test_one_line_per_request_named_by_the_method_called_and_no_values(records: list[logging.LogRecord]) -> None:
    with client(httpx.Response(200, json="8d3f1c1a-6b2e-4d8f-9a55-0e7c2b1d4f60")) as sdk:
        raw = sdk.contacts.with_raw_response.get_id(email="jane.doe@example.com")
    lines = [record.getMessage() for record in records]
    assert len(lines) == 1, lines  # httpx's own line for it is dropped: the SDK's says the same
    match = LINE.match(lines[0])
    assert match and match["name"] == "contacts.get_id" and match["route"] == "/api/v2/contacts/id"
    assert match["what"] == "-> 200" and match["attempt"] == "1" and match["call"] == raw.call_id
    assert "jane.doe" not in lines[0] and "example.com" not in lines[0]


def test_a_calls_attempts_share_its_id_and_a_retry_is_on_the_same_line(records: list[logging.LogRecord]) -> None:
    with client(httpx.Response(503), httpx.Response(200, json=[])) as sdk:
        raw = sdk.stores.with_raw_response.list()
    lines = [LINE.match(record.getMessage()) for record in records]
    assert [line["attempt"] for line in lines if line] == ["1", "2"] and len(lines) == 2
    assert {line["call"] for line in lines if line} == {raw.call_id}
    assert lines[0] and lines[0]["what"] == "-> 503" and lines[0]["then"].startswith("; retrying in ")


def test_an_error_carries_the_id_of_its_call(records: list[logging.LogRecord]) -> None:
    with (
        client(httpx.Response(400, json={"errorCode": "InvalidStore"})) as sdk,
        pytest.raises(BadRequestError) as caught,
    ):
        sdk.stores.create(request_body={"name": "n", "externalId": "e"})
    match = LINE.match(records[-1].getMessage())
    assert match and match["name"] == "stores.create" and caught.value.call_id == match["call"]


def test_httpx_alone_still_shows_the_route(records: list[logging.LogRecord]) -> None:
    """An application that turns on httpx's logging only sees its line, with the route, never the values."""
    logging.getLogger("voyado_engage").setLevel(logging.WARNING)
    with client(httpx.Response(200, json="c-1")) as sdk:
        sdk.contacts.get_id(email="jane.doe@example.com")
    lines = [record.getMessage() for record in records]
    assert len(lines) == 1 and lines[0].startswith("HTTP Request: GET https://tenant.example/api/v2/contacts/id ")
