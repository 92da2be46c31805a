# Portail APuRe: `make run` to try it, `make test` to check it. Nothing else is needed.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python

.PHONY: run test install install-test migrate demo lint format messages clean

$(PY):
	@$(PYTHON) -c 'import sys; sys.exit(0 if (3, 11) <= sys.version_info[:2] < (3, 13) else "Python 3.11 or 3.12 is needed, found " + sys.version.split()[0])'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	@touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(PY) -m pip install --quiet -e ".[test]"
	@touch $@

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

migrate: install
	$(PY) manage.py migrate --noinput

demo: migrate
	$(PY) manage.py seed_demo

run: demo
	$(PY) manage.py runserver 127.0.0.1:8000

test: install-test
	$(BIN)/pytest $(PYTEST_ARGS)

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
