"""Unit tests of the runtime modules: retry decisions and the order business rules."""

from __future__ import annotations

import random
from decimal import Decimal
from typing import Any

import pytest

from voyado_engage import validate_order
from voyado_engage._retry import MAX_RETRY_AFTER, Outcome, RetryPolicy, backoff, decide, parse_retry_after
from voyado_engage._validation import RULES, to_decimal
from voyado_engage.models import Order

pytestmark = pytest.mark.quick


@pytest.mark.parametrize(
    ("policy", "outcome", "status", "retry"),
    [
        (RetryPolicy.NOT_PROCESSED_ONLY, Outcome.NOT_CONNECTED, None, True),
        (RetryPolicy.NOT_PROCESSED_ONLY, Outcome.NO_ANSWER, None, False),
        (RetryPolicy.NOT_PROCESSED_ONLY, Outcome.ANSWERED, 429, True),
        (RetryPolicy.NOT_PROCESSED_ONLY, Outcome.ANSWERED, 503, False),
        (RetryPolicy.NOT_PROCESSED_ONLY, Outcome.ANSWERED, 408, False),
        (RetryPolicy.IDEMPOTENT, Outcome.NO_ANSWER, None, True),
        (RetryPolicy.IDEMPOTENT, Outcome.ANSWERED, 503, True),
        (RetryPolicy.IDEMPOTENT, Outcome.ANSWERED, 408, True),
        (RetryPolicy.IDEMPOTENT, Outcome.ANSWERED, 400, False),
        (RetryPolicy.IDEMPOTENT, Outcome.ANSWERED, 520, False),
    ],
)
def test_retry_decisions(policy: RetryPolicy, outcome: Outcome, status: int | None, retry: bool) -> None:
    assert decide(policy, outcome, status=status, retries_done=0, max_retries=2).retry is retry


def test_retry_budget_is_respected() -> None:
    decision = decide(RetryPolicy.IDEMPOTENT, Outcome.NOT_CONNECTED, retries_done=2, max_retries=2)
    assert not decision.retry and "budget" in decision.reason


def test_backoff_grows_with_jitter_and_a_cap() -> None:
    rng = random.Random(7)
    delays = [backoff(n, rng) for n in range(8)]
    assert 0.25 <= delays[0] <= 0.5 and 0.5 <= delays[1] <= 1.0
    assert all(d <= 8.0 for d in delays) and delays[7] >= 4.0


def test_retry_after_in_seconds_and_as_a_date() -> None:
    assert parse_retry_after("3") == 3.0
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:10 GMT", now=1445412480.0) == 10.0
    assert parse_retry_after("soon") is None and parse_retry_after(None) is None
    decision = decide(
        RetryPolicy.NOT_PROCESSED_ONLY, Outcome.ANSWERED, status=429, retry_after="3600", retries_done=0, max_retries=2
    )
    assert decision.retry and decision.delay == MAX_RETRY_AFTER


def test_floats_are_read_as_their_shortest_repr() -> None:
    assert to_decimal(0.1) + to_decimal(0.2) == Decimal("0.3")  # type: ignore[operator]
    assert to_decimal(True) is None and to_decimal("1") is None


def rules_broken(payload: dict[str, Any], strict: bool = False) -> dict[str, str]:
    return {p.rule: p.severity for p in validate_order(payload, strict=strict)}


def test_a_consistent_order_has_no_problem(order_payload: dict[str, Any]) -> None:
    assert validate_order(order_payload, strict=True) == []
    assert validate_order(Order.from_dict(order_payload), strict=True) == []


@pytest.mark.parametrize(
    ("change", "rule"),
    [
        (lambda o: o.update(totalGrossPrice=600.0), "total-gross-price"),
        (lambda o: o["freightFee"].update(value=40.0), "total-gross-price"),
        (lambda o: o.update(totalTax=100.0), "total-tax"),
        (lambda o: o["freightFee"].update(tax=0.0), "total-tax"),
        (lambda o: o["items"][0].update(grossPaidPricePerUnit=150.0), "line-price"),
        (lambda o: o["taxDetails"][0].update(value=100.0), "tax-details"),
        (lambda o: o["paymentMethods"][0].update(value=500.0), "payments"),
        (lambda o: o["items"][1].update(totalDiscount=40.0), "line-discount"),
        (lambda o: o.update(totalDiscounts=10.0), "total-discounts"),
        (lambda o: o.update(anyReturnItems=True), "any-return-items"),
    ],
)
def test_each_rule_catches_its_mistake(order_payload: dict[str, Any], change: Any, rule: str) -> None:
    change(order_payload)
    found = rules_broken(order_payload)
    assert rule in found
    assert found[rule] == ("error" if RULES[rule].error else "warning")
    assert rules_broken(order_payload, strict=True)[rule] == "error"


def test_all_problems_are_listed_with_paths(order_payload: dict[str, Any]) -> None:
    order_payload.update(totalGrossPrice=1.0, totalTax=1.0)
    problems = validate_order(order_payload)
    assert {(p.path, p.rule) for p in problems if p.severity == "error"} == {
        ("totalGrossPrice", "total-gross-price"),
        ("totalTax", "total-tax"),
    }
    gross = next(p for p in problems if p.rule == "total-gross-price")
    assert gross.expected == Decimal("596.0") and gross.actual == Decimal("1.0")


def test_tolerance_absorbs_rounding(order_payload: dict[str, Any]) -> None:
    order_payload["totalGrossPrice"] = 596.004
    assert validate_order(order_payload) == []
    assert rules_broken(order_payload, strict=False) == {}
    assert "total-gross-price" in {p.rule for p in validate_order(order_payload, tolerance=Decimal("0.001"))}
