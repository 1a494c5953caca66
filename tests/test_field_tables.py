"""Models are field tables: their methods are compiled from `_fields` on first use, and behave as written out."""

from __future__ import annotations

import ast
import pickle
import traceback
from pathlib import Path

import pytest

from voyado_engage import RequestValidationError
from voyado_engage.models import Order, OrderItem

pytestmark = pytest.mark.quick

MODELS = Path(__file__).resolve().parent.parent / "generated" / "voyado_engage" / "models"
LINES_BEFORE_TABLES = 19_330  # models/ when every model wrote out its constructor, reader and writer


def code_lines(path: Path) -> int:
    """A module's lines, its docstrings aside (the fields' descriptions are documentation, not code)."""
    text = path.read_text(encoding="utf-8")
    documentation = {
        line
        for node in ast.walk(ast.parse(text))
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)
        for line in range(node.lineno, (node.end_lineno or node.lineno) + 1)
    }
    return len(text.splitlines()) - len(documentation)


def test_models_are_tables_not_unrolled_code() -> None:
    lines = sum(code_lines(path) for path in MODELS.glob("*.py"))
    assert lines <= LINES_BEFORE_TABLES // 2, lines
    for path in MODELS.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "def to_dict" not in text and "def _from_wire" not in text, path.name


def test_a_subclass_of_a_model_is_built_read_and_written_as_its_model() -> None:
    class Line(OrderItem):
        pass

    line = Line(type_="PURCHASE", sku="S1", quantity=1, gross_paid_price=10, description="d", tax_amount=2)
    wire = line.to_dict()
    assert wire == {"type": "PURCHASE", "sku": "S1", "quantity": 1, "grossPaidPrice": 10, "description": "d"} | {
        "taxAmount": 2
    }
    read = Line.from_dict(wire)
    assert type(read) is Line and read.to_dict() == wire


def test_compiled_methods_keep_their_names_and_show_their_source_in_tracebacks() -> None:
    with pytest.raises(RequestValidationError):
        Order.from_dict({})  # the first use compiles
    assert Order.__init__.__qualname__ == "Order.__init__"
    with pytest.raises(RequestValidationError) as caught:
        OrderItem(type_="PURCHASE", sku=["S"], quantity="x", gross_paid_price=1, description="d")  # type: ignore[arg-type]
    assert [problem.path for problem in caught.value.errors] == ["sku", "quantity"]
    frames = traceback.extract_tb(caught.value.__traceback__)
    assert any("fields.done(_cls)" in (frame.line or "") for frame in frames)


def test_a_model_pickles_and_compares_after_compilation() -> None:
    item = OrderItem.from_dict({"type": "RETURN", "sku": "S", "quantity": -1, "grossPaidPrice": -5, "description": "d"})
    assert pickle.loads(pickle.dumps(item)) == item


def test_a_subclass_override_that_calls_super_runs_once_even_on_first_use() -> None:
    calls: list[str] = []

    class Counted(OrderItem):
        def __init__(self, **fields: object) -> None:
            calls.append("init")
            super().__init__(**fields)  # type: ignore[arg-type]

        def to_dict(self) -> dict[str, object]:
            calls.append("to_dict")
            return {"wrapped": super().to_dict()}

    # A class of its own, first used here: the stand-in methods compile the generated class and call its methods.
    item = Counted(type_="PURCHASE", sku="S1", quantity=1, gross_paid_price=1, description="d")
    assert item.to_dict() == {
        "wrapped": {"type": "PURCHASE", "sku": "S1", "quantity": 1, "grossPaidPrice": 1, "description": "d"}
    }
    assert calls == ["init", "to_dict"]
