"""The public-API check (release/api_check.py): a removed or renamed public name fails unless the version says so.

Each case is a throwaway git repository holding the generated package and pyproject.toml, tagged `v0.1.0`, then
changed the way a regeneration could change it.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import ROOT, edit

ORDERS = Path("generated/voyado_engage/api/orders/service.py")
ALIAS = "    orders_register_order = register\n"


def git(repo: Path, *arguments: str) -> None:
    subprocess.run(["git", *arguments], cwd=repo, check=True, capture_output=True)


@pytest.fixture(scope="module")
def released(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A repository whose only commit is the current package, tagged as release v0.1.0."""
    repo = tmp_path_factory.mktemp("released")
    shutil.copytree(ROOT / "generated" / "voyado_engage", repo / "generated" / "voyado_engage")
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    (repo / "pyproject.toml").write_text(text, encoding="utf-8")
    git(repo, "init", "-q")
    git(repo, "add", "-A")
    git(repo, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "release")
    git(repo, "tag", "v0.1.0")
    return repo


CLIENT = "generated/voyado_engage/_base_client.py"


def edit_all(relative: Path | str, old: str, new: str) -> Callable[[Path], None]:
    """`edit` at every place: the sync and the async service both carry each generated line."""
    return edit(relative, old, new, -1)


def remove_model(name: str, module: str) -> Callable[[Path], None]:
    """What regenerating after a schema left the spec does: its module and every line naming it are gone."""

    def apply(repo: Path) -> None:
        models = repo / "generated" / "voyado_engage" / "models"
        (models / f"{module}.py").unlink()
        lines = (models / "__init__.py").read_text(encoding="utf-8").splitlines(keepends=True)
        kept = [line for line in lines if f".{module}" not in line and f'"{name}' not in line]
        assert len(kept) < len(lines)
        (models / "__init__.py").write_text("".join(kept), encoding="utf-8")

    return apply


def version(number: str) -> Callable[[Path], None]:
    return edit("pyproject.toml", 'version = "0.1.0"', f'version = "{number}"', 1)


def check(released: Path, tmp_path: Path, *changes: Callable[[Path], None]) -> subprocess.CompletedProcess[str]:
    repo = tmp_path / "repo"
    subprocess.run(["git", "clone", "-q", str(released), str(repo)], check=True, capture_output=True)
    for change in changes:
        change(repo)
    git(repo, "add", "-A")  # a later commit than the release
    git(repo, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "--allow-empty", "-m", "change")
    command = [sys.executable, str(ROOT / "release" / "api_check.py"), "--repo", str(repo)]
    return subprocess.run(command, capture_output=True, text=True, check=False, timeout=120)


def test_an_unchanged_surface_passes(released: Path, tmp_path: Path) -> None:
    result = check(released, tmp_path)
    assert result.returncode == 0, result.stderr
    assert "keeps everything of v0.1.0" in result.stdout


def test_an_added_method_passes(released: Path, tmp_path: Path) -> None:
    result = check(released, tmp_path, edit_all(ORDERS, ALIAS, ALIAS + "    send = register\n"))
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    ("name", "change", "reported"),
    [
        ("alias removed", edit_all(ORDERS, ALIAS, ""), "orders_register_order"),
        ("method renamed", edit_all(ORDERS, "def register(", "def register_order("), "register"),
        # `**options` takes any keyword, so griffe reports the new name as a new required argument.
        ("argument renamed", edit_all(ORDERS, "request_body: Order", "body: Order"), "register(body)"),
        (
            "new required argument, reached through an alias",
            edit_all(
                ORDERS,
                "        request_body: Order | OrderParam,\n",
                "        request_body: Order | OrderParam,\n        shop: str,\n",
            ),
            "shop",
        ),
        ("model removed from the package", remove_model("OrderFee", "order_fee"), "OrderFee"),
        (
            "client setting removed",
            edit_all(
                "generated/voyado_engage/_base_client.py", "        max_retries: int = DEFAULT_MAX_RETRIES,\n", ""
            ),
            "max_retries",
        ),
    ],
)
def test_a_breaking_change_fails_without_a_breaking_bump(
    name: str, change: Callable[[Path], None], reported: str, released: Path, tmp_path: Path
) -> None:
    for patch_or_none in ([], [version("0.1.1")]):
        result = check(released, tmp_path / str(len(patch_or_none)), change, *patch_or_none)
        assert result.returncode == 1, (name, result.stdout, result.stderr)
        assert reported in result.stderr and "not a breaking bump" in result.stderr, (name, result.stderr)
    allowed = check(released, tmp_path / "bumped", change, version("0.2.0"))
    assert allowed.returncode == 0, (name, allowed.stderr)
    assert "allowed by the bump to 0.2.0" in allowed.stdout


def test_without_a_release_tag_there_is_nothing_to_compare(tmp_path: Path) -> None:
    repo = tmp_path / "fresh"
    (repo / "generated").mkdir(parents=True)
    git(repo, "init", "-q")
    git(repo, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "--allow-empty", "-m", "start")
    command = [sys.executable, str(ROOT / "release" / "api_check.py"), "--repo", str(repo)]
    result = subprocess.run(command, capture_output=True, text=True, check=False, timeout=60)
    assert result.returncode == 0 and "no release tag" in result.stdout
