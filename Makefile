# Everything a fresh machine with Python >= 3.11 and make needs: `make deck`, `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: deck decks test check preview sheet bench clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "deckgen needs Python >= 3.11 (found: $$($(PYTHON) --version)); run: make PYTHON=python3.11 ..."; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

## deck: set up and build the reference deck into out/
deck: $(STAMP)
	$(BIN)/deckgen build deck/narbonne-2025

## decks: build every deck under deck/
decks: $(STAMP)
	$(BIN)/deckgen build

## test: set up and run the whole suite
test: $(STAMP)
	$(BIN)/python -m pytest -n auto  # one worker per core (pytest-xdist): the LibreOffice tests wait on a process

## check: validate the reference deck without writing it
check: $(STAMP)
	$(BIN)/deckgen check deck/narbonne-2025

## preview: PDF, one PNG per slide and a contact sheet of the reference deck (needs LibreOffice)
preview: $(STAMP)
	$(BIN)/deckgen preview deck/narbonne-2025

## sheet: refresh the contact sheet the README shows
sheet: preview
	cp out/narbonne-2025-preview/contact-sheet.png docs/contact-sheet.png

## bench: time cold builds (reference deck, 1000 and 2000 slides) against the targets and pandoc; RUNS=5
RUNS ?= 5
bench: $(STAMP)
	$(BIN)/python bench/run.py --runs $(RUNS)

## brand-template: the Ansa brand as a PowerPoint template (out/ansa-template.pptx), and docs/brand-template.png:
## a slide inserted on each of its layouts, drawn by LibreOffice
.PHONY: brand-template
brand-template: $(STAMP)
	$(BIN)/python -m deckgen.render.brand_template out/ansa-template.pptx
	$(BIN)/python tests/render/brand_specimen.py docs/brand-template.png

clean:
	rm -rf out $(VENV) .pytest_cache

## catalogues: extract the messages deckgen speaks (Babel), merge them into each language's .po and compile the .mo
## that ships with the package; translate the new entries of the .po, then run it again
.PHONY: catalogues
catalogues: $(STAMP)
	$(BIN)/python tools/catalogues.py
