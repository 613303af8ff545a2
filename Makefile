# The command index. `make serve` and `make test` are the README's two commands.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
CORPUS ?= ../shared/corpus

.PHONY: help install install-test serve test lint typecheck unit eval bench bench-anchoring bench-load clean \
	extension-tools extension-lint extension-zip

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

install: $(BIN)/python  ## install the backend into .venv
	$(BIN)/pip install --quiet -e .

install-test: $(BIN)/python  ## install the backend and everything the tests need
	$(BIN)/pip install --quiet -e '.[test]'
	@./.ci/ensure-system-packages

serve: install  ## install, then serve on 127.0.0.1:8000
	$(BIN)/sourcelight serve

test: install-test extension-lint  ## install, lint, type-check and run the whole suite
	$(BIN)/ruff check server tests
	$(BIN)/ruff format --check server tests
	$(BIN)/mypy
	$(BIN)/pytest

extension/tools/node_modules: extension/tools/package-lock.json
	cd extension/tools && npm ci --no-audit --no-fund --loglevel=error
	@touch $@

extension-tools: extension/tools/node_modules  ## web-ext, from the npm registry (lockfile)

extension-lint: extension-tools  ## web-ext lint, as Firefox Add-ons checks the extension
	cd extension/tools && npm run --silent lint

extension-zip: extension-tools  ## dist/ zips for the Chrome Web Store and Firefox Add-ons
	cd extension/tools && npm run --silent build:chrome && npm run --silent build:firefox

unit: ## the suite without the real-browser tests
	$(BIN)/pytest -m "not browser"

lint:  ## ruff
	$(BIN)/ruff check server tests && $(BIN)/ruff format --check server tests

typecheck:  ## mypy
	$(BIN)/mypy

eval: install  ## quote, speaker and source figures on the labelled corpus
	$(BIN)/sourcelight eval --corpus $(CORPUS)

bench: install  ## speed and extraction figures for docs/BENCHMARKS.md
	$(BIN)/pip install --quiet -e '.[bench]'
	$(BIN)/python -m server.evaluation.bench --corpus $(CORPUS)

bench-anchoring: install-test  ## the extension's anchoring over the corpus, in real Chromium
	$(BIN)/python -m tests.browser.bench_anchoring --corpus $(CORPUS)

bench-load: install  ## throughput and worker memory under gunicorn (needs Debian's wrk)
	$(BIN)/python -m server.evaluation.load --corpus $(CORPUS)

clean:  ## remove the virtual environment and build output
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache \
		extension/tools/node_modules
