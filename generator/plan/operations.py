"""What the SDK makes of each operation, decided once from the bundled description: one immutable value per
operation that the package templates, the reference docs and the spec diff all read.

The meaning of the operation-level `x-voyado-*` extensions lives here (names are `names.py`'s): how an operation is
retried (`x-voyado-idempotent`, with `x-voyado-idempotent-because` saying why a POST is safe to send again), the
header that carries a fresh idempotency key (`x-voyado-idempotency-key`), the business rules of its body
(`x-voyado-rules` on the body's schema) and its bulk method (`x-voyado-bulk`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..errors import SpecError
from ..runtime._exceptions import error_class
from ..runtime._retry import IDEMPOTENT_METHODS, RetryPolicy
from ..spec.bundle import body_schema_of, iter_operations, operation_parameters, resolve
from .names import BULK_EXTENSION, bulk_method_name, legacy_method_name, readable_method_name, service_name
from .parser import python_identifier

IDEMPOTENT_EXTENSION = "x-voyado-idempotent"
IDEMPOTENT_BECAUSE_EXTENSION = "x-voyado-idempotent-because"
IDEMPOTENCY_KEY_EXTENSION = "x-voyado-idempotency-key"
RULES_EXTENSION = "x-voyado-rules"


@dataclass(frozen=True)
class BulkPlan:
    """An operation's bulk method: its name, and the body field whose equal values go in order (if any)."""

    name: str
    in_order_by: str | None


@dataclass(frozen=True)
class OperationPlan:
    operation_id: str
    http_method: str  # upper case: "POST"
    path: str  # as the spec writes it: "/api/v2/contacts/{contactId}"
    service: str  # the client attribute it is reached through: "contacts"
    method_name: str  # "get_by_id"
    alias: str | None  # the published SDK's name for the same method, when it differs
    retry_policy: RetryPolicy
    retry_because: str | None  # why a POST or PATCH is safe to send again, when it is
    idempotency_header: str | None  # filled with a fresh key per call, the same on its retries
    rules: str | None  # the business rules of the body (`order`), if any
    bulk: BulkPlan | None
    errors: tuple[tuple[int, str], ...]  # each documented error status with the exception it raises

    @property
    def endpoint_name(self) -> str:
        """The name openapi-python-client gives the operation's endpoint (its operationId as an identifier)."""
        return python_identifier(self.operation_id, "field_")


def retry_policy_for(method: str, declared: object) -> RetryPolicy:
    """An operation's retry policy: `x-voyado-idempotent` when declared, else what the method implies."""
    idempotent = declared if isinstance(declared, bool) else method.upper() in IDEMPOTENT_METHODS
    return RetryPolicy.IDEMPOTENT if idempotent else RetryPolicy.NOT_PROCESSED_ONLY


def plan_operations(document: dict[str, Any]) -> dict[str, OperationPlan]:
    """Every operation of a bundled description, by operationId. The names were checked (`names.check_spec`)."""
    return {plan.operation_id: plan for plan in (_plan(document, *found) for found in iter_operations(document))}


def _plan(document: dict[str, Any], method: str, path: str, operation: dict[str, Any]) -> OperationPlan:
    parameters = operation_parameters(document, operation)
    header = next(
        (p["name"] for p in parameters if p.get(IDEMPOTENCY_KEY_EXTENSION) is True and p.get("in") == "header"), None
    )
    retry = retry_policy_for(method, operation.get(IDEMPOTENT_EXTENSION))
    because = None
    if retry is RetryPolicy.IDEMPOTENT and method.upper() not in IDEMPOTENT_METHODS:
        reason = operation.get(IDEMPOTENT_BECAUSE_EXTENSION)
        because = (
            "each call carries a fresh `Idempotency-Key`, the same on its retries"
            if header is not None
            else (reason if isinstance(reason, str) else None)
        )
    schema = body_schema_of(operation) or {}
    ref = str(schema.get("$ref", ""))
    rules = resolve(document, schema, "schemas").get(RULES_EXTENSION) if ref.startswith("#/components/") else None
    if rules is not None and not isinstance(rules, str):
        raise SpecError(f"{ref}: {RULES_EXTENSION}: {rules!r} names no rule set of the runtime")
    bulk_name = bulk_method_name(operation)
    bulk = None if bulk_name is None else BulkPlan(bulk_name, operation[BULK_EXTENSION].get("in-order-by"))
    method_name, legacy = readable_method_name(operation), legacy_method_name(operation)
    errors = tuple(
        (int(code), error_class(int(code)).__name__)
        for code in (operation.get("responses") or {})
        if str(code).isdigit() and not str(code).startswith("2")
    )
    return OperationPlan(
        operation_id=str(operation.get("operationId", "")),
        http_method=method.upper(),
        path=path,
        service=service_name(str((operation.get("tags") or ["default"])[0])),
        method_name=method_name,
        alias=None if legacy == method_name else legacy,
        retry_policy=retry,
        retry_because=because,
        idempotency_header=header,
        rules=rules,
        bulk=bulk,
        errors=errors,
    )
