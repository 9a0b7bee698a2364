# kartlegg: `make demo` runs the main job on the embedded store; `make test` runs every check.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
export PIP_DISABLE_PIP_VERSION_CHECK=1

.PHONY: install native demo test lint typecheck pytest clean bench i18n

$(BIN)/kartlegg: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q -e '.[native]' 2>&1 | grep -v "^WARNING: Location" || true
	@test -x $(BIN)/kartlegg || (echo "install failed" && exit 1)
	touch $@

$(VENV)/.test-installed: $(BIN)/kartlegg
	$(BIN)/pip install -q -e '.[test]' 2>&1 | grep -v "^WARNING: Location" || true
	@$(BIN)/python -c "import pytest, hypothesis, playwright" || (echo "test install failed" && exit 1)
	touch $@

install: $(BIN)/kartlegg native

# compile the extraction modules with mypyc (a no-op when the build matches the sources; see extract/native.py)
native: $(BIN)/kartlegg
	@$(BIN)/python scripts/build_native.py || echo "warning: extraction not compiled, running as pure Python (slower)"

demo: install
	$(BIN)/kartlegg demo

lint: $(VENV)/.test-installed
	$(BIN)/ruff check src tests benchmarks scripts

typecheck: $(VENV)/.test-installed
	$(BIN)/mypy src

pytest: $(VENV)/.test-installed native
	KARTLEGG_REQUIRE_NATIVE=1 bash scripts/test-services.sh $(BIN)/python -m pytest -q $(PYTEST_ARGS)

test: lint typecheck pytest

bench: install
	$(BIN)/python benchmarks/ingest.py

# message catalogues: extract the messages, merge them into the four .po files, compile the .mo files
LOCALES := src/kartlegg/locale
i18n: $(BIN)/kartlegg
	$(BIN)/pybabel -q extract -F babel.cfg -k N_ --no-location --sort-output --project kartlegg -o $(LOCALES)/messages.pot .
	for l in nb sv da en; do $(BIN)/pybabel -q update --no-fuzzy-matching -i $(LOCALES)/messages.pot -d $(LOCALES) -l $$l; done
	$(BIN)/pybabel -q compile -d $(LOCALES) --statistics

clean:
	rm -rf $(VENV) kartlegg-data .pytest_cache .mypy_cache .ruff_cache src/kartlegg/extract/native-build
