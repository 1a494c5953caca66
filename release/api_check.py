"""The public Python surface may break only with a breaking version bump.

Compares `voyado_engage` as the last release generated it (the newest tag `v<version>` reachable from HEAD, not
on HEAD itself) with the working tree's, using griffe's breaking-change finder: a removed or renamed public name, a
removed or reordered parameter, a new required one... Any of these fails the check unless pyproject's version is a
breaking bump of the release's (semantic versioning; while the major version is 0, a minor bump is the breaking one).

One rule is ours: a method that became an alias of another method (`orders_register_order = register`) is the same
method, so it is compared as the method it points to, not reported as "function became attribute".

Usage: python release/api_check.py [--against REV] [--repo DIR]. Exit 0: no breakage, or a breaking bump;
1: breakages listed; 0 with a note when there is no release tag yet.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

import griffe
from packaging.version import InvalidVersion, Version

PACKAGE = "voyado_engage"
SEARCH_PATH = "generated"
ANSI = re.compile(r"\x1b\[[0-9;]*m")  # griffe colours its explanations; logs want plain text


def release_tags(repo: Path) -> list[tuple[Version, str]]:
    """Tags `v<version>` reachable from HEAD but not on it (building a release compares with the one before),
    newest version first."""
    listed = set(_git(repo, "tag", "--list", "v*", "--merged", "HEAD").split())
    listed -= set(_git(repo, "tag", "--points-at", "HEAD").split())
    tags = []
    for tag in listed:
        try:
            tags.append((Version(tag.removeprefix("v")), tag))
        except InvalidVersion:
            continue
    return sorted(tags, reverse=True)


def _git(repo: Path, *arguments: str) -> str:
    return subprocess.run(["git", *arguments], cwd=repo, capture_output=True, text=True, check=True).stdout


def project_version(repo: Path, revision: str | None = None) -> Version:
    """pyproject's version in the working tree, or at a git revision."""
    if revision is None:
        text = (repo / "pyproject.toml").read_text(encoding="utf-8")
    else:
        text = _git(repo, "show", f"{revision}:pyproject.toml")
    return Version(tomllib.loads(text)["project"]["version"])


def is_breaking_bump(old: Version, new: Version) -> bool:
    if old.major == 0:
        return new.major > 0 or new.minor > old.minor
    return new.major > old.major


def breakages(old: griffe.Object | griffe.Alias, new: griffe.Object | griffe.Alias) -> Iterator[griffe.Breakage]:
    for breakage in griffe.find_breaking_changes(old, new):
        target = _aliased_method(breakage)
        if target is None:
            yield breakage
        else:  # an alias now: the old method must still be the method it names
            yield from griffe.find_breaking_changes(old.get_member(_relative(breakage.obj)), target)


def _aliased_method(breakage: griffe.Breakage) -> griffe.Object | griffe.Alias | None:
    """The method an attribute names, where a public method became that attribute (`old_name = new_name`)."""
    attribute = breakage.obj  # the new object
    if breakage.kind is not griffe.BreakageKind.OBJECT_CHANGED_KIND or breakage.old_value is not griffe.Kind.FUNCTION:
        return None
    value, owner = getattr(attribute, "value", None), attribute.parent
    if not isinstance(value, griffe.ExprName) or owner is None:
        return None
    target = owner.members.get(value.name)
    return target if target is not None and target.is_function else None


def _relative(obj: griffe.Object | griffe.Alias) -> str:
    return obj.path.removeprefix(f"{PACKAGE}.")


def check(repo: Path, against: str | None) -> int:
    if against is None:
        tags = release_tags(repo)
        if not tags:
            print("api-check: no release tag (v<version>) yet: nothing to compare against")
            return 0
        against = tags[0][1]
    old_version, new_version = project_version(repo, against), project_version(repo)
    old = griffe.load_git(PACKAGE, ref=against, repo=repo, search_paths=[SEARCH_PATH])
    new = griffe.load(PACKAGE, search_paths=[str(repo / SEARCH_PATH)])
    found = list(breakages(old, new))
    if not found:
        print(f"api-check: the public API of {PACKAGE} keeps everything of {against}")
        return 0
    if is_breaking_bump(old_version, new_version):
        print(f"api-check: {len(found)} breaking changes since {against}, allowed by the bump to {new_version}")
        return 0
    for breakage in found:
        print(ANSI.sub("", breakage.explain(style=griffe.ExplanationStyle.ONE_LINE)), file=sys.stderr)
    print(
        f"api-check: {len(found)} breaking changes since {against} ({old_version}), but the version {new_version} "
        "is not a breaking bump: keep the old names (as aliases) or bump the version",
        file=sys.stderr,
    )
    return 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--against", help="a git revision to compare with (default: the last release tag)")
    parser.add_argument("--repo", type=Path, default=Path.cwd(), help="the repository (default: here)")
    arguments = parser.parse_args(argv)
    return check(arguments.repo.resolve(), arguments.against)


if __name__ == "__main__":
    sys.exit(main())
