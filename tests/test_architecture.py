"""The layers point one way: the hand-written runtime imports nothing that is generated.

    generator/runtime/   the floor (request loop, errors, models' machinery, types): stdlib, httpx, orjson, attrs,
                         and other runtime modules only
    generated code       models, endpoint declarations, services, client: built on the runtime
    generator/app/       the order command line: stands above the client

Every import of a runtime module is checked, including those inside functions, under TYPE_CHECKING and the lazy
ones (`LazyModule(f"{__package__}._json")`).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.quick

RUNTIME = ROOT / "generator" / "runtime"
RUNTIME_MODULES = {path.stem for path in RUNTIME.glob("*.py")}
THIRD_PARTY = {"httpx", "httpcore", "orjson", "attrs"}


def imported(path: Path) -> list[tuple[int, str]]:
    """(line, module) for every import in a file; relative ones as `.name`."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                targets = [node.module] if node.module else [alias.name for alias in node.names]
                found += [(node.lineno, "." + str(target)) for target in targets]
            else:
                found.append((node.lineno, str(node.module)))
        elif isinstance(node, ast.JoinedStr) and len(node.values) == 2:  # f"{__package__}._json"
            package, rest = node.values
            if (
                isinstance(package, ast.FormattedValue)
                and ast.unparse(package.value) == "__package__"
                and isinstance(rest, ast.Constant)
            ):
                found.append((node.lineno, str(rest.value)))
    return found


def violations(path: Path) -> list[str]:
    problems = []
    for line, module in imported(path):
        if module.startswith("."):
            if module[1:].split(".")[0] not in RUNTIME_MODULES:
                problems.append(f"{path.name}:{line} imports {module}, which is not part of the runtime")
        elif module.split(".")[0] == "voyado_engage":
            problems.append(f"{path.name}:{line} imports {module}")
    return problems


@pytest.mark.parametrize("path", sorted(RUNTIME.glob("*.py")), ids=lambda p: p.name)
def test_the_runtime_imports_nothing_generated(path: Path) -> None:
    assert violations(path) == []


def test_the_check_finds_an_upward_import(tmp_path: Path) -> None:
    module = tmp_path / "_example.py"
    module.write_text(
        "from .client import VoyadoEngage\nfrom .models import Order\nimport voyado_engage.api\n"
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from . import types, api\n"
        'lazy = LazyModule(f"{__package__}.models")\n',
        encoding="utf-8",
    )
    assert len(violations(module)) == 5


def test_the_runtime_needs_only_its_declared_dependencies() -> None:
    import sys  # noqa: PLC0415

    for path in RUNTIME.glob("*.py"):
        for _, module in imported(path):
            top = module.split(".")[0]
            if module.startswith(".") or top in sys.stdlib_module_names:
                continue
            assert top in THIRD_PARTY, f"{path.name} imports {module}"


# The generator: spec -> plan -> renderers. The parser is seen by one module; the renderers read the plan only.
GENERATOR = ROOT / "generator"
PARSER_SEAM = GENERATOR / "plan" / "parser.py"


def absolute(path: Path, module: str) -> str:
    """A module name as imported from `path`, relative imports resolved (`..spec.bundle` from generator/render/x.py
    is `generator.spec.bundle`)."""
    if not module.startswith("."):
        return module
    level = len(module) - len(module.lstrip("."))
    package = path.relative_to(ROOT).with_suffix("").parts[:-level]
    return ".".join([*package, module.lstrip(".")]).rstrip(".")


def generator_imports(path: Path, where: Path | None = None) -> list[tuple[int, str]]:
    """(line, absolute name) of everything a generator module imports (`from ..plan import build` is
    `generator.plan.build`); relative imports are resolved as if the file were at `where` (default: where it is)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            module = "." * node.level + (node.module or "")
            base = absolute(where or path, module) if node.level else module
            found += [(node.lineno, f"{base}.{alias.name}") for alias in node.names]
    return found


def test_only_the_seam_imports_openapi_python_client() -> None:
    for path in GENERATOR.rglob("*.py"):
        for line, module in generator_imports(path):
            if module.split(".")[0] == "openapi_python_client":
                assert path == PARSER_SEAM, f"{path.relative_to(ROOT)}:{line} imports {module}"


def reach_backs(path: Path, where: Path | None = None) -> list[str]:
    """What a renderer imports of the generator beyond the plan's values (and the parser's text escaping): the spec
    reader or the plan's builders would let it decide again what the one `ApiPlan` says."""
    allowed = (
        "generator.plan.values.",
        "generator.plan.parser.docstring_text",
        "generator.errors.",
        "generator.render.",
    )
    return [
        f"{path.name}:{line} {module}"
        for line, module in generator_imports(path, where)
        if module.startswith("generator.") and not module.startswith(allowed)
    ]


@pytest.mark.parametrize("path", sorted((GENERATOR / "render").glob("*.py")), ids=lambda p: p.name)
def test_renderers_read_the_plan_not_the_spec(path: Path) -> None:
    assert reach_backs(path) == []


def test_the_generator_check_finds_a_reach_back(tmp_path: Path) -> None:
    probe = tmp_path / "probe.py"
    probe.write_text(
        "from ..spec.bundle import iter_operations\nfrom ..plan import build\nfrom ..plan.values import ApiPlan\n",
        encoding="utf-8",
    )
    found = reach_backs(probe, GENERATOR / "render" / "probe.py")
    assert found == ["probe.py:1 generator.spec.bundle.iter_operations", "probe.py:2 generator.plan.build"]
