"""Bounded by the SDK, not by the server; and no customer data in any log line the SDK's requests cause."""

from __future__ import annotations

import gc
import json
import logging
import tracemalloc
from typing import Any, cast

import httpx
import pytest

from tests.conftest import API_KEY
from tests.fault_server import Action, fault_server
from voyado_engage import APIResponseValidationError, VoyadoEngage
from voyado_engage.models import OrderParam


def test_fresh_enum_values_from_a_server_leave_no_memory_behind(order_payload: dict[str, Any]) -> None:
    megabyte = "x" * 1_000_000
    script = [Action(202, json.dumps({"statusCode": f"{n}{megabyte}"}).encode()) for n in range(20)]
    with fault_server(*script) as server, VoyadoEngage(api_key=API_KEY, base_url=server.url) as sdk:
        sdk.orders.register(request_body=cast(OrderParam, order_payload))  # warm up: imports, pools
        gc.collect()
        tracemalloc.start()
        before = tracemalloc.get_traced_memory()[0]
        for _ in range(19):
            result = sdk.orders.register(request_body=cast(OrderParam, order_payload))
            assert str(result.status_code).endswith("x")
            del result
        gc.collect()
        retained = tracemalloc.get_traced_memory()[0] - before
        tracemalloc.stop()
    assert retained < 2_000_000, f"{retained:,} bytes kept after 19 answers of 1 MB"


def test_httpx_logs_the_route_of_an_sdk_request_never_its_values(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="httpx")
    with fault_server(Action(echo=True)) as server, VoyadoEngage(api_key=API_KEY, base_url=server.url) as sdk:
        sdk.contacts.get_id(email="jane.doe@example.com", social_security_number="19800101-1234")
        with pytest.raises(APIResponseValidationError):  # the echo is not a contact; the log line is what matters
            sdk.contacts.get_by_id("jane.doe@example.com")
        with httpx.Client() as plain:  # not the SDK's: left alone
            plain.get(f"{server.url}/other?token=visible")
    lines = [record.getMessage() for record in caplog.records if record.name == "httpx"]
    sdk_lines = [line for line in lines if "/api/v2/" in line]
    assert len(sdk_lines) == 2, lines
    assert all("jane" not in line and "19800101" not in line and "?" not in line for line in sdk_lines), sdk_lines
    assert f"{server.url}/api/v2/contacts/id " in sdk_lines[0]
    assert f"{server.url}/api/v2/contacts/{{contact_id}} " in sdk_lines[1]
    assert any("token=visible" in line for line in lines)
