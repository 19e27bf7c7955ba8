# The two commands of the README's quick start. Both work on a fresh machine with only
# Python 3.11+ and make: they create .venv and install into it.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
TSTAMP := $(VENV)/.installed-test

.PHONY: demo test lint typecheck layers unit bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install -q -e .
	touch $@

$(TSTAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $@ $(STAMP)

demo: $(STAMP)
	$(BIN)/timeaudit demo
	@echo "  (the timeaudit command is in $(BIN)/: run '. $(BIN)/activate' to put it on your PATH)"

test: $(TSTAMP) lint typecheck layers unit

lint: $(TSTAMP)
	$(BIN)/ruff check src tests benchmarks tools
	$(BIN)/ruff format --check src tests benchmarks tools

typecheck: $(TSTAMP)
	$(BIN)/mypy

# The layer rule of the README's architecture section; a broken contract fails the build.
layers: $(TSTAMP)
	$(BIN)/lint-imports

unit: $(TSTAMP)
	$(BIN)/pytest -q

bench: $(STAMP)
	$(BIN)/python -m benchmarks

clean:
	rm -rf $(VENV) build dist *.egg-info timeaudit-demo
