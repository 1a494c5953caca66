# Every target bootstraps what it needs: a project virtualenv (.venv) and pinned npm tools (node_modules).
# The stamp files make a second run a no-op until pyproject.toml or package-lock.json change.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
VENV_STAMP := $(VENV)/.installed
NPM_STAMP := node_modules/.installed
export REDOCLY_TELEMETRY := off
export REDOCLY_SUPPRESS_UPDATE_NOTICE := true

.PHONY: help venv demo generate check lint typecheck test clean

help:
	@echo "make demo       regenerate, then send an order through the SDK to a local mock Voyado (Prism)"
	@echo "make generate   regenerate generated/voyado_engage from openapi/"
	@echo "make test       drift check + lint + type check + tests"
	@echo "make check      fail if generated/ differs from a fresh generation"
	@echo "make lint       ruff, openapi-spec-validator and Redocly on the spec"
	@echo "make typecheck  mypy --strict on generator/, generated/ and tests/"

$(VENV_STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade "pip>=25.1"
	$(PY) -m pip install --quiet --group dev -e .
	@touch $@

$(NPM_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

venv: $(VENV_STAMP)

demo: generate $(NPM_STAMP)
	$(PY) -m examples.demo

generate: $(VENV_STAMP)
	$(PY) -m generator generate

check: $(VENV_STAMP)
	$(PY) -m generator check

lint: $(VENV_STAMP) $(NPM_STAMP)
	$(PY) -m generator lint
	node_modules/.bin/redocly lint openapi/openapi.yaml --format=stylish
	$(BIN)/ruff check generator generated tests examples
	$(BIN)/ruff format --check generator generated tests examples

typecheck: $(VENV_STAMP)
	$(BIN)/mypy

test: check lint typecheck $(NPM_STAMP)
	$(BIN)/pytest

clean:
	rm -rf $(VENV) node_modules .pytest_cache .mypy_cache .ruff_cache
