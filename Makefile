# Two commands from a fresh clone:  `make run`  and  `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
DB     ?= vnmine.duckdb

.PHONY: run test eval install dev clean

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

# every gold set: the seeds, the held-out texts where /work/shared is mounted, each blind round in eval/
HELDOUT ?= /work/shared/corpus/heldout
eval: install
	$(BIN)/vnmine eval --no-errors tests/gold/seeds.jsonl
	@if [ -d $(HELDOUT) ]; then for g in heldout heldout_blind; do echo "== $$g"; \
		$(BIN)/vnmine eval --no-errors tests/gold/$$g.jsonl $(HELDOUT) || exit 1; done; fi
	@for d in eval/round*/; do echo "== $$d"; $(BIN)/vnmine eval --no-errors $$d/gold.jsonl $$d/texts || exit 1; done

clean:
	rm -rf $(VENV) *.egg-info $(DB) $(DB).wal
