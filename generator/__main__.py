"""`python -m generator generate|check|lint|sync|spec-diff`: the commands behind `make generate`, `make check`,
`make lint`, `make test-quick` and `make spec-diff`."""

from __future__ import annotations

import argparse
import filecmp
import sys
import time
from pathlib import Path

from .errors import SpecError
from .plan.build import build_plan
from .plan.changes import plan_changes
from .render.docs import render_docs
from .render.package import PACKAGE, ROOT, hand_written, project_version, recover, render, staging_dir, swap_in
from .spec.diff import BEHAVIOUR, BREAKING, changelog_entry, diff, documents_at_revision, prepend_changelog, report
from .spec.lint import lint

SPEC = ROOT / "openapi" / "openapi.yaml"
GENERATED = ROOT / "generated" / PACKAGE
DOCS = ROOT / "docs"


def generate(spec: Path, target: Path) -> None:
    """Render the package and the reference docs, then swap both in."""
    started = time.perf_counter()
    recover(target, DOCS)
    bundle = lint(spec)
    with staging_dir(target.parent) as staging, staging_dir(DOCS.parent / "generated") as docs_staging:
        plan = build_plan(bundle.document, spec.parent, bundle.where)
        package_dir = render(plan, staging)
        render_docs(plan, docs_staging / "docs")
        swap_in(package_dir, target)
        swap_in(docs_staging / "docs", DOCS)
    print(f"generated {_shown(target)} and {_shown(DOCS)} from {_shown(spec)} in {time.perf_counter() - started:.1f} s")


def check(spec: Path, target: Path) -> int:
    """Regenerate into a temporary directory and report every difference from what is committed."""
    recover(target, DOCS)
    bundle = lint(spec)
    with staging_dir(target.parent) as staging:
        plan = build_plan(bundle.document, spec.parent, bundle.where)
        package_dir = render(plan, staging)
        render_docs(plan, staging / "docs")
        drift = _differences(filecmp.dircmp(package_dir, target, ignore=["__pycache__"]))
        if DOCS.is_dir():
            drift += _differences(filecmp.dircmp(staging / "docs", DOCS), "docs/")
        else:
            drift.append("docs/ is missing")
    if drift:
        print("generated files differ from a fresh generation (run `make generate` and commit the result):")
        for line in drift:
            print(f"  {line}")
        return 1
    print("generated/ and docs/ are up to date with the spec")
    return 0


def sync(target: Path) -> None:
    """Copy the hand-written modules (runtime/, app/) that changed into the package, as generation places them:
    the edit loop tests a runtime change without generating (`make check` still compares everything)."""
    changed = []
    for name, text in hand_written().items():
        path = target / name
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            changed.append(name)
    print(
        f"{_shown(target)}: {len(changed)} hand-written module(s) updated"
        + (f" ({', '.join(changed)})" if changed else "")
    )


def spec_diff(spec: Path, base: str, *, allow_breaking: bool, changelog: bool, repository: Path = ROOT) -> int:
    """Classify every change of the spec since `base`, in the documents and in the plans; non-zero on breaking or
    behaviour changes unless they are intended."""
    old, new = documents_at_revision(repository, spec, base)
    changes = diff(old, new) + plan_changes(old, new)
    version = project_version()
    print(report(changes, base, version))
    if changelog and changes:
        prepend_changelog(repository / "CHANGELOG.md", changelog_entry(changes, base, version))
        print("CHANGELOG.md: entry added")
    if any(change.kind in (BREAKING, BEHAVIOUR) for change in changes) and not allow_breaking:
        print(
            "breaking or behaviour changes: if they are intended, run again with --allow-breaking "
            "(make ... ALLOW_BREAKING=1)"
        )
        return 1
    return 0


def _shown(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def _differences(comparison: filecmp.dircmp[str], prefix: str = "") -> list[str]:
    lines = [f"only in a fresh generation: {prefix}{name}" for name in comparison.left_only]
    lines += [f"only in generated/: {prefix}{name}" for name in comparison.right_only]
    _, mismatch, errors = filecmp.cmpfiles(comparison.left, comparison.right, comparison.common_files, shallow=False)
    lines += [f"differs: {prefix}{name}" for name in mismatch + errors]
    for name, sub in sorted(comparison.subdirs.items()):
        lines += _differences(sub, f"{prefix}{name}/")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    parser.add_argument("command", choices=["generate", "check", "lint", "sync", "spec-diff"])
    parser.add_argument("--spec", type=Path, default=SPEC, help="root file of the API description")
    parser.add_argument("--out", type=Path, default=GENERATED, help="the package directory to write or check")
    parser.add_argument("--base", default="HEAD", help="spec-diff: the git revision to compare the spec with")
    parser.add_argument("--allow-breaking", action="store_true", help="spec-diff: exit 0 on breaking changes")
    parser.add_argument("--changelog", action="store_true", help="spec-diff: prepend an entry to CHANGELOG.md")
    args = parser.parse_args(argv)
    spec = args.spec.resolve()
    target = args.out.resolve()
    try:
        if args.command == "generate":
            generate(spec, target)
        elif args.command == "check":
            return check(spec, target)
        elif args.command == "sync":
            sync(target)
        elif args.command == "spec-diff":
            return spec_diff(spec, args.base, allow_breaking=args.allow_breaking, changelog=args.changelog)
        else:
            lint(spec)
            print(f"{_shown(spec)}: valid OpenAPI")
    except SpecError as error:
        print(f"error: {error.describe()}", file=sys.stderr)
        print("the package directory was left untouched.", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
