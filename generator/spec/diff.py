"""Semantic diff of two API descriptions: which changes break callers of the generated SDK, which do not.

Breaking: an operation, parameter, schema or field removed; a path or method changed; a field or parameter
becoming required (or added as required); a type, format or `$ref` changed; an operationId changed (the method is
renamed). Compatible: operations, optional fields and parameters added; a field no longer required. Docs: summaries
and descriptions. Behaviour: the same calls, acting differently (`plan.changes` finds them in the plans: a retry
policy, an idempotency key, a rule set, a documented error); released like a breaking change.

Constraints (enum values, `minimum`/`maximum`, `minLength`/`maxLength`, `minItems`/`maxItems`, `pattern`,
`nullable`) are classified by where the schema is used. In a request, tightening breaks callers whose values were
allowed before, and loosening is compatible. In a response, tightening is compatible (Voyado sends less variety);
loosening breaks only what the SDK enforces when it reads: numeric bounds. Enums in responses are open (an unknown
value is kept), so a response enum value added or removed is compatible, and a request enum value removed breaks.
A schema used both ways gets the stricter verdict.
"""

from __future__ import annotations

import re
import subprocess
import tarfile
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import Any

from ..errors import SpecError
from .bundle import body_schema_of, bundle, iter_operations, operation_parameters, ref_name, success_schemas

BREAKING, BEHAVIOUR, COMPATIBLE, DOCS = "breaking", "behaviour", "compatible", "docs"
KINDS = (BREAKING, BEHAVIOUR, COMPATIBLE, DOCS)  # most serious first
TEXT_KEYS = ("description", "summary", "title", "example", "examples")
REQUEST, RESPONSE = "request", "response"
BOTH = frozenset({REQUEST, RESPONSE})
Uses = frozenset[str]
# Bounds, and whether a larger value tightens them. Only numeric bounds are enforced when the SDK reads a response.
LOWER_BOUNDS = ("minimum", "minLength", "minItems")
UPPER_BOUNDS = ("maximum", "maxLength", "maxItems")
ENFORCED_ON_READ = frozenset({"minimum", "maximum"})


@dataclass(frozen=True)
class Change:
    kind: str
    where: str
    what: str

    def __str__(self) -> str:
        return f"{self.kind:<10} {self.where}: {self.what}"


