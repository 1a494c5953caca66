"""Receipts get rules, as orders do: each problem listed with its JSON path and rule id, errors where Voyado
documents the rule (a receipt cannot be corrected once sent), warnings where the rule is inferred."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.conftest import EXAMPLES, load
from voyado_engage import RequestValidationError, VoyadoEngage, validate_receipt
from voyado_engage._validation import RULES
from voyado_engage.models import Receipt

pytestmark = pytest.mark.quick

VALID = sorted((EXAMPLES / "receipts" / "valid").glob("*.json"))
INVALID = sorted((EXAMPLES / "receipts" / "invalid").glob("*.json"))
VOYADO = sorted((EXAMPLES / "voyado").glob("*.json"))
RECEIPT_RULES = sorted(rule.id for rule in RULES.values() if rule.subject == "receipt")


def sending_client() -> tuple[VoyadoEngage, list[Any]]:
    sent: list[Any] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(json.loads(request.content))
        return httpx.Response(202)

    http = httpx.Client(transport=httpx.MockTransport(answer))
    return VoyadoEngage(api_key="k", base_url="https://tenant.example", http_client=http), sent


@pytest.mark.parametrize("path", VALID, ids=lambda p: p.stem)
def test_a_valid_receipt_breaks_no_rule(path: Path) -> None:
    assert validate_receipt(load(path), strict=True) == []


@pytest.mark.parametrize("path", VOYADO, ids=lambda p: p.stem)
def test_voyados_documented_receipts_break_no_documented_rule(path: Path) -> None:
    """Voyado's own examples pass every rule it documents; one of its return examples does not add up (a line of
    200.00 against a total of -400.00), which is a warning, as the add-up rule is inferred."""
    problems = validate_receipt(json.loads(path.read_text(encoding="utf-8"), parse_float=Decimal))
    assert [p for p in problems if p.severity == "error"] == []


@pytest.mark.parametrize("path", INVALID, ids=lambda p: p.stem)
def test_each_invalid_receipt_breaks_the_rule_it_names_and_only_that(path: Path) -> None:
    example = load(path)
    problems = validate_receipt(example["receipt"])
    assert [(p.rule, p.path) for p in problems] == [(example["rule"], example["path"])]
    rule = RULES[example["rule"]]
    assert problems[0].severity == ("error" if rule.error else "warning")
    assert [p.severity for p in validate_receipt(example["receipt"], strict=True)] == ["error"]


def test_every_receipt_rule_has_an_invalid_example() -> None:
    assert sorted({load(path)["rule"] for path in INVALID}) == RECEIPT_RULES


@pytest.mark.parametrize("path", INVALID, ids=lambda p: p.stem)
def test_the_client_refuses_a_documented_rule_before_sending_and_sends_an_inferred_one(path: Path) -> None:
    example = load(path)
    sdk, sent = sending_client()
    with sdk:
        if RULES[example["rule"]].error:
            with pytest.raises(RequestValidationError) as caught:
                sdk.transactions.import_receipts(request_body=example["receipt"])
            assert [(p.rule, p.path) for p in caught.value.errors] == [(example["rule"], example["path"])]
            assert sent == []
            sdk.transactions.import_receipts(request_body=example["receipt"], validate=False)
        else:
            sdk.transactions.import_receipts(request_body=Receipt.from_dict(example["receipt"]))
    assert len(sent) == 1


def test_every_problem_is_listed_at_once() -> None:
    receipt = load(EXAMPLES / "receipts" / "valid" / "return.json")
    receipt["items"][0].update(quantity=3, grossPaidPrice=-199.0)
    receipt["totalGrossPrice"] = 5
    found = {(p.rule, p.path) for p in validate_receipt(receipt)}
    assert {
        ("return-quantity", "items[0].quantity"),
        ("return-price", "items[0].grossPaidPrice"),
        ("return-total", "totalGrossPrice"),
    } <= found


def test_a_receipt_in_other_key_casing_is_checked_the_same() -> None:
    example = load(EXAMPLES / "receipts" / "invalid" / "return_with_positive_quantity.json")["receipt"]
    shouting = {key.upper(): value for key, value in example.items()}
    shouting["ITEMS"] = [{key.upper(): value for key, value in item.items()} for item in example["items"]]
    assert [(p.rule, p.path) for p in validate_receipt(shouting)] == [("return-quantity", "items[0].quantity")]


@pytest.mark.parametrize(
    "body",
    [
        {"totalGrossPrice": 1, "items": 5},
        {"totalGrossPrice": 1, "paymentMethods": 5, "items": True},
        {"items": [{"type": "RETURN", "quantity": 10**5000}]},
        {"items": [{"type": "RETURN", "quantity": -1, "grossPaidPrice": -(10**5000)}], "totalGrossPrice": 10**5000},
    ],
    ids=["items-a-number", "lists-not-lists", "huge-quantity", "huge-amounts"],
)
def test_rules_on_any_plain_body_list_problems_and_raise_nothing(body: Any) -> None:
    from voyado_engage import validate_order  # noqa: PLC0415

    for problems in (validate_receipt(body), validate_order({**body, "taxDetails": 1.5, "totalTax": 0})):
        assert all(len(problem.message) < 200 for problem in problems)
