# Two commands from a fresh clone:  `make run`  and  `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
DB     ?= vnmine.duckdb

.PHONY: run test install dev clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $@

install: $(VENV)/.installed

run: install
	$(BIN)/vnmine run --db $(DB)

test: install
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) *.egg-info $(DB) $(DB).wal
