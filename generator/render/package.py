"""Render the package: openapi-python-client with our templates and decisions, our runtime modules, then ruff.

Everything is written into a fresh temporary directory; `generate()` swaps it in only when every step succeeded.
"""

from __future__ import annotations

import copy
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager, redirect_stdout
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import BaseLoader, Environment
from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser.errors import GeneratorError
from openapi_python_client.parser.openapi import GeneratorData
from openapi_python_client.strings import safe_for_docstring

from ..errors import SpecError
from ..plan import names
from ..plan.decisions import OperationFacts, ParamImports, former_names, template_globals, unshadowed
from ..plan.kinds import enum_literal, has_fields, python_literal
from ..plan.names import SENT_BY_CLIENT_EXTENSION
from ..plan.signatures import ModelReference, Signature, model_references, signatures
from ..spec.bundle import iter_operations, resolve

RENDER_DIR = Path(__file__).resolve().parent
GENERATOR_DIR = RENDER_DIR.parent
ROOT = GENERATOR_DIR.parent
TEMPLATES = RENDER_DIR / "templates"
RUNTIME = GENERATOR_DIR / "runtime"  # the floor: imports nothing generated
APP = GENERATOR_DIR / "app"  # the order command line: stands above the client
CONFIG = RENDER_DIR / "config.yaml"
PACKAGE = "voyado_engage"
HEADER = "# Generated from {source} by `make generate`; do not edit."


class HeaderLoader(BaseLoader):
    """Wraps the template loader so that every rendered module starts with a generated-file header.

    Only templates that render a whole module get it; macro libraries (imported, never rendered) are left alone.
    """

    def __init__(self, inner: BaseLoader) -> None:
        self.inner = inner

    def get_source(self, environment: Environment, template: str) -> tuple[str, str | None, Any]:
        source, filename, uptodate = self.inner.get_source(environment, template)
        if template.endswith(".py.jinja") and "/" not in template and "macros" not in template:
            ours = (TEMPLATES / template).is_file()
            origin = (
                f"generator/render/templates/{template}" if ours else f"openapi-python-client's built-in {template}"
            )
            source = "{% raw %}" + HEADER.format(source=origin) + "{% endraw %}\n\n" + source
        return source, filename, uptodate


def project_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as file:
        return str(tomllib.load(file)["project"]["version"])


def codegen_document(document: dict[str, Any]) -> dict[str, Any]:
    """The description as openapi-python-client should see it: headers the client sends itself are not arguments."""
    result = copy.deepcopy(document)
    _name_inline_bodies(result)
    for _method, _path, operation in iter_operations(result):
        params = operation.get("parameters") or []
        kept = [p for p in params if not _sent_by_client(result, p)]
        if kept:
            operation["parameters"] = kept
        else:
            operation.pop("parameters", None)
    return result


def _name_inline_bodies(document: dict[str, Any]) -> None:
    """Each inline body schema named by `x-voyado-model-name` becomes a component of that name (so the parser
    names its class so) and is referred to (`names.check_spec` made sure one name names one schema)."""
    schemas = document.setdefault("components", {}).setdefault("schemas", {})
    for named in names.named_bodies(document):
        schemas[named.name] = {key: value for key, value in named.schema.items() if key != names.MODEL_NAME_EXTENSION}
        named.schema.clear()
        named.schema["$ref"] = f"#/components/schemas/{named.name}"


def _sent_by_client(document: dict[str, Any], parameter: dict[str, Any]) -> bool:
    return bool(resolve(document, parameter, "parameters").get(SENT_BY_CLIENT_EXTENSION))


@dataclass(frozen=True)
class Rendered:
    """The rendered package and the plan it was rendered from (what the docs describe)."""

    package_dir: Path
    signatures: dict[str, Signature]
    models: list[ModelReference]


def parse(document: dict[str, Any], package_dir: Path = Path(PACKAGE)) -> tuple[GeneratorData, Config]:
    """openapi-python-client's reading of the description (what the templates and the plan are made from)."""
    config = Config.from_sources(
        ConfigFile.load_from_path(CONFIG),
        MetaType.NONE,
        document_source=Path("openapi/openapi.yaml"),
        file_encoding="utf-8",
        overwrite=True,
        output_path=package_dir,
    )
    openapi = GeneratorData.from_dict(codegen_document(document), config=config)
    if isinstance(openapi, GeneratorError):
        raise SpecError(f"openapi-python-client cannot read the description: {openapi.header}: {openapi.detail}")
    return openapi, config


def render(document: dict[str, Any], out_dir: Path, locate: names.Locate = str) -> Rendered:
    """Render the package into `out_dir`. Raises SpecError on any problem; `locate` turns a pointer into the
    bundled document into a place in the source files, for messages."""
    package_dir = out_dir / PACKAGE
    names.check_spec(document, locate)
    openapi, config = parse(document, package_dir)
    names.check_parsed(openapi, document, locate)
    project = Project(openapi=openapi, config=config, custom_template_path=TEMPLATES)
    project.env.loader = HeaderLoader(project.env.loader)  # type: ignore[arg-type]
    with_fields = frozenset(str(model.class_info.name) for model in openapi.models if has_fields(model))
    formers = former_names(document)
    params = ParamImports(with_fields, formers)
    project.env.globals.update(template_globals(OperationFacts(document), params))
    project.env.filters["safe_for_docstring"] = docstring_text
    project.env.filters["unshadowed"] = unshadowed
    project.env.filters["python_literal"] = python_literal
    project.env.filters["enum_literal"] = enum_literal
    project.env.globals["sdk_version"] = json.dumps(project_version())
    with redirect_stdout(io.StringIO()):
        errors = project.build()
    if errors:
        first = " ".join(f"{errors[0].header}: {errors[0].detail}".split())[:400]
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        raise SpecError(f"openapi-python-client cannot use the description: {first}{more}")
    _render_services(project, package_dir)
    _place_runtime(package_dir)
    (package_dir / "py.typed").write_text("")
    _ruff(out_dir)
    return Rendered(package_dir, signatures(openapi), model_references(openapi, formers))


def docstring_text(value: Any) -> str:
    """Spec text inside a generated docstring: openapi-python-client's escaping (backslashes, `\"\"\"`, control
    characters), and a final `"` escaped too, which would otherwise close the docstring early."""
    text = safe_for_docstring(value).rstrip()
    return text[:-1] + '\\"' if text.endswith('"') else text


def _render_services(project: Project, package_dir: Path) -> None:
    """One service module per tag (`api/<tag>/service.py`): the methods `VoyadoEngage.<tag>` offers."""
    template = project.env.get_template("service.py.jinja")
    for tag, collection in project.openapi.endpoint_collections_by_tag.items():
        path = package_dir / "api" / tag / "service.py"
        path.write_text(template.render(endpoint_collection=collection), encoding="utf-8")


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
