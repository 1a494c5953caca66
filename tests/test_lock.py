"""The locked toolchains (requirements/*.txt) satisfy what pyproject.toml asks for, so a fresh clone tests with the
versions that were tested; a requirement added or changed without `make lock` fails here."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from tests.conftest import ROOT

pytestmark = pytest.mark.quick

PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?==([^\s;\\]+)", re.M)


def pins(lock: Path) -> dict[str, str]:
    return {canonicalize_name(name): version for name, version in PIN.findall(lock.read_text(encoding="utf-8"))}


def requirements(group: str) -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return [Requirement(text) for text in project["project"]["dependencies"] + project["dependency-groups"][group]]


@pytest.mark.parametrize("group", ["dev", "bench"])
def test_the_lock_satisfies_every_requirement(group: str) -> None:
    lock = ROOT / "requirements" / f"{group}.txt"
    pinned = pins(lock)
    missing = [str(r) for r in requirements(group) if canonicalize_name(r.name) not in pinned]
    unsatisfied = [
        f"{r} (locked {pinned[canonicalize_name(r.name)]})"
        for r in requirements(group)
        if canonicalize_name(r.name) in pinned and pinned[canonicalize_name(r.name)] not in r.specifier
    ]
    assert missing == [] and unsatisfied == [], f"run `make lock`: missing {missing}, unsatisfied {unsatisfied}"
    assert "--hash=sha256:" in lock.read_text(encoding="utf-8")


def test_the_check_notices_a_requirement_the_lock_does_not_meet(tmp_path: Path) -> None:
    lock = tmp_path / "dev.txt"
    lock.write_text("pytest==7.0.0 \\\n    --hash=sha256:00\n", encoding="utf-8")
    assert pins(lock)["pytest"] not in Requirement("pytest>=8").specifier
