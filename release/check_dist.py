"""Check built distributions: the wheel holds only the runtime package (typed), with complete metadata."""

from __future__ import annotations

import sys
import zipfile
from email.parser import Parser
from pathlib import Path

REQUIRED_METADATA = ("Name", "Version", "Summary", "License-Expression", "Requires-Python", "Description-Content-Type")


def check_wheel(wheel: Path) -> list[str]:
    problems = []
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        metadata_name = next(name for name in names if name.endswith(".dist-info/METADATA"))
        metadata = Parser().parsestr(archive.read(metadata_name).decode("utf-8"))
    stray = [name for name in names if not name.startswith(("voyado_engage/", "voyado_engage_sdk-"))]
    if stray:
        problems.append(f"files outside the runtime package: {stray[:5]}")
    if "voyado_engage/py.typed" not in names:
        problems.append("voyado_engage/py.typed is missing")
    if any("/tests/" in name or name.endswith(".jinja") for name in names):
        problems.append("tests or templates in the wheel")
    problems += [f"metadata lacks {field}" for field in REQUIRED_METADATA if not metadata.get(field)]
    if metadata.get("Name") != "voyado-engage-sdk":
        problems.append(f"distribution name is {metadata.get('Name')!r}")
    if "Typing :: Typed" not in metadata.get_all("Classifier", []):
        problems.append("the Typing :: Typed classifier is missing")
    if not metadata.get_all("Project-URL"):
        problems.append("no project URLs")
    return problems


def main(dist: Path) -> int:
    wheels = sorted(dist.glob("*.whl"))
    if len(wheels) != 1 or not list(dist.glob("*.tar.gz")):
        print(f"expected one wheel and one sdist in {dist}, found {[p.name for p in dist.iterdir()]}")
        return 1
    problems = check_wheel(wheels[0])
    for problem in problems:
        print(f"{wheels[0].name}: {problem}")
    if not problems:
        print(f"{wheels[0].name}: only the runtime package, typed, metadata complete")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
