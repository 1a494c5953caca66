# Generated from generator/runtime/_validation.py by `make generate`; do not edit.
"""Pre-flight checks of request bodies against Voyado's business rules, in `Decimal`.

Voyado rejects an order with 400/422 when "totalGrossPrice, totalTax, item quantities etc." do not add up; this
module finds those mistakes before the order is sent. Each rule says whether Voyado documents it or it is inferred.
Rules that Voyado enforces are errors; inferred consistency rules are warnings unless `strict=True`.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Mapping
from decimal import MAX_EMAX, MIN_EMIN, Context, Decimal, localcontext
from functools import lru_cache
from typing import Any, NamedTuple

from ._exceptions import Problem, RequestValidationError
from ._logging import logger
from ._model import Model, folded

DEFAULT_TOLERANCE = Decimal("0.01")
# The rules' own decimal context, whatever the caller has set (a low precision would round a sum into agreement, a
# trapped FloatOperation or Inexact would raise): 60 digits, exponents as wide as Decimal allows (so 1E+999999 adds
# up without overflow), and no traps (a comparison that is not a number counts as not adding up).
_RULES_CONTEXT = Context(prec=60, Emax=MAX_EMAX, Emin=MIN_EMIN, traps=[])
_FEES = ("freightFee", "handlingFee", "totalRoundOff")


class Rule(NamedTuple):
    """A business rule: its id, whether breaking it is an error, whether Voyado documents it, and what it checks
    (`order` or `receipt`)."""

    id: str
    error: bool
    documented: bool
    summary: str
    subject: str = "order"


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
        # Receipts (developer.voyado.com: "Receipts - field definitions", "Register a return"). A receipt cannot be
        # corrected once sent, so what Voyado documents is refused before sending.
        Rule("return-quantity", True, True, "a RETURN line has a negative quantity", "receipt"),
        Rule("return-price", True, True, "a RETURN line's grossPaidPrice is still positive (or zero)", "receipt"),
        Rule("return-total", True, True, "a receipt of RETURN lines only has a negative totalGrossPrice", "receipt"),
        Rule("purchase-quantity", False, False, "a PURCHASE line has a positive quantity", "receipt"),
        Rule(
            "receipt-total",
            False,
            False,
            "PURCHASE lines' grossPaidPrice minus RETURN lines' equals totalGrossPrice",
            "receipt",
        ),
        Rule("receipt-payments", False, False, "the paymentMethods values add up to totalGrossPrice", "receipt"),
        Rule("line-tax", False, False, "taxAmount is the tax in grossPaidPrice at taxPercent percent", "receipt"),
        Rule("discount-sign", False, False, "a line's discount values are negative (or zero)", "receipt"),
    )
}


Amount = int | float | Decimal


def to_decimal(value: Any) -> Decimal | None:
    """A JSON number as a Decimal; a float is read as its shortest repr, so 0.1 + 0.2 == 0.3 holds."""
    number = amount(value)
    return None if number is None else _exact(number)


def _exact(number: Amount) -> Decimal:
    if type(number) is float:
        return _float_to_decimal(number)
    return number if isinstance(number, Decimal) else Decimal(number)


def _exact_sum(numbers: list[Amount]) -> Decimal:
    return sum(map(_exact, numbers), Decimal(0))


def amount(value: Any) -> Amount | None:
    """A JSON number as given (`int`, `float` or `Decimal`), or None when absent, not a number or not finite."""
    kind = type(value)
    if kind is float:  # the common cases first
        return value if value - value == 0 else None
    if kind is int:
        return value  # type: ignore[no-any-return]
    if kind is Decimal:
        return value if value.is_finite() else None
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        return None
    if isinstance(value, Decimal):  # a subclass is read through Decimal's own methods, as the wire writes it
        return Decimal(value) if Decimal.is_finite(value) else None
    if isinstance(value, int):
        return int.__int__(value)
    number = float.__float__(value)
    return number if number - number == 0 else None


@lru_cache(maxsize=4096)
def _float_to_decimal(value: float) -> Decimal:
    # Orders repeat the same prices and tax rates, so most conversions are cache hits.
    return Decimal(repr(value))


# A float carries its decimal text to within 2**-53 of its size, and fsum and one product or subtraction add as
# much again: a float sum that clears the tolerance by more than this bound decides as the Decimal sum would.
_FLOAT_ERROR = 2.0**-50


class _Checker:
    """Compares sums of amounts with a total. Exact as `Decimal` (a float read as its shortest repr), but done in
    floats first (a `Decimal` read as its nearest float, which is as close as a float parsed from its text) and
    decided there when the result is not within rounding error of the tolerance."""

    def __init__(self, strict: bool, tolerance: Decimal) -> None:
        self.strict = strict
        self.tolerance = tolerance
        self.float_tolerance = float(tolerance)
        self.problems: list[Problem] = []

    def column(self, entries: list[Mapping[str, Any]], key: str) -> list[Amount | None]:
        """One key's amount in each entry (None where absent or not a number); floats and ints taken as they are."""
        return [
            value
            if (type(value) is float and value - value == 0) or type(value) is int or value is None
            else amount(value)
            for value in [entry.get(key) for entry in entries]
        ]

    def equal(self, rule_id: str, path: str, terms: list[Amount], actual: Amount, why: str, sign: int = 1) -> None:
        """`sign` x the sum of `terms` must equal `actual` within the tolerance."""
        self._compare(rule_id, path, terms, [actual], why, sign, lambda: sign * _exact_sum(terms))

    def equal_reversed(self, rule_id: str, path: str, expected: Amount, terms: list[Amount], why: str) -> None:
        """The sum of `terms` (what the body lists) must equal `expected` (its total) within the tolerance."""
        self._compare(rule_id, path, [expected], terms, why, 1, lambda: _exact(expected))

    def equal_product(self, rule_id: str, path: str, factors: tuple[Amount, Amount], actual: Amount, why: str) -> None:
        """`factors[0] x factors[1]` must equal `actual` within the tolerance."""
        first, second = factors
        terms: list[Amount] | None = None  # None: compared in Decimal only
        try:
            product = float(first) * float(second)
            terms = [product] if math.isfinite(product) else None
        except OverflowError:  # an integer beyond float range
            pass
        self._compare(rule_id, path, terms, [actual], why, 1, lambda: _exact(first) * _exact(second))

    def _compare(
        self,
        rule_id: str,
        path: str,
        expected: list[Amount] | None,
        actual: list[Amount],
        why: str,
        sign: int,
        exact_expected: Callable[[], Decimal],
    ) -> None:
        verdict = None if expected is None else self._float_verdict(expected, actual, sign)
        if verdict is True:
            return
        with localcontext(_RULES_CONTEXT):  # only where Decimal decides: the float path above needs no context
            want, got = exact_expected(), _exact_sum(actual)
            difference = abs(want - got)
            adds_up = difference.is_finite() and difference <= self.tolerance
        if verdict is False or not adds_up:
            self.report(rule_id, path, f"is {got}, expected {want} ({why})", want, got)

    def _float_verdict(self, expected: list[Amount], actual: list[Amount], sign: int) -> bool | None:
        """True or False when floats decide `|sign x sum(expected) - sum(actual)| <= tolerance` as Decimal would;
        None when only Decimal can: a number beyond float range, or a difference within rounding error of the
        tolerance."""
        try:
            floats, others = [float(value) for value in expected], [float(value) for value in actual]
            difference = abs(sign * math.fsum(floats) - math.fsum(others))
            size = math.fsum(map(abs, floats)) + math.fsum(map(abs, others)) + 1
        except (OverflowError, ValueError):  # beyond float range (an inf met a -inf)
            return None
        if not math.isfinite(size):
            return None
        bound = (len(floats) + len(others) + 4) * _FLOAT_ERROR * size
        if difference + bound <= self.float_tolerance:
            return True
        if difference - bound > self.float_tolerance:
            return False
        return None

    def report(self, rule_id: str, path: str, message: str, expected: Any, actual: Any) -> None:
        """Record a broken rule: an error if Voyado enforces it (or in strict mode), else a warning."""
        severity = "error" if RULES[rule_id].error or self.strict else "warning"
        self.problems.append(Problem(path, message, rule_id, expected, actual, severity))


