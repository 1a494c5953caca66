"""What a spec change does to the SDK's behaviour, found by comparing the plans of two descriptions.

The shape diff (`spec.diff`) sees documents: a field added, a type changed. Some changes keep every call's shape and
change what it does: `x-voyado-idempotent: true` on `POST /api/v2/orders` would retry orders after a timeout (the
duplicate e-mails this SDK exists to prevent), a method renamed through `x-voyado-method-name`, an operation moved
to another service. Each such change of a plan is classified here: breaking (code that ran no longer does),
behaviour (it runs, and acts differently) or compatible (something added).
"""

from __future__ import annotations

from typing import Any

from ..runtime._retry import RetryPolicy
from ..spec.diff import BEHAVIOUR, BREAKING, COMPATIBLE, Change
from .operations import OperationPlan, plan_operations

_RETRIES = {
    RetryPolicy.IDEMPOTENT: "retried on timeouts and 5xx too: a request that may have reached Voyado is sent again",
    RetryPolicy.NOT_PROCESSED_ONLY: "retried only when provably not processed (no more retries after a timeout)",
}


def plan_changes(base: dict[str, Any], head: dict[str, Any]) -> list[Change]:
    """Every change of an operation's plan between two bundled descriptions (operations matched by operationId;
    an operation added or removed is the shape diff's to report)."""
    old, new = plan_operations(base), plan_operations(head)
    changes: list[Change] = []
    for operation_id in sorted(old.keys() & new.keys()):
        changes += _operation_changes(old[operation_id], new[operation_id])
    return changes


def _operation_changes(old: OperationPlan, new: OperationPlan) -> list[Change]:
    where = f"{new.http_method} {new.path}"
    found = []

    def change(kind: str, what: str) -> None:
        found.append(Change(kind, where, what))

    if old.service != new.service:
        gone = f"sdk.{old.service}.{old.method_name}"
        change(BREAKING, f"moved from sdk.{old.service} to sdk.{new.service} ({gone} is gone)")
    if old.method_name != new.method_name:
        kept = f"; sdk.{new.service}.{old.method_name} is gone" if old.method_name != new.alias else ""
        change(BREAKING, f"method renamed from {old.method_name} to {new.method_name}{kept}")
    if old.retry_policy != new.retry_policy:
        change(BEHAVIOUR, f"now {_RETRIES[new.retry_policy]}")
    if old.idempotency_header != new.idempotency_header:
        header = new.idempotency_header
        sends = f"sends a fresh {header} per call" if header else "sends no idempotency key"
        change(BEHAVIOUR, f"{sends} (was: {old.idempotency_header or 'none'})")
    if old.rules != new.rules:
        checked = f"the body is checked against the {new.rules} rules" if new.rules else "no rules are checked"
        change(BEHAVIOUR, f"{checked} before sending (was: {old.rules or 'none'})")
    if old.bulk != new.bulk:
        if old.bulk is None:
            change(COMPATIBLE, f"bulk method {new.bulk.name if new.bulk else ''} added")
        elif new.bulk is None or new.bulk.name != old.bulk.name:
            change(BREAKING, f"bulk method {old.bulk.name} removed or renamed")
        else:
            order = new.bulk.in_order_by or "nothing"
            change(BEHAVIOUR, f"bulk method {new.bulk.name} keeps items in order by {order}")
    old_errors, new_errors = dict(old.errors), dict(new.errors)
    for status in sorted(old_errors.keys() | new_errors.keys()):
        if old_errors.get(status) != new_errors.get(status):
            raised = new_errors.get(status)
            change(BEHAVIOUR, f"status {status} is {'now documented: ' + raised if raised else 'no longer documented'}")
    return found
