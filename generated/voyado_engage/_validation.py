# Generated from generator/runtime/_validation.py by `make generate`; do not edit.
"""Pre-flight checks of request bodies against Voyado's business rules, in `Decimal`.

Voyado rejects an order with 400/422 when "totalGrossPrice, totalTax, item quantities etc." do not add up; this
module finds those mistakes before the order is sent. Each rule says whether Voyado documents it or it is inferred.
Rules that Voyado enforces are errors; inferred consistency rules are warnings unless `strict=True`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal
from functools import lru_cache
from typing import Any, NamedTuple

from ._exceptions import Problem, RequestValidationError
from ._logging import logger
from ._model import Model

DEFAULT_TOLERANCE = Decimal("0.01")
_FEES = ("freightFee", "handlingFee", "totalRoundOff")


class Rule(NamedTuple):
    """A business rule: its id, whether breaking it is an error, and whether Voyado documents it."""

    id: str
    error: bool
    documented: bool
    summary: str


RULES = {
    rule.id: rule
    for rule in (
        Rule(
            "total-gross-price",
            True,
            True,
            "sum of items' grossPaidPrice plus fee values (freight, handling, round-off) equals totalGrossPrice",
        ),
        Rule("total-tax", True, True, "sum of items' taxAmount plus fee taxes equals totalTax, when totalTax is sent"),
        Rule("line-price", False, False, "grossPaidPricePerUnit x quantity equals grossPaidPrice"),
        Rule("tax-details", False, False, "the taxDetails values add up to totalTax"),
        Rule("payments", False, False, "the paymentMethods values add up to totalGrossPrice"),
        Rule("line-discount", False, False, "an item's totalDiscount equals minus the sum of its discounts"),
        Rule("total-discounts", False, False, "totalDiscounts equals the sum of the items' totalDiscount"),
        Rule("any-return-items", False, False, "anyReturnItems is true exactly when an item has type RETURN"),
    )
}


def to_decimal(value: Any) -> Decimal | None:
    """A JSON number as a Decimal; a float is read as its shortest repr, so 0.1 + 0.2 == 0.3 holds."""
    if type(value) is float:  # the common case first
        return _float_to_decimal(value) if value - value == 0 else None
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        return None
    if isinstance(value, Decimal):
        return value if value.is_finite() else None
    if isinstance(value, int):
        return Decimal(value)
    return _float_to_decimal(float(value)) if value - value == 0 else None  # NaN and infinities are not numbers


@lru_cache(maxsize=4096)
def _float_to_decimal(value: float) -> Decimal:
    # Orders repeat the same prices and tax rates, so most conversions are cache hits.
    return Decimal(repr(value))


class _Checker:
    def __init__(self, strict: bool, tolerance: Decimal) -> None:
        self.strict = strict
        self.tolerance = tolerance
        self.problems: list[Problem] = []

    def equal(self, rule_id: str, path: str, expected: Decimal, actual: Decimal, why: str) -> None:
        if abs(expected - actual) > self.tolerance:
            self.report(rule_id, path, f"is {actual}, expected {expected} ({why})", expected, actual)

    def report(self, rule_id: str, path: str, message: str, expected: Any, actual: Any) -> None:
        """Record a broken rule: an error if Voyado enforces it (or in strict mode), else a warning."""
        severity = "error" if RULES[rule_id].error or self.strict else "warning"
        self.problems.append(Problem(path, message, rule_id, expected, actual, severity))


def _sum(values: Iterable[Decimal | None]) -> Decimal:
    return sum((value for value in values if value is not None), Decimal(0))


class _Line(NamedTuple):
    """An order line's numbers, each read once (as Decimal, None when absent or not a number)."""

    paid: Decimal | None
    tax: Decimal | None
    per_unit: Decimal | None
    quantity: Decimal | None
    total_discount: Decimal | None
    discounts: Decimal | None  # the sum of the line's discount values, None when it lists none
    is_return: bool