def _objects(value: Any) -> list[Mapping[str, Any]]:
    """The objects of a JSON array (a body's items or payments); nothing when it is not an array (the schema says
    so, with its path: the rules only add up what is there)."""
    return [entry for entry in value if isinstance(entry, Mapping)] if isinstance(value, list | tuple) else []


def _text(number: Amount) -> str:
    """A number for a message: exact, or in scientific notation beyond 40 characters (a hostile integer of
    millions of digits neither fills a screen nor meets Python's limit on converting long integers to text)."""
    exact = _exact(number)
    text = str(exact)
    return text if len(text) <= 40 else format(exact, ".6E")


def _present(values: list[Amount | None]) -> list[Amount]:
    return [value for value in values if value is not None]


class _Lines:
    """The order lines' numbers, each read once, by column (None where absent or not a number)."""

    def __init__(self, items: list[Mapping[str, Any]], check: _Checker) -> None:
        self.paid = check.column(items, "grossPaidPrice")
        self.tax = check.column(items, "taxAmount")
        self.per_unit = check.column(items, "grossPaidPricePerUnit")
        self.quantity = check.column(items, "quantity")
        self.total_discount = check.column(items, "totalDiscount")
        self.items = items  # discounts and types are read only where a rule needs them

    def has_returns(self) -> bool:
        return any(str(item.get("type", "")).upper() == "RETURN" for item in self.items)


