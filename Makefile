# The portal: `make run` for the demo site, `make test` for the whole suite. `make` lists targets.
.DEFAULT_GOAL := help
SHELL := /bin/bash

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
RUNTIME_STAMP := $(VENV)/.runtime-installed
DEV_STAMP := $(VENV)/.dev-installed
# Let Python keep compiled modules (__pycache__, ignored by git). With PYTHONDONTWRITEBYTECODE set, as some
# sandboxes do, every process compiles our code and pytest rewrites every test module again: collecting the
# suite took 10 s instead of 3 in each xdist worker and in each of the real server's subprocesses.
unexport PYTHONDONTWRITEBYTECODE

.PHONY: help run test fuzz lint format serve bench clean migrate demo audit

help: ## List the targets
	@grep -E '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  make %-8s %s\n", $$1, $$2}'

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit("Python 3.11 or newer is needed, found " + sys.version.split()[0]) if sys.version_info < (3, 11) else None'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(RUNTIME_STAMP): $(BIN)/python requirements.txt
	$(BIN)/pip install --quiet -r requirements.txt
	@touch $@

$(DEV_STAMP): $(RUNTIME_STAMP) requirements-dev.txt
	$(BIN)/pip install --quiet -r requirements-dev.txt
	@touch $@

migrate: $(RUNTIME_STAMP) ## Apply database migrations
	$(BIN)/python manage.py migrate --noinput

demo: migrate ## Load (or refresh) the demo content and print the demo logins
	$(BIN)/python manage.py load_demo_content

# The outbox sender runs beside the server, so referral emails print here (console backend) within
# seconds; links in emails use WAGTAILADMIN_BASE_URL, which follows PORT unless set. Ctrl+C stops both.
run: demo ## Set up everything and serve the demo site on http://127.0.0.1:$(PORT), printing its emails here
	@echo "Serving the demo site on http://127.0.0.1:$(PORT)/ (admin at /admin/). Emails appear here. Ctrl+C stops it."
	@export WAGTAILADMIN_BASE_URL="$${WAGTAILADMIN_BASE_URL:-http://127.0.0.1:$(PORT)}"; \
	$(BIN)/python manage.py send_notifications --every 3 & sender=$$!; \
	trap 'kill $$sender 2>/dev/null' EXIT INT TERM; \
	$(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

# Every core by default; `make test PYTEST_ARGS=...` replaces this (e.g. '-n 0 -k search' for one test).
PYTEST_ARGS ?= -n auto

test: $(DEV_STAMP) ## Run the whole test suite on every core (browser tests need Debian's chromium)
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# `make fuzz FUZZ_PROFILE=ci` sends 1,000 per form (about 8 minutes on 2 cores) instead of 10,000.
FUZZ_PROFILE ?= fuzz

fuzz: $(DEV_STAMP) ## Post 10,000 random and hostile examples to every public form (make test sends 100)
	HYPOTHESIS_PROFILE=$(FUZZ_PROFILE) $(BIN)/python -m pytest -m fuzz $(PYTEST_ARGS)

lint: $(DEV_STAMP) ## ruff, ruff format --check, djhtml, a missing-migrations check and the message catalogues
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djhtml --check templates
	DJANGO_SETTINGS_MODULE=portal.settings.test $(BIN)/python manage.py makemigrations --check --dry-run
	@# Polish and Urdu (locale/): complete, placeholders intact, the committed .mo the same as its .po.
	DJANGO_SETTINGS_MODULE=portal.settings.test $(BIN)/python manage.py check_translations
	@# ... and no words in a public template (every one under templates/ but the staff screens) outside {% translate %} (no database: seconds).
	$(BIN)/python -m pytest -p xdist -n 0 -q --no-header portal/tests/test_languages_templates.py

audit: $(DEV_STAMP) ## Security checks: bandit (any high-severity finding fails) and pip-audit (needs its database online)
	$(BIN)/bandit -q -r home portal referrals resources selfassess -x '*/tests/*,*/migrations/*' --severity-level high
	@# pip-audit asks PyPI's vulnerability API about each installed package. Offline (or through a mirror without
	@# that API) nothing can be checked: say so plainly instead of reporting a clean bill of health.
	@out=$$($(BIN)/pip-audit --progress-spinner off --local 2>&1); status=$$?; \
	if echo "$$out" | grep -Eq "^Found [0-9]+ known vulnerabilit"; then echo "$$out"; exit 1; \
	elif echo "$$out" | grep -Eq "could not be audited|ConnectionError|Max retries"; then \
		echo "make audit: pip-audit could not reach its vulnerability database, so dependencies were NOT audited."; \
		echo "            Only bandit ran. Run 'make audit' again with internet access to PyPI."; \
	elif [ $$status -ne 0 ]; then echo "$$out"; exit $$status; \
	else echo "pip-audit: no known vulnerabilities in installed packages."; fi

format: $(DEV_STAMP) ## Format Python and templates in place
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	$(BIN)/djhtml templates

serve: $(RUNTIME_STAMP) ## Serve with gunicorn and production settings (needs SECRET_KEY, ALLOWED_HOSTS, WAGTAILADMIN_BASE_URL)
	DJANGO_SETTINGS_MODULE=portal.settings.production $(BIN)/python manage.py collectstatic --noinput
	DJANGO_SETTINGS_MODULE=portal.settings.production $(BIN)/python manage.py migrate --noinput
	DJANGO_SETTINGS_MODULE=portal.settings.production WEB_CONCURRENCY=2 \
		$(BIN)/gunicorn -c portal/gunicorn.conf.py portal.wsgi --bind 127.0.0.1:$(PORT)

bench: $(RUNTIME_STAMP) ## Benchmark gunicorn + production settings on a throwaway demo copy; writes docs/benchmarks.md
	$(BIN)/python -m bench $(BENCH_ARGS)

clean: ## Remove the virtual environment and local data (var/)
	rm -rf $(VENV) var

# Several app servers behind nginx on PostgreSQL and Redis (bench/cluster.py, docs/resilience.md).
.PHONY: cluster cluster-test soak
CLUSTER_SERVERS ?= 3
SOAK_SUBMISSIONS ?= 10000
SOAK_CLIENTS ?= 50

cluster: $(RUNTIME_STAMP) ## 3 gunicorn servers behind nginx on PostgreSQL (portal_cluster) and Redis; Ctrl+C stops them
	$(BIN)/python -m bench.cluster --servers $(CLUSTER_SERVERS) $(CLUSTER_ARGS)

cluster-test: $(DEV_STAMP) ## The cluster's tests: shared page cache, limits, journeys and outbox; a server killed mid-request (3 minutes)
	CLUSTER_TESTS=1 $(BIN)/python -m pytest bench/tests/test_cluster.py $(CLUSTER_TEST_ARGS)

soak: $(RUNTIME_STAMP) ## 10,000 referrals from 50 families on the cluster, PostgreSQL and Redis restarted mid-run (SOAK_SUBMISSIONS=300: short)
	$(BIN)/python -m bench.soak --submissions $(SOAK_SUBMISSIONS) --clients $(SOAK_CLIENTS) $(SOAK_ARGS)
