# The quick start: `make site` builds site/ from seeds/; `make test` runs the tests.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
INSTALLED_TEST := $(VENV)/.installed-test

.PHONY: site test serve golden clean bench deploy

$(INSTALLED): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c requirements.lock -e .
	touch $@

$(INSTALLED_TEST): $(INSTALLED)
	$(BIN)/python -m pip install --quiet -c requirements.lock -e '.[test]'
	touch $@

## site: set up .venv and build site/ from seeds/
site: $(INSTALLED)
	$(BIN)/briefing build

## test: run the test suite
test: $(INSTALLED_TEST)
	$(BIN)/python -m pytest

## deploy: build site/ and publish it to the gh-pages branch of REMOTE (default: origin)
REMOTE ?= origin
deploy: $(INSTALLED)
	$(BIN)/briefing deploy --remote $(REMOTE)

## serve: build the Markdown and serve the site with live reload
serve: $(INSTALLED)
	$(BIN)/briefing build --no-site
	$(BIN)/mkdocs serve

## golden: refresh the golden files after a reviewed change of the output
golden: $(INSTALLED_TEST)
	$(BIN)/python -m tests.golden

## bench: time builds of synthetic articles (N = 100, 1,000; 10,000 without MkDocs)
bench: $(INSTALLED)
	$(BIN)/python -m benchmarks.bench

clean:
	rm -rf site
