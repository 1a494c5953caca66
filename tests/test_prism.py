"""The SDK against the Prism mock of our own spec: every valid example is accepted with no spec violation."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from examples.mock_voyado import PRISM, prism_mock
from tests.conftest import API_KEY, load, valid_examples
from voyado_engage import VoyadoEngage
from voyado_engage.models import Order

pytestmark = pytest.mark.skipif(not PRISM.exists(), reason="Prism is not installed (make installs it)")


@pytest.fixture(scope="module")
def prism_url() -> Iterator[str]:
    with prism_mock() as url:
        yield url


@pytest.mark.parametrize("path", valid_examples(), ids=lambda p: p.stem)
def test_valid_examples_are_accepted_without_violations(prism_url: str, path: Path) -> None:
    with VoyadoEngage(api_key=API_KEY, base_url=prism_url, user_agent="ContractTest/1.0") as sdk:
        raw = sdk.orders.with_raw_response.orders_register_order(request_body=Order.from_dict(load(path)))
    assert raw.status_code == 202
    assert "sl-violations" not in raw.headers
