"""Render the package from the plan: our templates, our runtime modules, then ruff.

Everything is written into a fresh temporary directory; `generate()` swaps it in only when every step succeeded.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import tomllib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from jinja2 import Environment, FileSystemLoader

from ..errors import SpecError
from ..plan.parser import docstring_text
from ..plan.values import ApiPlan, unshadowed
from .jinja import jinja_environment

RENDER_DIR = Path(__file__).resolve().parent
GENERATOR_DIR = RENDER_DIR.parent
ROOT = GENERATOR_DIR.parent
TEMPLATES = RENDER_DIR / "templates"
RUNTIME = GENERATOR_DIR / "runtime"  # the floor: imports nothing generated
APP = GENERATOR_DIR / "app"  # the order command line: stands above the client
PACKAGE = "voyado_engage"
HEADER = "# Generated from {source} by `make generate`; do not edit."


class HeaderLoader(FileSystemLoader):
    """Our templates, each rendered module starting with a generated-file header naming its template (macro
    libraries, imported and never rendered, are left alone)."""

    def get_source(self, environment: Environment, template: str) -> tuple[str, str, Callable[[], bool]]:
        source, filename, uptodate = super().get_source(environment, template)
        if template.endswith(".py.jinja"):
            header = HEADER.format(source=f"generator/render/templates/{template}")
            source = "{% raw %}" + header + "{% endraw %}\n\n" + source
        return source, filename, uptodate


def project_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as file:
        return str(tomllib.load(file)["project"]["version"])


def environment() -> Environment:
    """The templates' environment: what they may call is the plan's values and these few text filters."""
    env = jinja_environment(HeaderLoader(TEMPLATES))
    env.filters["safe_for_docstring"] = docstring_text
    env.filters["python_literal"] = repr
    env.filters["unshadowed"] = unshadowed
    return env


def render(plan: ApiPlan, out_dir: Path) -> Path:
    """Render the package the plan describes into `out_dir`; returns the package's folder."""
    package_dir = out_dir / PACKAGE
    env = environment()

    def write(path: Path, template: str, **context: object) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(env.get_template(template).render(plan=plan, **context), encoding="utf-8")

    write(package_dir / "__init__.py", "package_init.py.jinja")
    write(package_dir / "client.py", "client.py.jinja", sdk_version=json.dumps(project_version()))
    write(package_dir / "errors.py", "errors.py.jinja")
    write(package_dir / "models" / "__init__.py", "models_init.py.jinja")
    for model in plan.models:
        write(package_dir / "models" / f"{model.module}.py", "model.py.jinja", model=model)
    for enum in plan.enums:
        write(package_dir / "models" / f"{enum.module}.py", "str_enum.py.jinja", enum=enum)
    write(package_dir / "api" / "__init__.py", "api_init.py.jinja")
    for service in plan.services:
        folder = package_dir / "api" / service.attribute
        write(folder / "__init__.py", "service_init.py.jinja", service=service)
        imports = sorted({*service.modules, *plan.imports(service.classes, depth=2)})
        write(folder / "service.py", "service.py.jinja", service=service, service_imports=imports)
        for endpoint in service.endpoints:
            write(folder / f"{endpoint.module}.py", "endpoint_module.py.jinja", endpoint=endpoint)
    _place_runtime(package_dir)
    (package_dir / "py.typed").write_text("")
    _ruff(out_dir)
    return package_dir


def hand_written() -> dict[str, str]:
    """Our hand-written modules (the runtime, then the command line) as the package holds them: by file name, each
    with a header naming its source."""
    modules = {}
    for folder in (RUNTIME, APP):
        for source in sorted(folder.glob("*.py")):
            header = HEADER.format(source=source.relative_to(ROOT).as_posix())
            modules[source.name] = f"{header}\n{source.read_text(encoding='utf-8')}"
    return modules


def _place_runtime(package_dir: Path) -> None:
    for name, text in hand_written().items():
        (package_dir / name).write_text(text, encoding="utf-8")


def _ruff(out_dir: Path) -> None:
    ruff = [sys.executable, "-m", "ruff"]
    settings = ["--config", str(ROOT / "pyproject.toml")]
    for command in (
        [*ruff, "check", "--fix-only", *settings, "--select", "F401,I,UP,E714", "."],
        [*ruff, "format", *settings, "."],
    ):
        result = subprocess.run(command, cwd=out_dir, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            step = " ".join(command[3:5])
            raise SpecError(f"ruff {step} failed on the generated code:\n{result.stdout}{result.stderr}")


@contextmanager
def staging_dir(base: Path) -> Iterator[Path]:
    """A temporary directory in `base`, next to the package, so the final swap is a rename on one file system."""
    base.mkdir(parents=True, exist_ok=True)
    path = Path(tempfile.mkdtemp(prefix=".staging-", dir=base))
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def recover(*targets: Path) -> None:
    """Make the tree whole again after a generation that was killed: a target renamed away and not replaced gets
    its old version back, and staging folders and set-aside copies are removed. Every run starts with this, so a
    kill at any moment leaves nothing the next `make generate` or `make check` does not repair."""
    for target in targets:
        for old in sorted(target.parent.glob(f".old-{target.name}-*")):
            if not target.exists():
                old.rename(target)
            else:
                shutil.rmtree(old, ignore_errors=True)
        for staging in target.parent.glob(".staging-*"):
            shutil.rmtree(staging, ignore_errors=True)


def swap_in(package_dir: Path, target: Path) -> None:
    """Replace `target` with `package_dir` by renames, so readers see the old package or the new one."""
    old = target.with_name(f".old-{target.name}-{os.getpid()}")
    if target.exists():
        target.rename(old)
    try:
        package_dir.rename(target)
    except OSError:
        if old.exists():
            old.rename(target)
        raise
    shutil.rmtree(old, ignore_errors=True)
