"""Every field is documented: each property of each request schema, at least 90% of all properties, and each
service (tag) says what it is for. The texts reach docstrings, docs/models.md and the IDE's hover."""

from __future__ import annotations

import copy
import re
from functools import cache
from typing import Any

import pytest

from generator.plan.build import build_plan
from generator.plan.values import ApiPlan
from tests.conftest import ROOT, spec_document

pytestmark = pytest.mark.quick

SPEC_DIR = ROOT / "openapi"
DESCRIBED_SHARE = 0.9


@cache
def plan_of_the_spec() -> ApiPlan:
    return build_plan(spec_document(), SPEC_DIR)


def request_models(plan: ApiPlan) -> set[str]:
    """The models a request body holds, directly or nested."""
    models = {model.name: model for model in plan.models}
    todo = [name for service in plan.services for e in service.endpoints if e.body for name in e.body.models]
    seen: set[str] = set()
    while todo:
        name = todo.pop()
        if name not in seen and name in models:
            seen.add(name)
            todo += [nested for field in models[name].fields for nested in field.type.models]
    return seen


def undescribed(plan: ApiPlan) -> tuple[list[str], list[str], int]:
    """(request fields without a description, all fields without one, the number of fields)."""
    requests = request_models(plan)
    missing = [f"{m.name}.{f.wire_name}" for m in plan.models for f in m.fields if not f.description.strip()]
    in_requests = [name for name in missing if name.split(".")[0] in requests]
    return in_requests, missing, sum(len(model.fields) for model in plan.models)


def test_every_request_field_and_nine_in_ten_of_all_fields_are_described() -> None:
    in_requests, missing, total = undescribed(plan_of_the_spec())
    assert in_requests == []
    assert 1 - len(missing) / total >= DESCRIBED_SHARE, f"{total - len(missing)} of {total} described"


def test_every_service_says_what_it_is_for() -> None:
    for service in plan_of_the_spec().services:
        assert service.description.strip(), service.attribute
        assert not re.match(r"Operations of the \w+ service", service.description), service.attribute


def test_the_check_finds_an_undescribed_request_field() -> None:
    document: Any = copy.deepcopy(spec_document())
    del document["components"]["schemas"]["ReceiptItem"]["properties"]["sku"]["description"]
    in_requests, missing, _ = undescribed(build_plan(document, SPEC_DIR))
    assert in_requests == ["ReceiptItem.sku"] and missing == ["ReceiptItem.sku"]
