# Two commands on a fresh machine: `make demo` and `make test`. Each sets up .venv when missing.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test test-public test-slow lint setup clean benchmarks

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

setup: $(STAMP)

demo: $(STAMP)
	$(BIN)/d365migrate run parameters/demo.yml

test: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/pytest -q -n 2 --dist loadfile -m "not slow and not public"

# The public exports (tests/data/exports): every held-out figure against its floor and every
# export's end-to-end run; needs their data rebuilt (tests/data/exports/README.md), else skips.
test-public: $(STAMP)
	$(BIN)/pytest -q -n 2 --dist loadfile -m "public and not slow"

# The few end-to-end tests over a minute each (a wheel installed and run; two runs rolled
# back field by field): CI runs them after make test.
test-slow: $(STAMP)
	$(BIN)/pytest -q -n 2 --dist loadfile -m slow

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks

benchmarks: $(STAMP)
	for b in benchmarks/*.py; do $(BIN)/python $$b || exit 1; done

clean:
	rm -rf runs .pytest_cache
