# Træningscenter Ishøj-Vallensbæk: every set-up step lives here.
#   make run    install, build the SPA, migrate, load demo data once, serve http://127.0.0.1:8000
#   make test   install and run every check
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
VENV_STAMP := $(VENV)/.installed

include make/frontend.mk

.PHONY: install run serve migrate demo admin user retention openapi lint test test-python \
	test-db e2e bench bench-cpu bench-scheduling bench-letters bench-intake bench-attendance clean pdf-libraries

# Debian's Pango and a font: WeasyPrint prints the letters to PDF with them.
PDF_PACKAGES := libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core

$(VENV_STAMP): requirements-dev.lock pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.lock
	$(PY) -m pip install --quiet --no-deps -e .
	touch $@

install: $(VENV_STAMP) frontend-install pdf-libraries

pdf-libraries:
	dpkg -s $(PDF_PACKAGES) >/dev/null 2>&1 || (apt-get update && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y $(PDF_PACKAGES))

# WORKERS=n serving processes (default: TRAENING_WORKERS, else one per core).
WORKERS ?=
run: install frontend-build
	$(PY) -m api serve --demo $(if $(WORKERS),--workers $(WORKERS))

# As the owner (DATABASE_URL); creates the service's login role where the owner may. The
# service itself serves as that role (README, Database roles).
migrate: $(VENV_STAMP)
	$(PY) -m api migrate

demo: $(VENV_STAMP)
	$(PY) -m api demo

# The first administrator (asks for a username and a password; there is no default).
admin: $(VENV_STAMP)
	@read -r -p "Brugernavn for administratoren: " username; \
	$(PY) -m api create-user --username "$$username" --name "$$username" --role administrator

# Another account from the command line: make user USERNAME=anna ROLE=team_leader SITES="syd nord"
user: $(VENV_STAMP)
	$(PY) -m api create-user --username "$(USERNAME)" --name "$(USERNAME)" --role "$(ROLE)" \
		$(foreach site,$(SITES),--site $(site))

retention: $(VENV_STAMP)
	$(PY) -m api retention

# Regenerate openapi.yaml and the SPA's client from the app, and the default letters the
# SPA's visual editor is tested on.
openapi: $(VENV_STAMP) frontend-install
	$(PY) -m api openapi
	$(PY) -m api letter-defaults
	cd frontend && npm run --silent gen:api

lint: $(VENV_STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy domain persistence api bench
	$(VENV)/bin/lint-imports

test: install chromium lint frontend-check frontend-build
	$(PY) -m api openapi --check
	$(MAKE) --no-print-directory test-python
	$(MAKE) --no-print-directory e2e

test-python: $(VENV_STAMP) pdf-libraries
	$(VENV)/bin/pytest

# The database tests alone (.ci/run repeats them against the machine's PostgreSQL server).
test-db: $(VENV_STAMP) pdf-libraries
	$(VENV)/bin/pytest tests/api tests/persistence tests/contract

e2e: install chromium frontend-build
	bash make/e2e.sh

# The worklist, a case and citizen search over HTTP next to their raw ceilings
# (docs/benchmarks.md); BENCH_ARGS=--reuse
# keeps the seeded database, BENCH_ARGS="--main ../main" adds another checkout's code.
bench: $(VENV_STAMP)
	$(PY) -m bench.run $(BENCH_ARGS)

# Python CPU per request of the hot pages, called in-process (docs/benchmarks.md).
bench-cpu: $(VENV_STAMP)
	$(PY) -m bench.cpu $(BENCH_ARGS)

# A therapist's week, booking and a refused clash at concurrency 4 next to raw asyncpg, on a
# year of 50 therapists' calendars (docs/benchmarks.md); BENCH_ARGS as for bench.
bench-scheduling: $(VENV_STAMP)
	$(PY) -m bench.run --scheduling $(BENCH_ARGS)

bench-letters: $(VENV_STAMP) pdf-libraries
	$(PY) -m bench.letters

# Intake of 1,000 hospital plans (GGOP) over HTTP against raw asyncpg (docs/benchmarks.md).
bench-intake: $(VENV_STAMP)
	$(PY) -m bench.intake $(BENCH_ARGS)

# 600 classes of 12 registered over HTTP against raw asyncpg, 4 at a time (docs/benchmarks.md).
bench-attendance: $(VENV_STAMP)
	$(PY) -m bench.attendance $(BENCH_ARGS)

clean:
	rm -rf $(VENV) frontend/node_modules frontend/dist
