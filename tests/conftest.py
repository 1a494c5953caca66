"""Shared fixtures: the example payloads and the spec's own schemas, read from openapi/ (never copied)."""

from __future__ import annotations

import importlib
import json
import pkgutil
import shutil
import socket
import subprocess
import types
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from generator.spec.bundle import bundle

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "openapi" / "examples"
API_KEY = "sk-test-0123456789-DO-NOT-LEAK"
# Written next to a copied spec, outside its folder: no generation may ever read it into its output.
CANARY = "CANARY-7f3a9-SECRET"


def load(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def valid_examples() -> list[Path]:
    return sorted((EXAMPLES / "valid").glob("*.json"))


def invalid_examples(kind: str) -> list[Path]:
    return [path for path in sorted((EXAMPLES / "invalid").glob("*.json")) if load(path)["kind"] == kind]


def endpoint_modules() -> Iterator[types.ModuleType]:
    """Every generated endpoint module (one per operation), imported."""
    import voyado_engage.api  # noqa: PLC0415 - the generated package, only for the tests that walk it

    for tag in pkgutil.iter_modules(voyado_engage.api.__path__):
        package = importlib.import_module(f"voyado_engage.api.{tag.name}")
        for module in pkgutil.iter_modules(package.__path__):
            if module.name != "service":
                yield importlib.import_module(f"voyado_engage.api.{tag.name}.{module.name}")


@cache
def spec_document() -> dict[str, Any]:
    return bundle(ROOT / "openapi" / "openapi.yaml").document


@pytest.fixture
def order_payload() -> dict[str, Any]:
    """An order confirmation whose totals add up (a fresh copy per test)."""
    payload: dict[str, Any] = load(EXAMPLES / "valid" / "order_confirmation.json")
    return payload


@pytest.fixture(autouse=True)
def _quick_tests_start_nothing(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """A test marked `quick` (`make test-quick`) runs in this process alone: it may not listen on a socket or
    start a process (no server, no generation through the command line), so the quick tier stays quick."""
    if request.node.get_closest_marker("quick") is None:
        return

    def refused(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("a quick test starts no server and no process: mark it otherwise")

    monkeypatch.setattr(socket.socket, "bind", refused)
    monkeypatch.setattr(subprocess.Popen, "__init__", refused)


def edit(relative: Path | str, old: str, new: str, count: int = 1) -> Callable[[Path], None]:
    """An overlay: in the file at `relative` under the folder it is applied to, `old` (which must be there)
    becomes `new`, `count` times (-1: everywhere)."""

    def apply(folder: Path) -> None:
        path = folder / relative
        text = path.read_text(encoding="utf-8")
        assert old in text, f"{relative} lacks {old!r}"
        path.write_text(text.replace(old, new, count), encoding="utf-8")

    return apply


@pytest.fixture
def spec_copy(tmp_path: Path) -> Path:
    """A copy of openapi/ to edit, with a canary file next to it (outside the spec's folder)."""
    shutil.copytree(ROOT / "openapi", tmp_path / "openapi")
    for name in ("canary.yaml", "canary.json"):
        (tmp_path / name).write_text(f'{{"x": "{CANARY}"}}\n', encoding="utf-8")
    return tmp_path / "openapi"


@pytest.fixture(scope="module")
def prism_url() -> Iterator[str]:
    """The local mock Voyado (Prism, from npm) for one test module."""
    from examples.mock_voyado import prism_mock  # noqa: PLC0415 - only the modules that use the mock start it

    with prism_mock() as url:
        yield url
