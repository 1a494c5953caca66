"""Model names are chosen in the spec: an inline body schema is named by `x-voyado-model-name`, never after its
operation (`ContactBulkGetBulkStatusResponse200`), and every name the package exported before stays importable."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import pytest

import voyado_engage.models
from generator.plan.names import named_bodies
from tests.conftest import ROOT, spec_document

pytestmark = pytest.mark.quick

# The package's model names before the spec named its inline schemas: public, so each must still import.
BEFORE = (Path(__file__).parent / "fixtures" / "public" / "models-before-names.txt").read_text().split()
MODELS = ROOT / "generated" / "voyado_engage" / "models"


def test_every_name_exported_before_still_imports_as_the_same_class() -> None:
    for name in BEFORE:
        value = getattr(voyado_engage.models, name)
        assert name in voyado_engage.models.__all__
        assert inspect.isclass(value) or hasattr(value, "__annotations__"), name


def test_a_former_name_is_the_named_class_itself() -> None:
    formers = {former: body.name for body in named_bodies(spec_document()) for former in body.formers}
    # The create and update bodies of contacts became `ContactFields`: their former names are its aliases now.
    formers |= dict.fromkeys(
        ("ContactsVCreateContactHeaderParamBody", "ContactsVUpdateContactPostBody"), "ContactFields"
    )
    # The changed-ids answer is a list now; its former class stays, named by a schema of its own.
    formers["ContactsVGetChangedContactIdsResponse200"] = "ChangedContactIds"
    assert len(formers) == 30 and set(formers) <= set(BEFORE)
    for former, name in formers.items():
        assert getattr(voyado_engage.models, former) is getattr(voyado_engage.models, name), former


def test_no_model_module_is_named_after_an_operation() -> None:
    operation_like = re.compile(r".*_(body|response_\d{3})\.py")
    named_after_schemas = {"error_body.py"}  # ErrorBody is a schema's own name
    found = {path.name for path in MODELS.glob("*.py") if operation_like.fullmatch(path.name)}
    assert found == named_after_schemas


def test_a_renamed_schema_keeps_its_former_names() -> None:
    schemas = spec_document()["components"]["schemas"]
    renamed = {
        name: schema["x-voyado-former-names"] for name, schema in schemas.items() if "x-voyado-former-names" in schema
    }
    assert renamed["PointTransactionFilter"] == ["PointAccountPointTransactions2Filter"]
    for name, formers in renamed.items():
        for former in formers:
            assert getattr(voyado_engage.models, former) is getattr(voyado_engage.models, name), former
