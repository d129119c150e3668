# Conference dossier pipeline. `make help` lists the targets.
PYTHON  ?= python3
VENV    ?= .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
INPUTS  ?= inputs
OUT     ?= dossier

.DEFAULT_GOAL := build
CHECKS  := checks/node_modules/.installed
ARCHIVE ?= archive
.PHONY: build validate serve test fuzz check archive bench docs messages clean help

# The virtual environment is (re)made when missing or when pyproject.toml changes.
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,docs]'
	touch $(STAMP)

# make's own dependencies: with nothing changed since the last build, `make` starts no Python at all.
# Folders are listed too (adding or deleting a file changes them); a missing edition forces a build. The stamp is
# kept beside the virtual environment: the output folder holds the editions and nothing else.
BUILT   := $(VENV)/.built-$(subst /,_,$(OUT))
SOURCES := $(shell find $(INPUTS) pipeline -not -path '*/__pycache__*' 2>/dev/null) \
           pyproject.toml $(wildcard $(ARCHIVE)/*.zip)
ifneq ($(words $(wildcard $(OUT)/public/index.html $(OUT)/delegates/index.html $(OUT)/organisers/index-internal.html)),3)
$(shell rm -f $(BUILT))
endif

build: $(BUILT) ## Build the three editions from inputs/ into dossier/{public,delegates,organisers}/

$(BUILT): $(STAMP) $(SOURCES)
	$(BIN)/dossier build --inputs $(INPUTS) --out $(OUT) --archive $(ARCHIVE)
	touch $(BUILT)

archive: build ## Pack each edition as a versioned BagIt zip in archive/ (none when unchanged), then verify it
	$(BIN)/dossier archive --out $(OUT) --archive $(ARCHIVE)
	$(BIN)/dossier verify $(ARCHIVE)/*.zip

serve: $(STAMP) ## Live preview on http://127.0.0.1:8000/: the public edition, built again on every save (Ctrl-C stops)
	$(BIN)/dossier serve --inputs $(INPUTS) --out $(OUT) --archive $(ARCHIVE)

validate: $(STAMP) ## Check inputs/ and list every problem; writes nothing
	$(BIN)/dossier validate --inputs $(INPUTS)

# Two workers or more (pytest-xdist), a test file to a worker (its module fixtures are built once); the sample is
# built once for all of them (tests/conftest.py), and every build of the session shares one layout cache.
test: $(STAMP) ## Run the test suite
	$(BIN)/python -m pytest -q -n auto --dist loadfile

fuzz: $(STAMP) ## Hunt for new bugs: 5,000 fresh random examples per fuzz test (about 30 minutes)
	FUZZ_EXAMPLES=5000 $(BIN)/python -m pytest -q tests/test_fuzz.py

# The readers make check runs (LibreOffice, qpdf, poppler, Chromium, Java; vnu-jar, axe-core, playwright-core).
$(CHECKS): checks/install.sh checks/package.json checks/package-lock.json
	bash checks/install.sh
	touch $(CHECKS)

check: $(STAMP) $(CHECKS) build ## Build, then read the dossier with LibreOffice, qpdf, pdffonts, the Nu Html Checker and axe-core
	$(BIN)/python checks/check_dossier.py $(OUT)

docs: $(STAMP) ## Build the manual (docs/) into site/: its reference pages are written from the code; a broken link fails
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --quiet
	@echo "The manual is in site/index.html"

bench: $(STAMP) ## Time and memory of builds at 1x, 10x and 100x the sample, three editions (about half an hour)
	$(BIN)/dossier bench --out $(OUT)/bench

# Messages shown to readers: extracted from the code and templates (babel.cfg), then merged into each language's
# catalogue, whose new entries a translator fills in (tests/test_language.py fails until every one is).
messages: $(STAMP) ## Extract the fixed words into pipeline/locale/messages.pot and merge them into each .po
	$(BIN)/pybabel extract -F babel.cfg -k _ -k N_ -k ngettext:1,2 -k NP_:1c,2 --no-location --sort-output --omit-header \
		-o pipeline/locale/messages.pot .
	$(BIN)/pybabel update -i pipeline/locale/messages.pot -d pipeline/locale --no-fuzzy-matching \
		--width 120 --ignore-obsolete

clean: ## Remove generated files (the dossier), keep the virtual environment and the shared cache (dossier cache clear)
	rm -rf $(OUT) $(BUILT)
	rm -rf .pytest_cache build *.egg-info site
	find . -name __pycache__ -type d -prune -exec rm -rf {} +

help: ## Show this help
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'