def _discount_values(discounts: Any, check: _Checker) -> list[Amount] | None:
    """A line's discount values, None when it lists none."""
    if not discounts or not isinstance(discounts, list | tuple):
        return None
    entries = [discount for discount in discounts if isinstance(discount, Mapping)]
    return _present(check.column(entries, "value")) if entries else None


def validate_order(
    order: Model | Mapping[str, Any], *, strict: bool = False, tolerance: Decimal = DEFAULT_TOLERANCE
) -> list[Problem]:
    """Every business-rule problem of an order (wire form in any key casing, or model), errors and warnings, with
    JSON paths."""
    return _problems(order, "an order", _order_problems, strict, tolerance)


def _problems(
    value: object,
    noun: str,
    rules: Callable[[Mapping[str, Any], bool, Decimal], list[Problem]],
    strict: bool,
    tolerance: Decimal,
) -> list[Problem]:
    """`rules` on a model's wire form, or on a plain body read in any key casing."""
    if isinstance(value, Model):
        return rules(value.to_dict(), strict, tolerance)
    if isinstance(value, Mapping):
        return rules(AnyCasing(value), strict, tolerance)
    return [Problem("", f"expected {noun} (an object), got {type(value).__name__}", expected="object")]


class AnyCasing(Mapping[str, Any]):
    """A plain body as Voyado's server reads it: a key the rules ask for is found in any casing of its ASCII
    letters, in nested objects too (what the SDK sends is in the spec's casing, so `check_order` needs none)."""

    __slots__ = ("_data",)

    def __init__(self, data: Mapping[Any, Any]) -> None:
        self._data = data

    def __getitem__(self, key: str) -> Any:
        if key in self._data:
            return _any_casing(self._data[key])
        wanted = folded(key)
        for each, value in self._data.items():
            if folded(each) == wanted:
                return _any_casing(value)
        raise KeyError(key)

    def __iter__(self) -> Iterator[Any]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)


def _any_casing(value: Any) -> Any:
    if isinstance(value, Mapping):
        return AnyCasing(value)
    if isinstance(value, list | tuple):
        return [_any_casing(item) for item in value]
    return value


