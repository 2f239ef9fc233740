# The two commands: `make run` (set up and serve on the embedded SQLite database) and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
PYTEST_ARGS ?=

.PHONY: run test test-fast bench bench-ui clean install install-dev

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@ $(VENV)/.installed

$(VENV)/.installed-bench: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

run: $(VENV)/.installed
	DEBUG=1 $(BIN)/python manage.py migrate --noinput
	DEBUG=1 $(BIN)/python manage.py load_seeds
	DEBUG=1 $(BIN)/python manage.py create_demo_users
	@echo "Workbench: http://$(HOST):$(PORT)/   admin: http://$(HOST):$(PORT)/admin/"
	DEBUG=1 $(BIN)/python manage.py runserver $(HOST):$(PORT)

test: $(VENV)/.installed-dev
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# Everything but the browser tests, for a quick loop.
test-fast: $(VENV)/.installed-dev
	$(BIN)/python -m pytest -m "not browser" $(PYTEST_ARGS)

# The benchmark on PostgreSQL (docs/performance.md): creates and drops its own database at DATABASE_URL, default
# postgres://postgres@127.0.0.1:5432/factcheck_bench. Bigger runs: make bench BENCH_ARGS="--articles 10000".
BENCH_ARGS ?=
bench: $(VENV)/.installed-bench $(VENV)/.installed-dev
	$(BIN)/python -m bench.run $(BENCH_ARGS)
	$(BIN)/python -m bench.ui

# The reviewer UI alone (needs the dev extras' Playwright and /usr/bin/chromium): docs/performance.md.
bench-ui: $(VENV)/.installed-dev
	$(BIN)/python -m bench.ui

clean:
	rm -rf $(VENV) staticfiles .pytest_cache