def _read_lines(items: list[Mapping[str, Any]]) -> list[_Line]:
    lines = []
    for item in items:
        discounts = [d for d in item.get("discounts") or [] if isinstance(d, Mapping)]
        lines.append(
            _Line(
                to_decimal(item.get("grossPaidPrice")),
                to_decimal(item.get("taxAmount")),
                to_decimal(item.get("grossPaidPricePerUnit")),
                to_decimal(item.get("quantity")),
                to_decimal(item.get("totalDiscount")),
                _sum(to_decimal(d.get("value")) for d in discounts) if discounts else None,
                str(item.get("type", "")).upper() == "RETURN",
            )
        )
    return lines


def validate_order(
    order: Model | Mapping[str, Any], *, strict: bool = False, tolerance: Decimal = DEFAULT_TOLERANCE
) -> list[Problem]:
    """Every business-rule problem of an order (wire form or model), errors and warnings, with JSON paths."""
    body = order.to_dict() if isinstance(order, Model) else order
    check = _Checker(strict, tolerance)
    lines = _read_lines([item for item in body.get("items") or [] if isinstance(item, Mapping)])
    fees = [fee for fee in (body.get(name) for name in _FEES) if isinstance(fee, Mapping)]
    total_gross = to_decimal(body.get("totalGrossPrice"))
    if total_gross is not None:
        expected = _sum(line.paid for line in lines) + _sum(to_decimal(fee.get("value")) for fee in fees)
        check.equal(
            "total-gross-price", "totalGrossPrice", expected, total_gross, "items' grossPaidPrice plus fee values"
        )
    total_tax = to_decimal(body.get("totalTax"))
    if total_tax is not None:
        expected = _sum(line.tax for line in lines) + _sum(to_decimal(fee.get("tax")) for fee in fees)
        check.equal("total-tax", "totalTax", expected, total_tax, "items' taxAmount plus fee taxes")
    _check_lines(check, lines)
    _check_totals(check, body, lines, total_gross, total_tax)
    return check.problems


def _check_lines(check: _Checker, lines: list[_Line]) -> None:
    for index, line in enumerate(lines):
        if line.per_unit is not None and line.quantity is not None and line.paid is not None:
            check.equal(
                "line-price",
                f"items[{index}].grossPaidPrice",
                line.per_unit * line.quantity,
                line.paid,
                "grossPaidPricePerUnit x quantity",
            )
        if line.discounts is not None and line.total_discount is not None:
            check.equal(
                "line-discount",
                f"items[{index}].totalDiscount",
                -line.discounts,
                line.total_discount,
                "minus the sum of the line's discounts",
            )


def _check_totals(
    check: _Checker, body: Mapping[str, Any], lines: list[_Line], total_gross: Decimal | None, total_tax: Decimal | None
) -> None:
    for rule, key, total, why in (
        ("tax-details", "taxDetails", total_tax, "sum of taxDetails values against totalTax"),
        ("payments", "paymentMethods", total_gross, "sum of payment values against totalGrossPrice"),
    ):
        entries = [entry for entry in body.get(key) or [] if isinstance(entry, Mapping)]
        if entries and total is not None:
            check.equal(rule, key, total, _sum(to_decimal(entry.get("value")) for entry in entries), why)
    total_discounts = to_decimal(body.get("totalDiscounts"))
    if total_discounts is not None:
        check.equal(
            "total-discounts",
            "totalDiscounts",
            _sum(line.total_discount for line in lines),
            total_discounts,
            "sum of the items' totalDiscount",
        )
    any_returns = body.get("anyReturnItems")
    if isinstance(any_returns, bool):
        has_returns = any(line.is_return for line in lines)
        if any_returns != has_returns:
            message = f"is {str(any_returns).lower()}, but {'an' if has_returns else 'no'} item has type RETURN"
            check.report("any-return-items", "anyReturnItems", message, has_returns, any_returns)


def check_order(body: Mapping[str, Any]) -> None:
    """The order rules on a request body (`x-voyado-rules: order`): raise on errors, log warnings (paths only)."""
    problems = validate_order(body)
    errors = [problem for problem in problems if problem.severity == "error"]
    if errors:
        raise RequestValidationError(errors, subject="Order")
    for problem in problems:
        logger.warning("Order: %s does not add up (rule %s)", problem.path, problem.rule)
