"""Readable method names from `x-voyado-method-name`, and the published SDK's names kept as aliases."""

from __future__ import annotations

import asyncio
import inspect
import re
from collections import Counter
from typing import Any

import httpx
import pytest

from generator.plan.names import METHOD_NAME_EXTENSION, legacy_method_name
from generator.spec.bundle import iter_operations
from tests.conftest import API_KEY, ROOT, spec_document
from voyado_engage import AsyncVoyadoEngage, RequestValidationError, VoyadoEngage

pytestmark = pytest.mark.quick

# The snippet of the published docs page for orders_register_order, verbatim (tests/fixtures/seed/README.md).
SEED_SNIPPET = ROOT / "tests" / "fixtures" / "seed" / "orders_service_snippet.py.txt"


def named_operations() -> list[tuple[str, str, str]]:
    """(service attribute, readable name, published name) of every operation in openapi/."""
    found = []
    for _method, _path, operation in iter_operations(spec_document()):
        tag = str(operation["tags"][0])
        service = re.sub(r"(?<!^)(?=[A-Z])", "_", tag).lower()
        found.append((service, str(operation.get(METHOD_NAME_EXTENSION)), legacy_method_name(operation)))
    return found


def test_every_operation_has_a_short_readable_name_unique_in_its_service() -> None:
    operations = named_operations()
    assert len(operations) == 107
    assert all(re.fullmatch(r"[a-z][a-z0-9_]*", name) for _, name, _ in operations)
    assert not [key for key, n in Counter((s, name) for s, name, _ in operations).items() if n > 1]
    # The published names repeat their service and run long; the readable ones do neither.
    assert sum(len(name) for _, name, _ in operations) / len(operations) < 16
    assert sum(len(legacy) for _, _, legacy in operations) / len(operations) > 30
    assert not [name for service, name, _ in operations if name.startswith(service.rstrip("s"))]


@pytest.mark.parametrize("client_class", [VoyadoEngage, AsyncVoyadoEngage])
def test_each_published_name_is_the_same_method_on_services_and_raw_services(client_class: Any) -> None:
    sdk = client_class(api_key=API_KEY, base_url="https://acme.voyado.com")
    for service_name, name, legacy in named_operations():
        service = getattr(sdk, service_name)
        assert getattr(type(service), legacy) is getattr(type(service), name), legacy
        assert getattr(service.with_raw_response, legacy) is getattr(service.with_raw_response, name), legacy
        if hasattr(type(service), f"{name}_iter"):
            assert getattr(type(service), f"{legacy}_iter") is getattr(type(service), f"{name}_iter"), legacy
    if client_class is AsyncVoyadoEngage:
        asyncio.run(sdk.close())
    else:
        sdk.close()


def test_help_shows_the_readable_name_first() -> None:
    with VoyadoEngage(api_key=API_KEY, base_url="https://acme.voyado.com") as sdk:
        signature = inspect.signature(sdk.orders.register)
        assert sdk.orders.register.__name__ == "register"
    assert list(signature.parameters) == ["request_body", "options"]


def test_the_published_docs_snippet_runs_unchanged(monkeypatch: pytest.MonkeyPatch) -> None:
    """The seed page's code, as written: its placeholder dates are refused with a clear error; with only those
    three strings made real dates it reaches `sdk.orders.orders_register_order(request_body=...)`, which refuses
    the placeholder totals before any I/O. Nothing ever leaves the process."""
    sent: list[httpx.Request] = []

    def refuse(_transport: Any, request: httpx.Request) -> httpx.Response:
        sent.append(request)
        raise AssertionError("the seed snippet must not reach the network")

    monkeypatch.setattr(httpx.HTTPTransport, "handle_request", refuse)
    monkeypatch.setenv("VOYADO_TENANT", "acme")
    snippet = SEED_SNIPPET.read_text(encoding="utf-8")
    with pytest.raises(RequestValidationError) as caught:
        exec(compile(snippet, str(SEED_SNIPPET), "exec"), {})
    assert [p.path for p in caught.value.errors] == ["createdDate", "shippingDate", "statusChangedDate"]

    dated = re.sub(
        r'(created_date|shipping_date|status_changed_date)="\w+"', r'\1="2024-05-02T14:03:11+02:00"', snippet
    )
    assert dated.count("2024-05-02T14:03:11+02:00") == 3
    with pytest.raises(RequestValidationError) as caught:
        exec(compile(dated, str(SEED_SNIPPET), "exec"), {})
    assert caught.value.subject == "Order"
    assert "totalGrossPrice" in {p.path for p in caught.value.errors}
    assert sent == []


def test_the_readme_example_runs_as_written(monkeypatch: pytest.MonkeyPatch) -> None:
    """The README's first example, executed: every request it makes is answered in-process (202, as Voyado does),
    so nothing leaves the machine, and each is an order to the readable method's route."""
    sent: list[httpx.Request] = []

    def answer(_transport: Any, request: httpx.Request) -> httpx.Response:
        request.read()
        sent.append(request)
        return httpx.Response(202, json={"statusCode": "Accepted"}, request=request)

    monkeypatch.setattr(httpx.HTTPTransport, "handle_request", answer)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    example = readme.split("## Using the SDK", 1)[1].split("```python\n", 1)[1].split("```", 1)[0]
    assert "sdk.orders.register(" in example
    exec(compile(example, "README.md", "exec"), {})
    assert [(r.method, r.url.path) for r in sent] == [("POST", "/api/v2/orders")] * 2
    assert sent[0].content == sent[1].content  # the dict and the model built from it go out as the same bytes