def _params(document: dict[str, Any], operation: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    return {(parameter["in"], parameter["name"]): parameter for parameter in operation_parameters(document, operation)}


def _constraint(uses: Uses, *, tightened: bool, enforced_on_read: bool) -> str:
    """The verdict on a constraint change, by the directions its schema travels in."""
    verdicts = set()
    if REQUEST in uses:
        verdicts.add(BREAKING if tightened else COMPATIBLE)
    if RESPONSE in uses:
        verdicts.add(BREAKING if enforced_on_read and not tightened else COMPATIBLE)
    return BREAKING if BREAKING in verdicts else COMPATIBLE


def _bound_changes(where: str, old: dict[str, Any], new: dict[str, Any], uses: Uses) -> Iterator[Change]:
    for key in (*LOWER_BOUNDS, *UPPER_BOUNDS):
        before, after = old.get(key), new.get(key)
        if before == after:
            continue
        if before is None or after is None:
            tightened = before is None  # a bound where there was none
        else:
            tightened = after > before if key in LOWER_BOUNDS else after < before
        verdict = _constraint(uses, tightened=tightened, enforced_on_read=key in ENFORCED_ON_READ)
        yield Change(verdict, where, f"{key} changed from {before} to {after}")
    if old.get("pattern") != new.get("pattern"):
        # A new or different pattern may refuse what was allowed; a pattern dropped allows everything.
        tightened = new.get("pattern") is not None
        verdict = _constraint(uses, tightened=tightened, enforced_on_read=False)
        yield Change(verdict, where, f"pattern changed from {old.get('pattern')!r} to {new.get('pattern')!r}")
    if bool(old.get("nullable")) != bool(new.get("nullable")):
        tightened = not new.get("nullable")
        verdict = _constraint(uses, tightened=tightened, enforced_on_read=False)
        yield Change(verdict, where, "no longer nullable" if tightened else "became nullable")


def _enum_changes(where: str, old: dict[str, Any], new: dict[str, Any], uses: Uses) -> Iterator[Change]:
    old_enum, new_enum = old.get("enum"), new.get("enum")
    if old_enum is None and new_enum is None:
        return
    if new_enum is None:
        yield Change(COMPATIBLE, where, "enum dropped (any value allowed)")
    elif old_enum is None:
        yield Change(_constraint(uses, tightened=True, enforced_on_read=False), where, f"now limited to {new_enum}")
    else:
        for value in old_enum:
            if value not in new_enum:
                verdict = _constraint(uses, tightened=True, enforced_on_read=False)
                yield Change(verdict, where, f"enum value {value!r} removed")
        for value in new_enum:
            if value not in old_enum:
                yield Change(COMPATIBLE, where, f"enum value {value!r} added")


def compare_schema(
    where: str, old: dict[str, Any] | None, new: dict[str, Any] | None, uses: Uses = BOTH
) -> Iterator[Change]:
    """The changes from one schema to another (refs are compared by name; components are compared on their own).

    `uses` says whether the schema travels in requests, responses or both: it decides the constraint verdicts.
    """
    old, new = old or {}, new or {}
    if old.get("$ref") != new.get("$ref"):
        yield Change(BREAKING, where, f"type changed from {_shape(old)} to {_shape(new)}")
        return
    if "$ref" in old:
        return
    for key in ("type", "format"):
        if old.get(key) != new.get(key):
            yield Change(BREAKING, where, f"{key} changed from {old.get(key)} to {new.get(key)}")
    yield from _enum_changes(where, old, new, uses)
    yield from _bound_changes(where, old, new, uses)
    if "items" in old or "items" in new:
        yield from compare_schema(f"{where}[]", old.get("items"), new.get("items"), uses)
    yield from _compare_properties(where, old, new, uses)
    for key in TEXT_KEYS:
        if old.get(key) != new.get(key):
            yield Change(DOCS, where, f"{key} changed")


def _compare_properties(where: str, old: dict[str, Any], new: dict[str, Any], uses: Uses) -> Iterator[Change]:
    old_props, new_props = old.get("properties") or {}, new.get("properties") or {}
    old_required, new_required = set(old.get("required") or []), set(new.get("required") or [])
    for name in old_props:
        if name not in new_props:
            yield Change(BREAKING, f"{where}.{name}", "field removed")
    for name in new_props:
        if name not in old_props:
            kind = BREAKING if name in new_required else COMPATIBLE
            yield Change(
                kind, f"{where}.{name}", "required field added" if kind == BREAKING else "optional field added"
            )
        else:
            yield from compare_schema(f"{where}.{name}", old_props[name], new_props[name], uses)
    for name in sorted((new_required - old_required) & set(old_props)):
        yield Change(BREAKING, f"{where}.{name}", "became required")
    for name in sorted((old_required - new_required) & set(new_props)):
        yield Change(COMPATIBLE, f"{where}.{name}", "no longer required")


def _shape(schema: dict[str, Any]) -> str:
    if "$ref" in schema:
        return ref_name(str(schema["$ref"]))
    return str(schema.get("type", "any"))


def _compare_operation(
    where: str, base: dict[str, Any], head: dict[str, Any], old: dict[str, Any], new: dict[str, Any]
) -> Iterator[Change]:
    if old.get("operationId") != new.get("operationId"):
        yield Change(
            BREAKING,
            where,
            f"operationId {old.get('operationId')} renamed to {new.get('operationId')} (the SDK method is renamed)",
        )
    old_params, new_params = _params(base, old), _params(head, new)
    for key in old_params:
        if key not in new_params:
            yield Change(BREAKING, where, f"{key[0]} parameter {key[1]} removed")
    for key, parameter in new_params.items():
        label = f"{where} {key[0]} parameter {key[1]}"
        if key not in old_params:
            required = bool(parameter.get("required"))
            yield Change(
                BREAKING if required else COMPATIBLE,
                where,
                f"{'required' if required else 'optional'} {key[0]} parameter {key[1]} added",
            )
            continue
        before = old_params[key]
        if parameter.get("required") and not before.get("required"):
            yield Change(BREAKING, label, "became required")
        elif before.get("required") and not parameter.get("required"):
            yield Change(COMPATIBLE, label, "no longer required")
        yield from compare_schema(label, before.get("schema"), parameter.get("schema"), frozenset({REQUEST}))
    old_body, new_body = body_schema_of(old), body_schema_of(new)
    if old_body is None and new_body is not None:
        yield Change(BREAKING, where, "request body added")
    elif old_body is not None and new_body is None:
        yield Change(BREAKING, where, "request body removed")
    elif old_body is not None:
        yield from compare_schema(f"{where} body", old_body, new_body, frozenset({REQUEST}))
    old_success, new_success = success_schemas(base, old), success_schemas(head, new)
    for status in old_success:
        if status not in new_success:
            yield Change(BREAKING, where, f"success response {status} removed")
    for status, schema in new_success.items():
        if status in old_success:
            yield from compare_schema(f"{where} response {status}", old_success[status], schema, frozenset({RESPONSE}))
        else:
            yield Change(COMPATIBLE, where, f"success response {status} added")
    for text_key in TEXT_KEYS:
        if old.get(text_key) != new.get(text_key):
            yield Change(DOCS, where, f"{text_key} changed")


def schema_uses(document: dict[str, Any]) -> dict[str, Uses]:
    """For each component schema, whether it travels in requests, responses or both (through any reference)."""
    schemas = (document.get("components") or {}).get("schemas") or {}
    uses: dict[str, set[str]] = {}

    def mark(node: Any, use: str) -> None:
        pending = [node]
        while pending:
            current = pending.pop()
            if isinstance(current, list):
                pending.extend(current)
            elif isinstance(current, dict):
                ref = current.get("$ref")
                if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
                    name = ref_name(ref)
                    if use not in uses.setdefault(name, set()) and name in schemas:
                        uses[name].add(use)
                        pending.append(schemas[name])
                pending.extend(value for key, value in current.items() if key != "$ref")

    for _method, _path, operation in iter_operations(document):
        mark([parameter.get("schema") for parameter in _params(document, operation).values()], REQUEST)
        mark(body_schema_of(operation), REQUEST)
        mark(list(success_schemas(document, operation).values()), RESPONSE)
    return {name: frozenset(found) for name, found in uses.items()}


def diff(base: dict[str, Any], head: dict[str, Any]) -> list[Change]:
    """Every change from the `base` description to the `head` one, both bundled documents."""
    changes: list[Change] = []
    old_ops = {(method, path): op for method, path, op in iter_operations(base)}
    new_ops = {(method, path): op for method, path, op in iter_operations(head)}
    for key, operation in old_ops.items():
        where = f"{key[0].upper()} {key[1]}"
        if key not in new_ops:
            moved = [
                f"{m.upper()} {p}"
                for (m, p), op in new_ops.items()
                if op.get("operationId") == operation.get("operationId") and (m, p) not in old_ops
            ]
            what = f"operation moved to {moved[0]} (path or method changed)" if moved else "operation removed"
            changes.append(Change(BREAKING, where, what))
        else:
            changes += _compare_operation(where, base, head, operation, new_ops[key])
    removed_ids = {op.get("operationId") for key, op in old_ops.items() if key not in new_ops}
    for key, operation in new_ops.items():
        if key not in old_ops and operation.get("operationId") not in removed_ids:
            changes.append(
                Change(COMPATIBLE, f"{key[0].upper()} {key[1]}", f"operation {operation.get('operationId')} added")
            )
    old_schemas = (base.get("components") or {}).get("schemas") or {}
    new_schemas = (head.get("components") or {}).get("schemas") or {}
    old_uses, new_uses = schema_uses(base), schema_uses(head)
    for name, schema in old_schemas.items():
        if name not in new_schemas:
            changes.append(Change(BREAKING, f"schema {name}", "removed"))
        else:
            uses = old_uses.get(name, frozenset()) | new_uses.get(name, frozenset()) or BOTH  # unused: assume both
            changes += compare_schema(f"schema {name}", schema, new_schemas[name], uses)
    changes += [Change(COMPATIBLE, f"schema {name}", "added") for name in new_schemas if name not in old_schemas]
    return changes


def suggest_bump(changes: list[Change], version: str) -> tuple[str, str]:
    """The semver part to bump and the next version (while the major version is 0, breaking bumps the minor)."""
    match = re.match(r"(\d+)\.(\d+)\.(\d+)", version)
    if match is None:
        raise SpecError(f"version {version!r} is not MAJOR.MINOR.PATCH")
    major, minor, patch = (int(part) for part in match.groups())
    kinds = {change.kind for change in changes}
    if BREAKING in kinds or BEHAVIOUR in kinds:
        part = "minor" if major == 0 else "major"
    elif COMPATIBLE in kinds:
        part = "patch" if major == 0 else "minor"
    elif DOCS in kinds:
        part = "patch"
    else:
        return "none", version
    bumped = {"major": (major + 1, 0, 0), "minor": (major, minor + 1, 0), "patch": (major, minor, patch + 1)}[part]
    return part, ".".join(str(number) for number in bumped)


def report(changes: list[Change], base_label: str, version: str) -> str:
    part, next_version = suggest_bump(changes, version)
    counts = {kind: sum(change.kind == kind for change in changes) for kind in KINDS}
    lines = [f"spec changes since {base_label}: " + ", ".join(f"{counts[kind]} {kind}" for kind in KINDS)]
    lines += [f"  {change}" for change in sorted(changes, key=lambda c: (KINDS.index(c.kind), c.where, c.what))]
    lines.append(
        "suggested version: no release needed"
        if part == "none"
        else f"suggested version: {next_version} ({part} bump from {version})"
    )
    return "\n".join(lines)


def changelog_entry(changes: list[Change], base_label: str, version: str) -> str:
    _, next_version = suggest_bump(changes, version)
    titles = {
        BREAKING: "Breaking",
        BEHAVIOUR: "Behaviour (the same calls act differently)",
        COMPATIBLE: "Added or relaxed",
        DOCS: "Documentation",
    }
    parts = [f"## {next_version} (unreleased)", "", f"Spec changes since {base_label}:", ""]
    for kind, title in titles.items():
        entries = [change for change in changes if change.kind == kind]
        if entries:
            parts += [f"### {title}", ""] + [f"- {change.where}: {change.what}" for change in entries] + [""]
    return "\n".join(parts)


def prepend_changelog(changelog: Path, entry: str) -> None:
    """Insert `entry` before the first release heading of the changelog (after its introduction)."""
    text = changelog.read_text(encoding="utf-8")
    index = text.find("\n## ")
    head, tail = (text, "") if index < 0 else (text[: index + 1], text[index + 1 :])
    changelog.write_text(f"{head}{entry}\n{tail}", encoding="utf-8")


def commit_of(repository: Path, revision: str) -> str:
    """The commit `revision` names, as a full hash; anything else (an option, a path, a typo) is refused.

    The revision is data: it never reaches git as an option (`--end-of-options`), and only the resolved hash is
    passed on.
    """
    if not revision or revision.startswith("-") or len(revision) > 256 or any(ord(c) < 0x21 for c in revision):
        raise SpecError(f"{revision!r} is not a git revision")
    result = subprocess.run(
        ["git", "rev-parse", "--verify", "--quiet", "--end-of-options", f"{revision}^{{commit}}"],
        cwd=repository,
        capture_output=True,
        text=True,
        check=False,
    )
    commit = result.stdout.strip()
    if result.returncode != 0 or re.fullmatch(r"[0-9a-f]{40}([0-9a-f]{24})?", commit) is None:
        raise SpecError(f"{revision!r} names no commit of this repository")
    return commit


def spec_at_revision(repository: Path, revision: str, spec_path: str, into: Path) -> Path:
    """Export the spec folder as it was at `revision` into `into`; returns its root file there."""
    folder = str(Path(spec_path).parent)
    commit = commit_of(repository, revision)
    result = subprocess.run(
        ["git", "archive", "--format=tar", commit, "--", folder], cwd=repository, capture_output=True, check=False
    )
    if result.returncode != 0:
        raise SpecError(f"cannot read {folder}/ at {revision}: {result.stderr.decode(errors='replace').strip()}")
    with tarfile.open(fileobj=BytesIO(result.stdout)) as archive:
        archive.extractall(into, filter="data")
    return into / spec_path


def documents_at_revision(repository: Path, spec: Path, revision: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """The bundled description as it was at `revision`, and as it is now."""
    with tempfile.TemporaryDirectory() as temporary:
        base_root = spec_at_revision(repository, revision, str(spec.relative_to(repository)), Path(temporary))
        return bundle(base_root).document, bundle(spec).document
