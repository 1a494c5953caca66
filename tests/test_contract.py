"""Contract tests: the generated models against the example payloads and the spec's own Order schema."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import jsonschema
import pytest

from tests.conftest import API_KEY, invalid_examples, load, spec_document, valid_examples
from voyado_engage import RequestValidationError, VoyadoEngage
from voyado_engage.models import Order

pytestmark = pytest.mark.quick


def order_validator() -> jsonschema.Draft7Validator:
    document = spec_document()
    schema = {"$ref": "#/components/schemas/Order", "components": document["components"]}
    return jsonschema.Draft7Validator(schema, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER)


@pytest.mark.parametrize("path", valid_examples(), ids=lambda p: p.stem)
def test_round_trip_keeps_every_field(path: Path) -> None:
    payload = load(path)
    assert Order.from_dict(payload).to_dict() == payload


@pytest.mark.parametrize("path", valid_examples(), ids=lambda p: p.stem)
def test_output_matches_the_spec_schema(path: Path) -> None:
    errors = list(order_validator().iter_errors(Order.from_dict(load(path)).to_dict()))
    assert errors == []


def test_unknown_fields_survive_at_every_level() -> None:
    payload = load(Path(__file__).parent.parent / "openapi/examples/valid/extra_data_and_unknown_fields.json")
    order = Order.from_dict(payload)
    assert order.additional_properties["loyaltyCampaignId"] == "LC-77"
    assert order.contact.additional_properties == {"channel": "sms"}
    assert order.items[0]["warehouse"] == "north"
    assert order.to_dict()["fulfilment"] == {"carrier": "Royal Mail", "express": False}


@pytest.mark.parametrize("path", invalid_examples("schema"), ids=lambda p: p.stem)
def test_invalid_examples_break_the_rule_they_name(path: Path) -> None:
    example = load(path)
    errors = list(order_validator().iter_errors(example["order"]))
    rules = {error.validator for error in errors} | {sub.validator for error in errors for sub in error.context or []}
    assert example["rule"] in rules, [error.message for error in errors]


@pytest.mark.parametrize("payload", [[], "order", None, {"contact": []}], ids=["list", "string", "null", "partial"])
def test_from_dict_on_bad_input_raises_only_sdk_errors(payload: Any) -> None:
    with pytest.raises(RequestValidationError) as caught:
        Order.from_dict(payload)
    assert caught.value.errors


def test_request_made_through_the_client_matches_the_example(order_payload: dict[str, Any]) -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(202)

    http = httpx.Client(transport=httpx.MockTransport(answer))
    with VoyadoEngage(
        api_key=API_KEY, base_url="https://acme.voyado.com", user_agent="AcmeShop/2.1", http_client=http
    ) as sdk:
        sdk.orders.orders_register_order(request_body=Order.from_dict(order_payload))
    (request,) = seen
    assert request.method == "POST"
    assert request.url == "https://acme.voyado.com/api/v2/orders"
    assert request.headers["apikey"] == API_KEY
    assert request.headers["user-agent"].startswith("AcmeShop/2.1 voyado-engage-sdk/")
    assert request.headers["content-type"] == "application/json"
    assert json.loads(request.content) == order_payload
