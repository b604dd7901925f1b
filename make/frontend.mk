# Frontend targets, included by the root Makefile. Paths are relative to the repository root.
#
#   make frontend-install   npm ci in frontend/ (again only when package-lock.json changes)
#   make frontend-check     API types up to date, tsc, eslint, vitest
#   make frontend-build     vite build into frontend/dist (served by the backend at /)
#   make chromium           Debian's chromium for the end-to-end tests, if missing
#   make e2e-run            end-to-end tests against a running server at BASE_URL
#                           (E2E_FILES=e2e/teams.test.mjs runs some of them)

FRONTEND_DIR   := frontend
FRONTEND_STAMP := $(FRONTEND_DIR)/node_modules/.install-stamp
BASE_URL       ?= http://127.0.0.1:8765
NPM            ?= npm

.PHONY: frontend-install frontend-check frontend-build chromium e2e-run

frontend-install: $(FRONTEND_STAMP)

$(FRONTEND_STAMP): $(FRONTEND_DIR)/package-lock.json $(FRONTEND_DIR)/package.json
	cd $(FRONTEND_DIR) && $(NPM) ci --no-audit --no-fund
	touch $@

frontend-check: $(FRONTEND_STAMP)
	cd $(FRONTEND_DIR) && $(NPM) run --silent check:api
	cd $(FRONTEND_DIR) && $(NPM) run --silent typecheck
	cd $(FRONTEND_DIR) && $(NPM) run --silent lint
	cd $(FRONTEND_DIR) && $(NPM) run --silent test

frontend-build: $(FRONTEND_STAMP)
	cd $(FRONTEND_DIR) && $(NPM) run --silent build

chromium:
	test -x /usr/bin/chromium || (apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium)

E2E_FILES ?= e2e/*.test.mjs

e2e-run: $(FRONTEND_STAMP) chromium
	cd $(FRONTEND_DIR) && BASE_URL=$(BASE_URL) node --test --test-concurrency=1 $(E2E_FILES)
