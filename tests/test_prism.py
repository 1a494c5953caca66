"""The SDK against the Prism mock of our own spec: every valid example is accepted with no spec violation."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from examples.mock_voyado import PRISM, SPEC
from tests.conftest import API_KEY, invalid_examples, load, valid_examples
from voyado_engage import RequestValidationError, VoyadoEngage
from voyado_engage.models import Order

pytestmark = pytest.mark.skipif(not PRISM.exists(), reason="Prism is not installed (make installs it)")


@pytest.mark.parametrize("path", valid_examples(), ids=lambda p: p.stem)
def test_valid_examples_are_accepted_without_violations(prism_url: str, path: Path) -> None:
    with VoyadoEngage(api_key=API_KEY, base_url=prism_url, user_agent="ContractTest/1.0") as sdk:
        raw = sdk.orders.with_raw_response.orders_register_order(request_body=Order.from_dict(load(path)))
    assert raw.status_code == 202
    assert "sl-violations" not in raw.headers


@pytest.mark.parametrize("path", invalid_examples("schema"), ids=lambda p: p.stem)
def test_the_mock_and_the_sdk_both_refuse_each_invalid_example(prism_url: str, path: Path) -> None:
    """The spec (through Prism) and the SDK agree: an order that breaks the schema is refused by both."""
    order = load(path)["order"]
    with pytest.raises(RequestValidationError):
        Order.from_dict(order)
    headers = {"apikey": API_KEY, "User-Agent": "ContractTest/1.0", "Content-Type": "application/json"}
    response = httpx.post(f"{prism_url}/api/v2/orders", content=json.dumps(order), headers=headers)
    assert 400 <= response.status_code < 500
    assert "sl-violations" in response.headers


def test_business_rule_examples_pass_the_mock_but_not_the_sdk(prism_url: str) -> None:
    """Prism checks shapes only; totals that do not add up are what the SDK's own rules are for."""
    for path in invalid_examples("business"):
        order = Order.from_dict(load(path)["order"])
        with VoyadoEngage(api_key=API_KEY, base_url=prism_url, user_agent="ContractTest/1.0") as sdk:
            with pytest.raises(RequestValidationError):
                sdk.orders.orders_register_order(request_body=order)
            raw = sdk.orders.with_raw_response.orders_register_order(request_body=order, validate=False)
        assert raw.status_code == 202 and "sl-violations" not in raw.headers


def test_schemathesis_finds_the_spec_consistent_with_its_mock(prism_url: str) -> None:
    """Generated requests (ASCII only: Prism dies on other header text) get answers that match the spec."""
    checks = "not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance"
    command = [
        str(Path(sys.executable).parent / "schemathesis"),
        "run",
        str(SPEC),
        "--url",
        prism_url,
        "--mode",
        "positive",
        "--phases",
        "fuzzing",
        "--checks",
        f"{checks},positive_data_acceptance",
        "--max-examples",
        "5",
        "--generation-codec",
        "ascii",
        "--header",
        f"apikey: {API_KEY}",
        "--seed",
        "7",
        "--no-color",
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stdout[-3000:]
    assert "passed" in result.stdout
