"""The whole API surface against the Prism mock of our spec: every documented snippet runs, and every operation,
sync and async, is answered without a spec violation."""

from __future__ import annotations

import asyncio
import contextlib
import io
from pathlib import Path
from typing import Any

import pytest

from examples.mock_voyado import PRISM, SPEC
from generator.plan.build import build_plan
from generator.render.docs import EXAMPLE_BASE_URL, Operation
from generator.render.docs import build as build_docs
from tests.conftest import API_KEY, ROOT, spec_document
from voyado_engage import APIResponse, AsyncVoyadoEngage, VoyadoEngage, models

pytestmark = pytest.mark.skipif(not PRISM.exists(), reason="Prism is not installed (make installs it)")
SERVICES = build_docs(build_plan(spec_document(), SPEC.parent))
OPERATIONS = [operation for service in SERVICES for operation in service.operations]
# The snippets the tests run come from the structured plan of each operation, never from text read back out of the
# docs (a description could hold a fenced block); the docs must show each of them verbatim.
SNIPPETS = [(f"{service.attribute}.{op.method_name}", op.snippet) for service in SERVICES for op in service.operations]
RETURNS = {f"{service.attribute}.{op.method_name}": op.returns for service in SERVICES for op in service.operations}


def test_the_surface_is_the_whole_v2_api() -> None:
    assert len(OPERATIONS) == 107
    assert len({(op.service, op.method_name) for op in OPERATIONS}) == 107
    assert len(SNIPPETS) == 107


def test_the_docs_show_exactly_the_snippets_that_run() -> None:
    for name, code in SNIPPETS:
        page = (ROOT / "docs" / f"{name.split('.')[0]}.md").read_text(encoding="utf-8")
        assert f"```python\n{code}\n```" in page, name
    pages = [page.read_text(encoding="utf-8") for page in (ROOT / "docs").glob("*.md")]
    fenced = sum(page.count("```python") for page in pages)
    signatures = sum(page.count("```python\nsdk.") for page in pages)  # each method's declaration, not run
    assert signatures == len(SNIPPETS) and fenced == 2 * len(SNIPPETS), "a python block that is not generated"


@pytest.mark.parametrize(("name", "code"), SNIPPETS, ids=[name for name, _ in SNIPPETS])
def test_every_documented_snippet_runs(prism_url: str, name: str, code: str) -> None:
    assert EXAMPLE_BASE_URL in code
    output = io.StringIO()
    namespace: dict[str, Any] = {"__name__": "__snippet__"}
    with contextlib.redirect_stdout(output):
        exec(compile(code.replace(EXAMPLE_BASE_URL, prism_url), name, "exec"), namespace)
    result = namespace["result"]
    assert output.getvalue() == f"{result}\n", "the snippet prints its result"
    assert is_declared(result, RETURNS[name]), f"{name} returned {result!r}, declared {RETURNS[name]}"


def is_declared(value: Any, declared: str) -> bool:
    """Whether `value` is of the type a method declares: a model, `list[Model]`, `str`, `int`, `bool` or None."""
    if declared == "None":
        return value is None
    if declared.startswith("list[") and declared.endswith("]"):
        return isinstance(value, list) and all(is_declared(item, declared[5:-1]) for item in value)
    scalars = {"str": str, "int": int, "bool": bool}
    if declared in scalars:
        return type(value) is scalars[declared]
    return type(value) is getattr(models, declared)


def call_arguments(operation: Operation) -> tuple[list[Any], dict[str, Any]]:
    positional = [value for keyword, value in operation.arguments if keyword is None]
    keywords = {keyword: value for keyword, value in operation.arguments if keyword is not None}
    return positional, keywords


def assert_clean(operation: Operation, response: APIResponse[Any]) -> None:
    assert 200 <= response.status_code < 300, operation.method_name
    assert "sl-violations" not in response.headers, (operation.method_name, response.headers["sl-violations"])


@pytest.mark.parametrize("operation", OPERATIONS, ids=[f"{op.service}.{op.method_name}" for op in OPERATIONS])
def test_every_operation_sync(prism_url: str, operation: Operation) -> None:
    positional, keywords = call_arguments(operation)
    with VoyadoEngage(api_key=API_KEY, base_url=prism_url, user_agent="SurfaceTest/1.0") as sdk:
        method = getattr(getattr(sdk, operation.service).with_raw_response, operation.method_name)
        assert_clean(operation, method(*positional, **keywords))


def test_every_operation_async(prism_url: str) -> None:
    async def call_all() -> None:
        async with AsyncVoyadoEngage(api_key=API_KEY, base_url=prism_url, user_agent="SurfaceTest/1.0") as sdk:
            for operation in OPERATIONS:
                positional, keywords = call_arguments(operation)
                method = getattr(getattr(sdk, operation.service).with_raw_response, operation.method_name)
                assert_clean(operation, await method(*positional, **keywords))

    asyncio.run(call_all())


def test_docs_are_under_docs_with_an_index() -> None:
    pages = {path.name for path in (ROOT / "docs").glob("*.md")}
    assert {"index.md", "models.md", "operations.md"} <= pages and len(pages) == 25
    assert Path(ROOT / "docs" / "orders.md").read_text(encoding="utf-8").count("## register\n") == 1
