"""Every success response in the spec has a believable example (the mock, the docs and a fake answer with it): the
generated code reads each strictly, with no key the schema does not declare and no placeholder value."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from generator.spec.bundle import iter_operations, resolve
from tests.conftest import endpoint_modules, spec_document
from voyado_engage._model import Model
from voyado_engage._options import strict_responses

pytestmark = pytest.mark.quick

PLACEHOLDERS = ("string", "value-1", "-1.7976931348623157e+308", "1.7976931348623157e+308")


def success_examples(document: dict[str, Any]) -> list[tuple[str, int, Any]]:
    """(operationId, status, example or KeyError marker) of every 2xx response with a JSON body."""
    found = []
    for _method, _path, operation in iter_operations(document):
        for status, response in (operation.get("responses") or {}).items():
            media = (resolve(document, response, "responses").get("content") or {}).get("application/json")
            if str(status).startswith("2") and media and "schema" in media:
                found.append((operation["operationId"], int(status), media.get("example", KeyError)))
    return found


EXAMPLES = success_examples(spec_document())
MODULES = {module.OPERATION.operation_id: module for module in endpoint_modules()}


def unknown_keys(value: Any, path: str = "") -> list[str]:
    """The keys a parsed answer kept as unknown (`additional_properties` of models that declare fields)."""
    if isinstance(value, Model):
        found = [f"{path}.{key}" for key in value.additional_properties] if value._fields else []
        for field in value._fields:
            found += unknown_keys(getattr(value, field.python), f"{path}.{field.wire}")
        return found
    if isinstance(value, list):
        return [key for index, item in enumerate(value) for key in unknown_keys(item, f"{path}[{index}]")]
    return []


def test_every_success_response_has_an_example() -> None:
    missing = [f"{operation} {status}" for operation, status, example in EXAMPLES if example is KeyError]
    assert len(EXAMPLES) > 90 and missing == []


@pytest.mark.parametrize(("operation", "status", "example"), EXAMPLES, ids=lambda v: str(v)[:40])
def test_an_example_is_read_strictly_with_declared_keys_and_real_values(
    operation: str, status: int, example: Any
) -> None:
    assert example is not KeyError
    text = json.dumps(example)
    assert not any(json.dumps(placeholder) in text for placeholder in PLACEHOLDERS), text[:200]
    token = strict_responses.set(True)
    try:
        parsed = MODULES[operation]._parse(httpx.Response(status, json=example))
    finally:
        strict_responses.reset(token)
    assert unknown_keys(parsed) == []


def test_the_check_finds_a_missing_example_and_an_undeclared_key() -> None:
    document: Any = json.loads(json.dumps(spec_document()))
    responses = document["paths"]["/api/v2/stores/{externalId}"]["get"]["responses"]
    del responses["200"]["content"]["application/json"]["example"]
    assert ("StoresV_GetStore", 200, KeyError) in success_examples(document)
    example = dict(next(e for o, s, e in EXAMPLES if o == "StoresV_GetStore"), shoeSize=38)
    parsed = MODULES["StoresV_GetStore"]._parse(httpx.Response(200, json=example))
    assert unknown_keys(parsed) == [".shoeSize"]