def _order_problems(body: Mapping[str, Any], strict: bool, tolerance: Decimal) -> list[Problem]:
    check = _Checker(strict, tolerance)
    lines = _Lines(_objects(body.get("items")), check)
    fees = [fee for fee in (body.get(name) for name in _FEES) if isinstance(fee, Mapping)]
    total_gross = amount(body.get("totalGrossPrice"))
    if total_gross is not None:
        terms = _present(lines.paid + check.column(fees, "value"))
        check.equal("total-gross-price", "totalGrossPrice", terms, total_gross, "items' grossPaidPrice plus fee values")
    total_tax = amount(body.get("totalTax"))
    if total_tax is not None:
        terms = _present(lines.tax + check.column(fees, "tax"))
        check.equal("total-tax", "totalTax", terms, total_tax, "items' taxAmount plus fee taxes")
    _check_lines(check, lines)
    _check_totals(check, body, lines, total_gross, total_tax)
    return check.problems


def _check_lines(check: _Checker, lines: _Lines) -> None:
    # The per-line product in floats first (one line at a time through the general comparison is the slow part
    # of a large order); a line it cannot clear by more than rounding error is compared exactly.
    tolerance = check.float_tolerance
    triples = zip(lines.per_unit, lines.quantity, lines.paid, strict=True)
    for index, (per_unit, quantity, paid) in enumerate(triples):
        if per_unit is None or quantity is None or paid is None:
            continue
        try:  # a Decimal as its nearest float; beyond float range (inf, nan) nothing passes here
            given, product = float(paid), float(per_unit) * float(quantity)
            if abs(product - given) + 6 * _FLOAT_ERROR * (abs(product) + abs(given) + 1) <= tolerance:
                continue
        except OverflowError:  # an integer beyond float range: compared exactly below
            pass
        check.equal_product(
            "line-price",
            f"items[{index}].grossPaidPrice",
            (per_unit, quantity),
            paid,
            "grossPaidPricePerUnit x quantity",
        )
    for index, (item, total_discount) in enumerate(zip(lines.items, lines.total_discount, strict=True)):
        discounts = None if total_discount is None else _discount_values(item.get("discounts"), check)
        if discounts is not None and total_discount is not None:
            check.equal(
                "line-discount",
                f"items[{index}].totalDiscount",
                discounts,
                total_discount,
                "minus the sum of the line's discounts",
                sign=-1,
            )


def _check_totals(
    check: _Checker, body: Mapping[str, Any], lines: _Lines, total_gross: Amount | None, total_tax: Amount | None
) -> None:
    for rule, key, total, why in (
        ("tax-details", "taxDetails", total_tax, "sum of taxDetails values against totalTax"),
        ("payments", "paymentMethods", total_gross, "sum of payment values against totalGrossPrice"),
    ):
        entries = _objects(body.get(key))
        if entries and total is not None:
            values = _present(check.column(entries, "value"))
            check.equal_reversed(rule, key, total, values, why)
    total_discounts = amount(body.get("totalDiscounts"))
    if total_discounts is not None:
        check.equal(
            "total-discounts",
            "totalDiscounts",
            _present(lines.total_discount),
            total_discounts,
            "sum of the items' totalDiscount",
        )
    any_returns = body.get("anyReturnItems")
    if isinstance(any_returns, bool):
        has_returns = lines.has_returns()
        if any_returns != has_returns:
            message = f"is {str(any_returns).lower()}, but {'an' if has_returns else 'no'} item has type RETURN"
            check.report("any-return-items", "anyReturnItems", message, has_returns, any_returns)


def check_order(body: Mapping[str, Any]) -> None:
    """The order rules on a request body (`x-voyado-rules: order`): raise on errors, log warnings (paths only)."""
    _raise_or_log("Order", _order_problems(body, False, DEFAULT_TOLERANCE))


def _raise_or_log(subject: str, problems: list[Problem]) -> None:
    errors = [problem for problem in problems if problem.severity == "error"]
    if errors:
        raise RequestValidationError(errors, subject=subject)
    for problem in problems:
        logger.warning("%s: %s does not add up (rule %s)", subject, problem.path, problem.rule)


