# Portail APuRe: `make run` to try it, `make test` to check it. Nothing else is needed.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python

.PHONY: run test test-fast install install-test lock migrate demo lint format messages clean bench

$(PY):
	@$(PYTHON) -c 'import sys; sys.exit(0 if (3, 11) <= sys.version_info[:2] < (3, 13) else "Python 3.11 or 3.12 is needed, found " + sys.version.split()[0])'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml constraints.txt | $(PY)
	$(PY) -m pip install --quiet -c constraints.txt -e .
	@touch $@

$(VENV)/.installed-test: pyproject.toml constraints.txt $(VENV)/.installed
	$(PY) -m pip install --quiet -c constraints.txt -e ".[test]"
	@touch $@

# After changing the dependencies in pyproject.toml: resolve them anew and pin the result.
lock: | $(PY)
	$(PY) -m pip install --quiet --upgrade -e ".[test]"
	{ echo "# Every Python package of the portal and its tests at a known version. make, .ci/run and the"; \
	  echo "# Dockerfile install with it (pip install -c constraints.txt). Update: make lock."; \
	  $(PY) -m pip freeze --exclude-editable; } > constraints.txt
	@touch $(VENV)/.installed $(VENV)/.installed-test

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

migrate: install
	$(PY) manage.py migrate --noinput

demo: migrate
	$(PY) manage.py seed_demo

PORT ?= 8000
run: demo
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

# The whole suite, in parallel on the two cores; the browser tests run last, on their own.
test: install-test
	$(BIN)/pytest -n 2 -m "not e2e" $(PYTEST_ARGS)
	$(BIN)/pytest -m e2e $(PYTEST_ARGS)

# The edit-test loop: everything but the browser tests.
test-fast: install-test
	$(BIN)/pytest -n 2 -m "not e2e" $(PYTEST_ARGS)

lint: install-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install-test
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# French catalogues: the core's (locale/) and one per app (<app>/locale/, its code and its
# templates). `make messages APP=guichet` updates one app's only.
APPS := clauses guichet chantiers events
messages: install
ifeq ($(APP),)
	$(PY) manage.py makemessages -l fr --no-obsolete --ignore=.venv --ignore=staticfiles \
		--ignore=tests --ignore=bench $(foreach app,$(APPS),--ignore=$(app))
	$(foreach app,$(APPS),cd $(CURDIR)/$(app) && $(CURDIR)/$(PY) $(CURDIR)/manage.py makemessages -l fr --no-obsolete &&) true
else
	cd $(APP) && $(CURDIR)/$(PY) $(CURDIR)/manage.py makemessages -l fr --no-obsolete
endif
	$(PY) manage.py compilemessages -l fr --ignore=.venv

clean:
	rm -rf $(VENV) staticfiles .test-db.sqlite3*

# Load benchmarks on the local PostgreSQL (see bench/run.py and README); wrk from Debian.
bench: install-test
	@command -v wrk >/dev/null || (apt-get update -qq && apt-get install -y -qq wrk >/dev/null)
	$(PY) bench/$(or $(BENCH),run).py $(BENCH_ARGS)
