# Generated from generator/runtime/_validation.py by `make generate`; do not edit.
"""Pre-flight checks of request bodies against Voyado's business rules, in `Decimal`.

Voyado rejects an order with 400/422 when "totalGrossPrice, totalTax, item quantities etc." do not add up; this
module finds those mistakes before the order is sent. Each rule says whether Voyado documents it or it is inferred.
Rules that Voyado enforces are errors; inferred consistency rules are warnings unless `strict=True`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal, InvalidOperation
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
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        return None
    try:
        number = value if isinstance(value, Decimal) else Decimal(repr(value) if isinstance(value, float) else value)
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


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


def validate_order(
    order: Model | Mapping[str, Any], *, strict: bool = False, tolerance: Decimal = DEFAULT_TOLERANCE
) -> list[Problem]:
    """Every business-rule problem of an order (wire form or model), errors and warnings, with JSON paths."""
    body = order.to_dict() if isinstance(order, Model) else order
    check = _Checker(strict, tolerance)
    items = [item for item in body.get("items") or [] if isinstance(item, Mapping)]
    fees = [fee for fee in (body.get(name) for name in _FEES) if isinstance(fee, Mapping)]
    total_gross = to_decimal(body.get("totalGrossPrice"))
    if total_gross is not None:
        expected = _sum(to_decimal(item.get("grossPaidPrice")) for item in items)
        expected += _sum(to_decimal(fee.get("value")) for fee in fees)
        check.equal(
            "total-gross-price", "totalGrossPrice", expected, total_gross, "items' grossPaidPrice plus fee values"
        )
    total_tax = to_decimal(body.get("totalTax"))
    if total_tax is not None:
        expected = _sum(to_decimal(item.get("taxAmount")) for item in items)
        expected += _sum(to_decimal(fee.get("tax")) for fee in fees)
        check.equal("total-tax", "totalTax", expected, total_tax, "items' taxAmount plus fee taxes")
    _check_lines(check, items)
    _check_totals(check, body, items, total_gross, total_tax)
    return check.problems


def _check_lines(check: _Checker, items: list[Mapping[str, Any]]) -> None:
    for index, item in enumerate(items):
        per_unit = to_decimal(item.get("grossPaidPricePerUnit"))
        quantity = to_decimal(item.get("quantity"))
        paid = to_decimal(item.get("grossPaidPrice"))
        if per_unit is not None and quantity is not None and paid is not None:
            check.equal(
                "line-price",
                f"items[{index}].grossPaidPrice",
                per_unit * quantity,
                paid,
                "grossPaidPricePerUnit x quantity",
            )
        discounts = [d for d in item.get("discounts") or [] if isinstance(d, Mapping)]
        line_discount = to_decimal(item.get("totalDiscount"))
        if discounts and line_discount is not None:
            check.equal(
                "line-discount",
                f"items[{index}].totalDiscount",
                -_sum(to_decimal(d.get("value")) for d in discounts),
                line_discount,
                "minus the sum of the line's discounts",
            )


def _check_totals(
    check: _Checker,
    body: Mapping[str, Any],
    items: list[Mapping[str, Any]],
    total_gross: Decimal | None,
    total_tax: Decimal | None,
) -> None:
    tax_details = [d for d in body.get("taxDetails") or [] if isinstance(d, Mapping)]
    if tax_details and total_tax is not None:
        check.equal(
            "tax-details",
            "taxDetails",
            total_tax,
            _sum(to_decimal(d.get("value")) for d in tax_details),
            "sum of taxDetails values against totalTax",
        )
    payments = [p for p in body.get("paymentMethods") or [] if isinstance(p, Mapping)]
    if payments and total_gross is not None:
        check.equal(
            "payments",
            "paymentMethods",
            total_gross,
            _sum(to_decimal(p.get("value")) for p in payments),
            "sum of payment values against totalGrossPrice",
        )
    total_discounts = to_decimal(body.get("totalDiscounts"))
    if total_discounts is not None:
        check.equal(
            "total-discounts",
            "totalDiscounts",
            _sum(to_decimal(item.get("totalDiscount")) for item in items),
            total_discounts,
            "sum of the items' totalDiscount",
        )
    any_returns = body.get("anyReturnItems")
    if isinstance(any_returns, bool):
        has_returns = any(str(item.get("type", "")).upper() == "RETURN" for item in items)
        if any_returns != has_returns:
            message = f"is {str(any_returns).lower()}, but {'an' if has_returns else 'no'} item has type RETURN"
            check.report("any-return-items", "anyReturnItems", message, has_returns, any_returns)


_BODY_CHECKS: dict[str, Callable[[Mapping[str, Any]], list[Problem]]] = {"Order": validate_order}


def check_body(schema: str, body: Mapping[str, Any]) -> None:
    """Run the business rules of a request body's schema: raise on errors, log warnings (paths only, no data)."""
    check = _BODY_CHECKS.get(schema)
    if check is None:
        return
    problems = check(body)
    errors = [problem for problem in problems if problem.severity == "error"]
    if errors:
        raise RequestValidationError(errors, subject=schema)
    for problem in problems:
        logger.warning("%s: %s does not add up (rule %s)", schema, problem.path, problem.rule)
