"""The docs describe exactly the generated code: each method's parameters, their types and its return type.

Every `## method` section of docs/<service>.md is read back (its parameter table and its `Returns:` line) and
compared with the method's signature in the generated service module, read with `ast`, for all 107 operations.
"""

from __future__ import annotations

import ast
import re

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.quick

DOCS = ROOT / "docs"
API = ROOT / "generated" / "voyado_engage" / "api"
ROW = re.compile(r"^\| `(?P<name>\w+)` \| (?P<place>\w+) \| `(?P<type>.+?)` \| (?P<required>yes|no) \|")


def documented() -> dict[str, dict[str, object]]:
    """Method name -> {"parameters": {name: (type, required)}, "returns": type}, as docs/ states them."""
    methods: dict[str, dict[str, object]] = {}
    for page in sorted(DOCS.glob("*.md")):
        if page.name in ("index.md", "models.md", "operations.md"):
            continue
        for section in page.read_text(encoding="utf-8").split("\n## ")[1:]:
            name = section.split("\n", 1)[0].strip()
            parameters = {}
            for line in section.splitlines():
                row = ROW.match(line)
                if row:
                    parameters[row["name"]] = (row["type"].replace("\\|", "|"), row["required"] == "yes")
            returns = re.search(r"^- Returns: `(.+)`$", section, re.M)
            methods[f"{page.stem}.{name}"] = {"parameters": parameters, "returns": returns[1] if returns else None}
            bulk = re.search(r"^- Many at once: `(\w+)\((.+?)\)`", section, re.M)
            if bulk:  # a bulk method: its name and its arguments' names
                names = [argument.strip(" *") for argument in bulk[2].split(",")]
                methods[f"{page.stem}.{bulk[1]}"] = {"bulk": [name for name in names if name]}
    return methods


def generated() -> dict[str, dict[str, object]]:
    """The same facts, from the sync service class of every generated service module."""
    methods: dict[str, dict[str, object]] = {}
    for module in sorted(API.glob("*/service.py")):
        tree = ast.parse(module.read_text(encoding="utf-8"))
        service = next(node for node in tree.body if isinstance(node, ast.ClassDef) and node.name.endswith("Service"))
        for function in service.body:
            if (
                not isinstance(function, ast.FunctionDef)
                or function.name.startswith("_")
                or function.name.endswith("_iter")
            ):
                continue
            if function.name == "with_raw_response":
                continue
            arguments = function.args
            defaults = {a.arg for a in arguments.args[len(arguments.args) - len(arguments.defaults) :]}
            defaults |= {
                a.arg for a, d in zip(arguments.kwonlyargs, arguments.kw_defaults, strict=True) if d is not None
            }
            if function.returns is not None and _type(function.returns).startswith("Sending["):
                bulk = [a.arg for a in arguments.args[1:] + arguments.kwonlyargs]
                methods[f"{module.parent.name}.{function.name}"] = {"bulk": [*bulk, "options"]}
                continue
            parameters = {}
            for argument in arguments.args[1:] + arguments.kwonlyargs:
                annotation = _type(argument.annotation)
                parameters[argument.arg] = (annotation.removesuffix(" | Unset"), argument.arg not in defaults)
            methods[f"{module.parent.name}.{function.name}"] = {
                "parameters": parameters,
                "returns": _type(function.returns) if function.returns else None,
            }
    return methods


def _type(annotation: ast.expr | None) -> str:
    """An annotation as the docs write it: `builtins.list` (where a method named `list` shadows it) is `list`."""
    return ast.unparse(annotation).replace("builtins.", "") if annotation else ""


def test_every_documented_signature_is_the_generated_one() -> None:
    docs, code = documented(), generated()
    assert len(code) == 107 + 2 and set(docs) == set(code)  # the operations, and two bulk methods
    mismatches = [
        f"{name}: docs {docs[name]} != code {code[name]}" for name in sorted(code) if docs[name] != code[name]
    ]
    assert mismatches == [], "\n".join(mismatches)


def test_every_model_has_a_reference_with_its_fields_and_every_method_links_its_models() -> None:
    import importlib  # noqa: PLC0415

    import voyado_engage.models as models  # noqa: PLC0415

    index = (DOCS / "models.md").read_text(encoding="utf-8")
    pages = {page.stem: page.read_text(encoding="utf-8") for page in (DOCS / "models").glob("*.md")}
    named = {name: module for name, module in re.findall(r"\[`(\w+)`\]\(models/(\w+)\.md\)", index)}
    aliases = set(re.findall(r"^\| `(\w+)` \| alias \|", index, flags=re.M))
    params = {
        name for name in models.__all__ if name.endswith("Param") and name.removesuffix("Param") in models.__all__
    }
    assert set(named) | aliases == set(models.__all__) - params and set(named.values()) == set(pages)
    for name, module in named.items():
        cls = getattr(models, name)
        assert pages[module].startswith("<!--") and f"\n# {name}\n" in pages[module]
        for field in getattr(cls, "_fields", ()):
            assert f"| `{field.python}` | `{field.wire}` |" in pages[module], (name, field.python)
    for page in DOCS.glob("*.md"):
        for module in re.findall(r"\(models/(\w+)\.md\)", page.read_text(encoding="utf-8")):
            assert module in pages, (page.name, module)
    orders = (DOCS / "orders.md").read_text(encoding="utf-8")
    assert "[`Order`](models/order.md)" in orders
    importlib.import_module("voyado_engage.models.order")
