"""The generator: deterministic output, headers, hoisted imports, and a bad spec that changes nothing."""

from __future__ import annotations

import ast
import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.plan.build import build_plan
from generator.plan.values import FieldPlan, ModelPlan, TypeRef
from generator.render.package import render
from generator.runtime import _fields
from generator.spec.lint import lint
from tests.conftest import ROOT

SPEC = ROOT / "openapi" / "openapi.yaml"
PACKAGE = ROOT / "generated" / "voyado_engage"


def tree_digest(directory: Path) -> dict[str, str]:
    return {
        str(path.relative_to(directory)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(directory.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


def run_generator(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args], cwd=ROOT, capture_output=True, text=True, check=False
    )


def test_generation_is_byte_identical_twice(tmp_path: Path) -> None:
    document = lint(SPEC).document
    first = render(build_plan(document, SPEC.parent), tmp_path / "one")
    second = render(build_plan(document, SPEC.parent), tmp_path / "two")
    assert tree_digest(first) == tree_digest(second)
    assert tree_digest(first) == tree_digest(PACKAGE), "generated/ is stale: run make generate"


def test_every_generated_module_names_its_source() -> None:
    for path in PACKAGE.rglob("*.py"):
        first_line = path.read_text(encoding="utf-8").splitlines()[0]
        assert first_line.startswith("# Generated from "), path
        assert "do not edit" in first_line, path
        assert ".py" in first_line, path


def test_models_import_nothing_inside_functions() -> None:
    for path in (PACKAGE / "models").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                inner = [n for n in ast.walk(node) if isinstance(n, ast.Import | ast.ImportFrom)]
                assert not inner, f"{path.name}: {node.name} imports at call time"


def test_typo_in_a_type_names_the_file_and_leaves_the_package_untouched(spec_copy: Path, tmp_path: Path) -> None:
    orders = spec_copy / "schemas" / "orders.yaml"
    text = orders.read_text(encoding="utf-8")
    orders.write_text(
        text.replace("    storeId:\n      type: string", "    storeId:\n      type: strng"),
        "utf-8",
    )
    target = tmp_path / "out" / "voyado_engage"
    shutil.copytree(PACKAGE, target)
    before = tree_digest(target)
    result = run_generator("generate", "--spec", str(spec_copy / "openapi.yaml"), "--out", str(target))
    assert result.returncode == 2
    assert "schemas/orders.yaml" in result.stderr
    assert "storeId" in result.stderr and "strng" in result.stderr
    assert "left untouched" in result.stderr
    assert tree_digest(target) == before


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (lambda t: t.replace("$ref: paths/orders.yaml#/~1api~1v2~1orders", "$ref: paths/ordrs.yaml#/x"), "ordrs.yaml"),
        (lambda t: t.replace("openapi: 3.0.3\n", "openapi: 3.0.3\n  bad: [\n"), "not valid YAML"),
    ],
    ids=["missing-file", "yaml-syntax"],
)
def test_broken_root_is_reported_with_its_location(spec_copy: Path, edit: object, expected: str) -> None:
    root = spec_copy / "openapi.yaml"
    root.write_text(edit(root.read_text(encoding="utf-8")), "utf-8")  # type: ignore[operator]
    result = run_generator("lint", "--spec", str(root))
    assert result.returncode == 2
    assert "openapi.yaml:" in result.stderr and expected in result.stderr


def test_check_reports_a_hand_edit(tmp_path: Path) -> None:
    target = tmp_path / "voyado_engage"
    shutil.copytree(PACKAGE, target)
    edited = target / "models" / "order.py"
    edited.write_text(edited.read_text(encoding="utf-8") + "\n# hand edit\n", "utf-8")
    result = run_generator("check", "--out", str(target))
    assert result.returncode == 1
    assert "differs: models/order.py" in result.stdout


@pytest.mark.parametrize("schema", [{"type": "string", "format": "date"}, {"type": "string", "format": "uuid"}])
def test_a_property_kind_the_generator_does_not_know_stops_it(tmp_path: Path, schema: dict[str, str]) -> None:
    """No silent `Any`: the kind is named with the model and field it was found on."""
    import copy  # noqa: PLC0415

    from generator.errors import SpecError  # noqa: PLC0415

    document = copy.deepcopy(lint(SPEC).document)
    document["components"]["schemas"]["ApiStore"]["properties"]["openedOn"] = schema
    with pytest.raises(
        SpecError,
        match=r"ApiStore\.openedOn \(#/components/schemas/ApiStore/properties/openedOn\): a (Date|Uuid)Property",
    ):
        render(build_plan(document, SPEC.parent), tmp_path / "out")


@pytest.mark.parametrize(
    ("key", "annotation", "class_form"),
    [
        ("name", "str | None", True),
        ("createdDate", "datetime.datetime | str | None", True),
        ("datetime", "datetime.datetime | str | None", False),  # would shadow the module in the class body
        ("Decimal", "float | Decimal | None", False),
        ("OrderFee", "OrderFee | OrderFeeParam | None", False),
        ("class", "str | None", False),
        ("first-name", "str | None", False),
        ("_private", "str | None", False),
    ],
)
def test_a_param_typed_dict_is_a_class_only_when_no_key_shadows_what_it_names(
    key: str, annotation: str, class_form: bool
) -> None:
    def field(wire_name: str, annotation: str) -> FieldPlan:
        value_type = annotation.removesuffix(" | None")
        return FieldPlan("x", wire_name, TypeRef(_fields.ANYTHING, value_type, value_type, ()), False, "")

    fields = (field("name", "str | None"), field("total", "float | Decimal | None"), field(key, annotation))
    assert ModelPlan("Model", "model", "", fields).param_class_form is class_form
