# vnqa — one command each; every target creates the environment it needs.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
INDEX_DIR ?= .vnqa
SHARED ?= ../shared
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install index serve test eval bench fuzz reliability lint clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev,ray]"
	touch $(STAMP)

index: install
	$(BIN)/vnqa index corpus --index-dir $(INDEX_DIR)

serve: install
	$(BIN)/vnqa index corpus --index-dir $(INDEX_DIR)
	$(BIN)/vnqa serve --host $(HOST) --port $(PORT) --index-dir $(INDEX_DIR)

test: install
	$(BIN)/ruff check indexer qa_service eval tests
	$(BIN)/python -m pytest -q

eval: install
	VNQA_INDEX_DIR=$(INDEX_DIR) $(BIN)/python -m eval.run --shared $(SHARED) $(ARGS)

bench: install
	$(BIN)/python -m eval.bench --shared $(SHARED) $(ARGS)

# Schema fuzzing of every API operation (eval/results/fuzz.json) and every Hypothesis test,
# with more examples than `make test` runs.
fuzz: install
	HYPOTHESIS_PROFILE=fuzz VNQA_FUZZ_EXAMPLES=100 VNQA_RESULTS_DIR=$(CURDIR)/eval/results \
		$(BIN)/python -m pytest -q -p no:cacheprovider \
		$$(grep -rlE --include='test_*.py' '^(from|import) hypothesis' tests)

# SIGKILLs of `vnqa index` (eval/results/crash.json) and a load test of `vnqa serve` with
# uploads and deletes (eval/results/load.json).
reliability: install
	VNQA_CRASH_KILLS=12 VNQA_LOAD_CLIENTS=16 VNQA_LOAD_SECONDS=60 VNQA_LOAD_WRITE_EVERY=5 \
		VNQA_RESULTS_DIR=$(CURDIR)/eval/results $(BIN)/python -m pytest -q -s -p no:cacheprovider \
		tests/indexer/test_crash_safety.py tests/qa_service/test_load.py

lint: install
	$(BIN)/ruff check indexer qa_service eval tests
	$(BIN)/ruff format --check indexer qa_service eval tests

clean:
	rm -rf $(VENV) $(INDEX_DIR) .pytest_cache .ruff_cache eval/results *.egg-info
