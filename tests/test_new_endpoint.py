"""Adding an endpoint is a spec change only: copy the project, add a path and a schema, `make generate`, call it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import yaml

from tests.conftest import API_KEY, ROOT
from tests.fault_server import Action, fault_server

LOYALTY_PATHS = """\
/api/v2/loyalty/levels/{levelId}:
  get:
    tags: [Loyalty]
    operationId: LoyaltyLevels_GetLevel
    summary: Get a loyalty level
    parameters:
      - $ref: ../components/parameters.yaml#/UserAgent
      - name: levelId
        in: path
        required: true
        schema: {type: string}
      - name: language
        in: query
        required: true
        schema: {type: string}
    responses:
      "200":
        description: OK
        content:
          application/json:
            schema:
              $ref: ../schemas/loyalty.yaml#/LoyaltyLevel
"""
LOYALTY_SCHEMAS = """\
LoyaltyLevel:
  type: object
  required: [id, name]
  properties:
    id: {type: string}
    name: {type: string}
    threshold: {type: number, format: double}
"""


def copy_project(target: Path) -> None:
    ignore = shutil.ignore_patterns(
        ".git", ".venv", "node_modules", "__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache", ".hypothesis"
    )
    shutil.copytree(ROOT, target, ignore=ignore)
    # The copy uses this checkout's bootstrapped tools, so `make` finds them ready (its stamps are newer).
    (target / ".venv").symlink_to(ROOT / ".venv")
    (target / "node_modules").symlink_to(ROOT / "node_modules")


def add_endpoint(project: Path) -> None:
    spec = project / "openapi"
    (spec / "paths" / "loyalty.yaml").write_text(LOYALTY_PATHS, encoding="utf-8")
    (spec / "schemas" / "loyalty.yaml").write_text(LOYALTY_SCHEMAS, encoding="utf-8")
    root = yaml.safe_load((spec / "openapi.yaml").read_text(encoding="utf-8"))
    root["tags"].append({"name": "Loyalty", "description": "Loyalty levels."})
    root["paths"]["/api/v2/loyalty/levels/{levelId}"] = {
        "$ref": "paths/loyalty.yaml#/~1api~1v2~1loyalty~1levels~1%7BlevelId%7D"
    }
    root["components"]["schemas"]["LoyaltyLevel"] = {"$ref": "schemas/loyalty.yaml#/LoyaltyLevel"}
    (spec / "openapi.yaml").write_text(yaml.safe_dump(root, sort_keys=False), encoding="utf-8")


def test_a_new_path_and_schema_become_a_method_with_no_template_edit(tmp_path: Path) -> None:
    project = tmp_path / "project"
    copy_project(project)
    assert list((project / "generator" / "render" / "templates").rglob("*.jinja")), "the templates were found"
    templates_before = {
        p.name: p.read_bytes() for p in (project / "generator" / "render" / "templates").rglob("*.jinja")
    }
    add_endpoint(project)

    # VENV_STAMP= skips the bootstrap: the copy's .venv is this checkout's, already set up.
    make = subprocess.run(
        ["make", "generate", "VENV_STAMP="], cwd=project, capture_output=True, text=True, timeout=300, check=False
    )
    assert make.returncode == 0, make.stdout + make.stderr
    assert {
        p.name: p.read_bytes() for p in (project / "generator" / "render" / "templates").rglob("*.jinja")
    } == templates_before
    assert (project / "docs" / "loyalty.md").is_file()
    assert "loyalty.loyalty_levels_get_level" in (project / "docs" / "operations.md").read_text(encoding="utf-8")

    script = textwrap.dedent(f"""
        import json, sys
        from voyado_engage import VoyadoEngage
        with VoyadoEngage(api_key={API_KEY!r}, base_url=sys.argv[1]) as sdk:
            level = sdk.loyalty.loyalty_levels_get_level("gold", language="sv-SE")
            print(json.dumps({{"type": type(level).__name__, "name": level.name, "threshold": level.threshold}}))
    """)
    body = json.dumps({"id": "gold", "name": "Gold", "threshold": 5000}).encode()
    environment = {**os.environ, "PYTHONPATH": str(project / "generated")}  # ahead of this checkout's package
    with fault_server(Action(200, body, (("Content-Type", "application/json"),))) as server:
        run = subprocess.run(
            [sys.executable, "-c", script, server.url],
            capture_output=True,
            text=True,
            env=environment,
            timeout=60,
            check=False,
        )
        assert run.returncode == 0, run.stderr
        (request,) = server.received
    assert json.loads(run.stdout) == {"type": "LoyaltyLevel", "name": "Gold", "threshold": 5000}
    assert request.method == "GET" and request.path == "/api/v2/loyalty/levels/gold?language=sv-SE"