def validate_receipt(
    receipt: Model | Mapping[str, Any], *, strict: bool = False, tolerance: Decimal = DEFAULT_TOLERANCE
) -> list[Problem]:
    """Every business-rule problem of a receipt (wire form in any key casing, or model), errors and warnings, with
    JSON paths."""
    return _problems(receipt, "a receipt", _receipt_problems, strict, tolerance)


def check_receipt(body: Mapping[str, Any]) -> None:
    """The receipt rules on a request body (`x-voyado-rules: receipt`): raise on errors, log warnings."""
    _raise_or_log("Receipt", _receipt_problems(body, False, DEFAULT_TOLERANCE))


def _receipt_problems(body: Mapping[str, Any], strict: bool, tolerance: Decimal) -> list[Problem]:
    check = _Checker(strict, tolerance)
    items = _objects(body.get("items"))
    kinds = [str(item.get("type", "")).upper() for item in items]
    paid = check.column(items, "grossPaidPrice")
    for index, (item, kind, price) in enumerate(zip(items, kinds, paid, strict=True)):
        quantity = amount(item.get("quantity"))
        where = f"items[{index}]"
        if kind == "RETURN" and quantity is not None and quantity >= 0:
            check.report(
                "return-quantity", f"{where}.quantity", f"is {_text(quantity)} on a RETURN line", "< 0", quantity
            )
        if kind == "RETURN" and price is not None and price < 0:
            message = f"is {_text(price)} on a RETURN line: Voyado reads a return's price as positive"
            check.report("return-price", f"{where}.grossPaidPrice", message, ">= 0", price)
        if kind == "PURCHASE" and quantity is not None and quantity <= 0:
            message = f"is {_text(quantity)} on a PURCHASE line (a return is a RETURN line)"
            check.report("purchase-quantity", f"{where}.quantity", message, "> 0", quantity)
        _check_line_tax(check, item, where, price)
        for number, discount in enumerate(_discount_values(item.get("discounts"), check) or []):
            if discount > 0:
                message = f"is {_text(discount)}: a discount is the amount taken off, negative"
                check.report("discount-sign", f"{where}.discounts[{number}].value", message, "<= 0", discount)
    total = amount(body.get("totalGrossPrice"))
    if total is not None and items and all(kind == "RETURN" for kind in kinds) and total > 0:
        message = f"is {_text(total)} on a receipt of returns only"
        check.report("return-total", "totalGrossPrice", message, "< 0", total)
    signs_wrong = any(problem.rule in ("return-price", "return-total") for problem in check.problems)
    if total is not None and items and set(kinds) <= {"PURCHASE", "RETURN"} and None not in paid and not signs_wrong:
        signed = [-price if kind == "RETURN" else price for kind, price in zip(kinds, _present(paid), strict=True)]
        why = "PURCHASE lines' grossPaidPrice minus RETURN lines'"
        check.equal("receipt-total", "totalGrossPrice", signed, total, why)
    payments = _objects(body.get("paymentMethods"))
    if payments and total is not None:
        values = _present(check.column(payments, "value"))
        check.equal_reversed("receipt-payments", "paymentMethods", total, values, "sum of payment values")
    return check.problems


def _check_line_tax(check: _Checker, item: Mapping[str, Any], where: str, price: Amount | None) -> None:
    """taxAmount = grossPaidPrice x taxPercent / (100 + taxPercent): catches a rate given as 0.25 for 25 %."""
    tax, percent = amount(item.get("taxAmount")), amount(item.get("taxPercent"))
    if tax is None or percent is None or price is None or percent <= -100:
        return
    with localcontext(_RULES_CONTEXT):
        rate = _exact(percent) / (100 + _exact(percent))
        factors = (abs(_exact(price)), rate)
        check.equal_product("line-tax", f"{where}.taxAmount", factors, abs(_exact(tax)), "tax in grossPaidPrice")
