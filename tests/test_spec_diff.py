"""Semantic spec diff: each kind of change, from a pair of small fixture specs, is classified as it should be."""

from __future__ import annotations

import copy
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.__main__ import spec_diff
from generator.plan.changes import plan_changes
from generator.spec.diff import (
    BEHAVIOUR,
    BREAKING,
    COMPATIBLE,
    DOCS,
    changelog_entry,
    diff,
    prepend_changelog,
    report,
    suggest_bump,
)
from tests.conftest import ROOT, spec_document

FIXTURES = Path(__file__).parent / "fixtures" / "spec_diff"
BASE = yaml.safe_load((FIXTURES / "base.yaml").read_text(encoding="utf-8"))
EXPECTED = {
    "operation_removed": (BREAKING, "operation removed"),
    "path_changed": (BREAKING, "operation moved to GET /api/v2/shops/{externalId}"),
    "method_changed": (BREAKING, "operation moved to PUT /api/v2/stores/{externalId}"),
    "operation_renamed": (BREAKING, "renamed to Stores_FetchStore"),
    "field_removed": (BREAKING, "field removed"),
    "field_required": (BREAKING, "became required"),
    "type_changed": (BREAKING, "type changed from integer to string"),
    "format_changed": (BREAKING, "format changed from int32 to int64"),
    "enum_value_removed": (BREAKING, "enum value 'Webshop' removed"),
    "parameter_required": (BREAKING, "became required"),
    "bound_tightened": (BREAKING, "minimum changed from 1900 to 1950"),
    "operation_added": (COMPATIBLE, "operation Stores_GetStores added"),
    "optional_field_added": (COMPATIBLE, "optional field added"),
    "enum_value_added": (COMPATIBLE, "enum value 'Outlet' added"),
    "optional_parameter_added": (COMPATIBLE, "optional query parameter language added"),
    "description_changed": (DOCS, "description changed"),
    "summary_changed": (DOCS, "summary changed"),
}


def test_every_fixture_has_an_expectation() -> None:
    assert {path.stem for path in FIXTURES.glob("*.yaml")} - {"base"} == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_change_is_classified(name: str) -> None:
    kind, what = EXPECTED[name]
    changes = diff(BASE, yaml.safe_load((FIXTURES / f"{name}.yaml").read_text(encoding="utf-8")))
    assert changes, "the change was not seen"
    assert {change.kind for change in changes} == {kind}, [str(change) for change in changes]
    assert any(what in change.what for change in changes), [str(change) for change in changes]


def test_no_change_is_no_change() -> None:
    assert diff(BASE, BASE) == []


@pytest.mark.parametrize(
    ("fixture", "version", "expected"),
    [
        ("field_removed", "0.4.2", ("minor", "0.5.0")),
        ("field_removed", "1.4.2", ("major", "2.0.0")),
        ("operation_added", "1.4.2", ("minor", "1.5.0")),
        ("operation_added", "0.4.2", ("patch", "0.4.3")),
        ("summary_changed", "1.4.2", ("patch", "1.4.3")),
        ("base", "1.4.2", ("none", "1.4.2")),
    ],
)
def test_semver_suggestion(fixture: str, version: str, expected: tuple[str, str]) -> None:
    head = yaml.safe_load((FIXTURES / f"{fixture}.yaml").read_text(encoding="utf-8"))
    assert suggest_bump(diff(BASE, head), version) == expected


def test_changelog_entry_goes_before_the_first_release(tmp_path: Path) -> None:
    changelog = tmp_path / "CHANGELOG.md"
    changelog.write_text("# Changelog\n\nIntro.\n\n## 0.1.0\n\n- First.\n", encoding="utf-8")
    head = yaml.safe_load((FIXTURES / "field_removed.yaml").read_text(encoding="utf-8"))
    prepend_changelog(changelog, changelog_entry(diff(BASE, head), "v0.1.0", "0.1.0"))
    text = changelog.read_text(encoding="utf-8")
    assert text.index("## 0.2.0 (unreleased)") < text.index("## 0.1.0")
    assert "- schema Store.name: field removed" in text and text.startswith("# Changelog\n\nIntro.\n")


