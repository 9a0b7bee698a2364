# kartlegg: `make demo` runs the main job on the embedded store; `make test` runs every check.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
export PIP_DISABLE_PIP_VERSION_CHECK=1

.PHONY: install native demo test test-cluster lint typecheck pytest smoke lock wheel clean bench i18n

# The venv gets the locked, hashed versions (requirements/dev.txt: every extra, pyspark through the test extra, and the tools),
# then kartlegg itself as an editable install without build isolation (its build tools are in the lock)
# and without mypyc: a checkout's compiled build is made by scripts/build_native.py (`native`, below).
$(BIN)/kartlegg: pyproject.toml requirements/dev.txt setup.py
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --require-hashes -r requirements/dev.txt 2>&1 | grep -v "^WARNING: Location" || true
	KARTLEGG_PURE_BUILD=1 $(BIN)/pip install -q --no-deps --no-build-isolation -e . 2>&1 | grep -v "^WARNING: Location" || true
	@test -x $(BIN)/kartlegg || (echo "install failed" && exit 1)
	touch $@

$(VENV)/.test-installed: $(BIN)/kartlegg
	@$(BIN)/python -c "import pytest, hypothesis, playwright, build" || (echo "test install failed" && exit 1)
	touch $@

install: $(BIN)/kartlegg native

# compile the extraction modules with mypyc (a no-op when the build matches the sources; see extract/native.py)
native: $(BIN)/kartlegg
	@$(BIN)/python scripts/build_native.py || echo "warning: extraction not compiled, running as pure Python (slower)"

# the wheels a unit installs: dist/kartlegg-*-cp311-*.whl with the compiled extractor, and the pure one
wheel: $(VENV)/.test-installed
	rm -rf dist build
	$(BIN)/python -m build
	rm -rf build  # a wheel built from the source folder packs whatever build/ holds
	KARTLEGG_PURE_BUILD=1 $(BIN)/python -m build --wheel

# the built wheel in a fresh venv: ingest, analyze, export, extract speed (scripts/smoke_wheel.sh)
smoke: $(VENV)/.test-installed native
	bash scripts/smoke_wheel.sh

# recompile the lock files from pyproject.toml's ranges (pip-tools, with hashes)
lock: $(VENV)/.test-installed
	bash scripts/lock.sh

demo: install
	$(BIN)/kartlegg demo

lint: $(VENV)/.test-installed
	$(BIN)/ruff check src tests benchmarks scripts

typecheck: $(VENV)/.test-installed
	$(BIN)/mypy src

# two pytest workers (pytest-xdist): much of a test waits on a subprocess, a browser or PostgreSQL, so two
# workers beside the smoke test keep both cores busy (every test has its own tmp_path and database).
# `--dist worksteal`: each worker starts on half of the suite, and one that runs out takes half of what the
# other has left. xdist's default `load` never moves a worker's first chunk, an eighth of the suite each, and
# the heaviest folders come first (assess, cli, collect, engines): in session 45's run the first worker had
# done 50 of its 454 tests after 23 minutes, the second 1,607. `--durations=25`: every CI log names the
# slowest tests. The two-worker Spark cluster test has its own target: four JVMs take ~5 minutes of the two
# cores.
PYTEST_WORKERS ?= 2
pytest: $(VENV)/.test-installed native
	KARTLEGG_REQUIRE_NATIVE=1 bash scripts/test-services.sh $(BIN)/python -m pytest -q -n $(PYTEST_WORKERS) \
		--dist worksteal -m "not cluster" --durations=25 $(PYTEST_ARGS)

# the same Spark job on a standalone cluster of one master and two workers on 127.0.0.1 (scripts/spark_cluster.sh)
test-cluster: $(VENV)/.test-installed native
	KARTLEGG_REQUIRE_NATIVE=1 $(BIN)/python -m pytest -q -m cluster tests/engines $(PYTEST_ARGS)

# CI must stay under 20 minutes: the one-core steps run two at a time (mypy beside the compiled build), then
# the wheel smoke test beside pytest's two workers
test:
	$(MAKE) --no-print-directory -j2 --output-sync=target lint typecheck native
	$(MAKE) --no-print-directory -j2 --output-sync=target pytest smoke

bench: install
	$(BIN)/python benchmarks/ingest.py

# message catalogues: extract the messages, merge them into the four .po files, compile the .mo files
LOCALES := src/kartlegg/locale
i18n: $(BIN)/kartlegg
	$(BIN)/pybabel -q extract -F babel.cfg -k N_ --no-location --sort-output --project kartlegg -o $(LOCALES)/messages.pot .
	for l in nb sv da en; do $(BIN)/pybabel -q update --no-fuzzy-matching -i $(LOCALES)/messages.pot -d $(LOCALES) -l $$l; done
	$(BIN)/pybabel -q compile -d $(LOCALES) --statistics

clean:
	rm -rf $(VENV) dist build kartlegg-data .pytest_cache .mypy_cache .ruff_cache src/kartlegg/extract/native-build
