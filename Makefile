# Two entry points (see README): `make run` and `make test`. Both can be run again safely.
.DEFAULT_GOAL := help
SHELL := /bin/bash

VENV ?= .venv
PY := $(VENV)/bin/python
# A Python 3.12+ interpreter: $(PYTHON) if given, else the first suitable one found.
PYTHON ?= $(shell for p in python3.14 python3.13 python3.12 python3 \
	$$HOME/.pyenv/versions/3.1[2-9]*/bin/python3; do \
	  command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 12))' \
	  2>/dev/null && { command -v $$p; break; }; done)

.PHONY: help venv run test lint serve demo

help:
	@echo "make run   - set up, migrate, load the demo, create an admin, serve http://127.0.0.1:8000"
	@echo "make test  - set up and run the whole test suite on DATABASE_URL (default SQLite)"
	@echo "make lint  - ruff check and format check"

$(VENV)/.installed: pyproject.toml
	@test -n "$(PYTHON)" || { echo "No Python 3.12+ found; set PYTHON=/path/to/python3.12"; exit 1; }
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	@touch $@

venv: $(VENV)/.installed

run: venv
	DEBUG=true $(PY) manage.py migrate --no-input
	DEBUG=true $(PY) manage.py load_demo
	DEBUG=true $(PY) manage.py ensure_admin
	DEBUG=true $(PY) manage.py runserver 127.0.0.1:8000

test: venv
	$(PY) -m pytest

lint: venv
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