def test_spec_diff_command_against_a_git_revision() -> None:
    """The real spec against this checkout's HEAD: the working tree matches it, so no change and exit 0."""
    result = subprocess.run(
        [sys.executable, "-m", "generator", "spec-diff", "--base", "HEAD"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "spec changes since HEAD:" in result.stdout


def test_spec_diff_command_fails_on_breaking_changes_unless_allowed(tmp_path: Path) -> None:
    repository = tmp_path / "repo"
    (repository / "openapi").mkdir(parents=True)
    spec = repository / "openapi" / "openapi.yaml"
    spec.write_text((FIXTURES / "base.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.com"]
    subprocess.run(["git", "init", "-q"], cwd=repository, check=True)
    subprocess.run([*git, "add", "."], cwd=repository, check=True)
    subprocess.run([*git, "commit", "-qm", "base"], cwd=repository, check=True)
    spec.write_text((FIXTURES / "field_removed.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    (repository / "CHANGELOG.md").write_text("# Changelog\n\n## 1.0.0\n", encoding="utf-8")

    assert spec_diff(spec, "HEAD", allow_breaking=False, changelog=False, repository=repository) == 1
    assert spec_diff(spec, "HEAD", allow_breaking=True, changelog=True, repository=repository) == 0
    assert "field removed" in (repository / "CHANGELOG.md").read_text(encoding="utf-8")


def store_spec(field: dict[str, object], *, request: bool, response: bool) -> dict[str, object]:
    """A one-schema spec whose `Store.code` is `field`, used in a request body, a response, or both."""
    ref = {"$ref": "#/components/schemas/Store"}
    operations: dict[str, object] = {}
    if response:
        operations["get"] = {
            "operationId": "Stores_Get",
            "responses": {"200": {"description": "OK", "content": {"application/json": {"schema": ref}}}},
        }
    if request:
        operations["post"] = {
            "operationId": "Stores_Post",
            "requestBody": {"content": {"application/json": {"schema": ref}}},
            "responses": {"204": {"description": "No Content"}},
        }
    return {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {"/api/v2/stores": operations},
        "components": {"schemas": {"Store": {"type": "object", "properties": {"code": field}}}},
    }


S = {"type": "string"}
DIRECTED = [
    # (where the schema travels, before, after, verdict)
    ("response", {**S, "enum": ["A"]}, {**S, "enum": ["A", "B"]}, COMPATIBLE),
    ("response", {**S, "enum": ["A", "B"]}, {**S, "enum": ["A"]}, COMPATIBLE),
    ("request", {**S, "enum": ["A", "B"]}, {**S, "enum": ["A"]}, BREAKING),
    ("both", {**S, "enum": ["A", "B"]}, {**S, "enum": ["A"]}, BREAKING),
    ("request", {**S, "enum": ["A"]}, {**S, "enum": ["A", "B"]}, COMPATIBLE),
    ("request", S, {**S, "enum": ["A"]}, BREAKING),
    ("request", {**S, "minLength": 1}, {**S, "minLength": 3}, BREAKING),
    ("response", {**S, "minLength": 1}, {**S, "minLength": 3}, COMPATIBLE),
    ("request", {**S, "maxLength": 10}, {**S, "maxLength": 20}, COMPATIBLE),
    ("request", {**S, "maxLength": 20}, {**S, "maxLength": 10}, BREAKING),
    ("request", S, {**S, "maxLength": 10}, BREAKING),
    ("response", {**S, "maxLength": 10}, {**S, "maxLength": 20}, COMPATIBLE),
    ("request", S, {**S, "pattern": "^[A-Z]+$"}, BREAKING),
    ("request", {**S, "pattern": "^[A-Z]+$"}, {**S, "pattern": "^[A-Za-z]+$"}, BREAKING),
    ("request", {**S, "pattern": "^[A-Z]+$"}, S, COMPATIBLE),
    ("response", S, {**S, "pattern": "^[A-Z]+$"}, COMPATIBLE),
    ("request", {**S, "nullable": True}, S, BREAKING),
    ("request", S, {**S, "nullable": True}, COMPATIBLE),
    ("response", S, {**S, "nullable": True}, COMPATIBLE),
    ("request", {"type": "integer", "maximum": 10}, {"type": "integer", "maximum": 20}, COMPATIBLE),
    ("response", {"type": "integer", "maximum": 10}, {"type": "integer", "maximum": 20}, BREAKING),
    ("response", {"type": "integer", "maximum": 20}, {"type": "integer", "maximum": 10}, COMPATIBLE),
    ("request", {"type": "integer", "minimum": 0}, {"type": "integer"}, COMPATIBLE),
    ("request", {"type": "array", "items": S}, {"type": "array", "items": S, "minItems": 1}, BREAKING),
    ("request", {"type": "array", "items": S, "maxItems": 5}, {"type": "array", "items": S}, COMPATIBLE),
    ("both", S, {**S, "format": "date-time"}, BREAKING),
]


@pytest.mark.parametrize(("use", "before", "after", "verdict"), DIRECTED, ids=[str(i) for i in range(len(DIRECTED))])
def test_constraints_are_classified_by_where_the_schema_travels(
    use: str, before: dict[str, object], after: dict[str, object], verdict: str
) -> None:
    request, response = use in ("request", "both"), use in ("response", "both")
    changes = diff(
        store_spec(before, request=request, response=response), store_spec(after, request=request, response=response)
    )
    assert changes, "the change was not reported"
    assert {change.kind for change in changes} == {verdict}, [str(change) for change in changes]
    assert all(change.where == "schema Store.code" for change in changes)


def test_a_parameter_is_a_request_and_a_success_body_a_response() -> None:
    def spec(enum: list[str]) -> dict[str, object]:
        schema = {"type": "string", "enum": enum}
        operation = {
            "operationId": "Stores_Get",
            "parameters": [{"name": "kind", "in": "query", "schema": schema}],
            "responses": {"200": {"description": "OK", "content": {"application/json": {"schema": schema}}}},
        }
        return {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {"/s": {"get": operation}}}

    changes = diff(spec(["A", "B"]), spec(["A"]))
    verdicts = {("parameter" in change.where, change.kind) for change in changes}
    assert verdicts == {(True, BREAKING), (False, COMPATIBLE)}


# Behaviour: changes of the plans (what the SDK makes of an operation), on the real spec edited in memory.

ORDERS = ("/api/v2/orders", "post")


def _edited(edit: Callable[[dict[str, Any]], object]) -> dict[str, Any]:
    document = copy.deepcopy(spec_document())
    edit(document)
    return document


def _orders(document: dict[str, Any]) -> dict[str, Any]:
    operation: dict[str, Any] = document["paths"][ORDERS[0]][ORDERS[1]]
    return operation


PLAN_EDITS: dict[str, tuple[Callable[[dict[str, Any]], object], str, str]] = {
    "orders-become-idempotent": (
        lambda d: _orders(d).__setitem__("x-voyado-idempotent", True),
        BEHAVIOUR,
        "now retried on timeouts and 5xx too",
    ),
    "method-renamed": (
        lambda d: _orders(d).__setitem__("x-voyado-method-name", "submit"),
        BREAKING,
        "method renamed from register to submit; sdk.orders.register is gone",
    ),
    "moved-to-another-service": (
        lambda d: _orders(d).__setitem__("tags", ["Transactions"]),
        BREAKING,
        "moved from sdk.orders to sdk.transactions",
    ),
    "rules-dropped": (
        lambda d: d["components"]["schemas"]["Order"].pop("x-voyado-rules"),
        BEHAVIOUR,
        "no rules are checked before sending (was: order)",
    ),
    "bulk-dropped": (lambda d: _orders(d).pop("x-voyado-bulk"), BREAKING, "bulk method register_many removed"),
    "bulk-order-dropped": (
        lambda d: _orders(d)["x-voyado-bulk"].pop("in-order-by"),
        BEHAVIOUR,
        "keeps items in order by nothing",
    ),
    "error-documented": (
        lambda d: _orders(d)["responses"].__setitem__("409", {"description": "Conflict"}),
        BEHAVIOUR,
        "status 409 is now documented: ConflictError",
    ),
}


@pytest.mark.parametrize("name", sorted(PLAN_EDITS))
def test_a_change_of_behaviour_is_classified_from_the_plans(name: str) -> None:
    edit, kind, what = PLAN_EDITS[name]
    changes = plan_changes(spec_document(), _edited(edit))
    assert [(change.kind, change.where) for change in changes] == [(kind, "POST /api/v2/orders")], changes
    assert what in changes[0].what, changes[0].what


def test_the_same_plans_are_no_change() -> None:
    assert plan_changes(spec_document(), copy.deepcopy(spec_document())) == []


def test_a_behaviour_change_needs_the_same_consent_as_a_breaking_one() -> None:
    changes = plan_changes(spec_document(), _edited(PLAN_EDITS["orders-become-idempotent"][0]))
    assert suggest_bump(changes, "1.4.2") == ("major", "2.0.0")
    assert "1 behaviour" in report(changes, "v1.4.2", "1.4.2")
    assert "### Behaviour" in changelog_entry(changes, "v1.4.2", "1.4.2")
