# participatie.brussels — the two commands a newcomer needs are `make run` and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
STAMP := $(VENV)/.installed

.PHONY: run test e2e lint format setup messages lock clean

run: setup
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py seed_demo
	$(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

test: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python manage.py makemigrations --check --dry-run
	$(BIN)/pytest -n auto -m "not e2e" $(PYTEST_ARGS)

# Browser tests only (tests/e2e): Playwright drives the machine's Chromium (never a download)
# and fails without one. A failure leaves a screenshot and the page's HTML in var/e2e/.
e2e: setup
	rm -rf var/e2e
	E2E_REQUIRED=1 $(BIN)/pytest -n 2 -m e2e $(PYTEST_ARGS)

setup: $(STAMP) .env
	$(BIN)/python manage.py compile_translations -v0

# Every machine installs the exact versions and hashes of the lock (see `make lock`).
$(STAMP): requirements/dev.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --require-hashes -r requirements/dev.lock
	touch $(STAMP)

.env:
	cp .env.example .env

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: setup
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

messages: setup
	$(BIN)/python manage.py makemessages -l nl -l fr -l en --ignore=.venv --ignore=var --no-obsolete
	$(BIN)/python manage.py compile_translations

# Re-resolve the lock files after changing the dependency ranges in pyproject.toml.
lock: $(STAMP)
	$(BIN)/pip install --quiet "pip-tools>=7.4,<8"
	$(BIN)/pip-compile --quiet --generate-hashes --allow-unsafe --no-emit-index-url \
		--no-emit-find-links --strip-extras -o requirements/base.lock pyproject.toml
	$(BIN)/pip-compile --quiet --generate-hashes --allow-unsafe --no-emit-index-url \
		--no-emit-find-links --strip-extras --extra dev -o requirements/dev.lock pyproject.toml

clean:
	rm -rf $(VENV) var

# Load benchmark, not a test (docs/performance.md): figures in var/bench/latest.md and JSON.
.PHONY: bench bench-smoke
bench: setup
	$(BIN)/python -m bench.run $(BENCH_ARGS)

# A few seconds of the same, for CI: fails on any error response.
bench-smoke: setup
	$(BIN)/python -m bench.run --smoke $(BENCH_ARGS)
