# Two commands set everything up on a fresh machine with Python 3.11 (Debian or Ubuntu):
#   make run    install, migrate, load the demo content, create the admin account, serve on 127.0.0.1:8000
#   make test   install with the test tools and run the whole test suite
#   make client regenerate the TypeScript client's types (clients/typescript/src/schema.ts) from the API's schema
#   make prod   the production stack in the foreground: Varnish :8080 -> gunicorn :8081, the task worker,
#               PostgreSQL (database "cms") and Redis (docs/DEPLOY.md); PROCESSES="web worker" for some of it
# Each installs the system packages it needs when they are missing (deploy/system-packages).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
# Links the admin prints (log in, notification emails) point at the server `make run` starts.
export WAGTAILADMIN_BASE_URL ?= http://127.0.0.1:$(PORT)

.PHONY: run test lint format setup prod client system-run system-test system-prod

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Reinstall only when a requirements file changed, so a second run is quick and changes nothing.
$(VENV)/.installed: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	touch $@

system-run system-test system-prod:
	deploy/system-packages $(@:system-%=%)

setup: system-run $(VENV)/.installed
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py compile_catalogs
	$(BIN)/python manage.py load_demo
	$(BIN)/python manage.py ensure_admin

run: setup
	$(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

# axe-core for the accessibility tests, at the version package-lock.json pins.
AXE := tests/browser/node_modules/.installed
$(AXE): tests/browser/package.json tests/browser/package-lock.json
	npm ci --prefix tests/browser --silent --no-audit --no-fund
	touch $@

# The TypeScript client's tools (tsc, openapi-typescript) and its one dependency, at the versions its
# package-lock.json pins; its tests (tests/clients/) build and run it against a live server.
CLIENT := clients/typescript
CLIENT_MODULES := $(CLIENT)/node_modules/.installed
$(CLIENT_MODULES): $(CLIENT)/package.json $(CLIENT)/package-lock.json
	npm ci --prefix $(CLIENT) --silent --no-audit --no-fund
	touch $@

# Regenerate the client's types (src/schema.ts) from the OpenAPI document the code describes; commit them.
client: $(VENV)/.installed $(CLIENT_MODULES)
	$(BIN)/python manage.py spectacular --format openapi-json --file $(CLIENT)/openapi.json
	npm run --prefix $(CLIENT) --silent generate

# Test processes (pytest-xdist). Each takes its own ports, databases and folders (tests/parallel.py). A module
# runs whole on one process (the e2e steps build on each other); tests/conftest.py puts migrations' rows back
# after each transactional test, so the order of modules does not matter. Tests
# that measure speed (marked `alone`: Lighthouse) run after, with the machine to themselves.
TEST_PROCESSES ?= 2
test: system-test $(VENV)/.installed $(AXE) $(CLIENT_MODULES)
	deploy/local-services
	$(BIN)/python manage.py compile_catalogs
	$(BIN)/pytest -n $(TEST_PROCESSES) --dist loadfile -m "not alone"
	$(BIN)/pytest -m alone

PROCESSES ?=
# The admin's links point at Varnish.
prod: PORT := 8080
prod: system-prod $(VENV)/.installed
	deploy/prod $(PROCESSES)

lint: $(VENV)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(VENV)/.installed
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
