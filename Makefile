# Everything a fresh machine needs, from Python 3.11 and the package index alone.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: site test serve lint clean bench heldout eval

site: $(STAMP)  ## build site/ from seeds/
	NO_MKDOCS_2_WARNING=1 $(BIN)/factsheets build

test: $(STAMP)  ## run the whole test suite (real spaCy model, real MkDocs builds)
	NO_MKDOCS_2_WARNING=1 $(BIN)/pytest

serve: $(STAMP)  ## the live site on http://127.0.0.1:8000, regenerated when a seed changes
	NO_MKDOCS_2_WARNING=1 $(BIN)/factsheets serve

# Synthetic archives of 100, 1,000 and 5,000 articles: about 1.5 h on 2 shared cores, mostly extraction
# at N=5,000 (see benchmarks/RESULTS.md); `make bench N=100` takes about 5 minutes.
N ?= 100 1000 5000
bench: $(STAMP)  ## measure extraction, builds, rebuilds and memory; writes benchmarks/RESULTS.md
	NO_MKDOCS_2_WARNING=1 $(BIN)/python -m benchmarks.run --sizes $(N)

# The scorer and the dev set live beside the checkout in ../shared (GUIDELINES.md, score.py).
EVAL ?= ../shared/eval
heldout: eval $(STAMP)  ## score extraction on the held-out articles (tests/heldout) and on the dev set
	rm -rf build/heldout build/dev
	$(BIN)/factsheets extract tests/heldout/articles --out build/heldout
	$(BIN)/factsheets extract $(EVAL)/dev --out build/dev
	@echo "== held-out (tests/heldout/gold)"
	$(BIN)/python $(EVAL)/score.py --gold tests/heldout/gold --pred build/heldout --per-article
	@echo "== dev ($(EVAL)/dev/gold)"
	$(BIN)/python $(EVAL)/score.py --gold $(EVAL)/dev/gold --pred build/dev --per-article

# Before anything is installed or extracted: without the scorer, `make heldout` extracted 240 articles
# and only then failed on a missing folder.
eval:
	@test -f $(EVAL)/score.py -a -d $(EVAL)/dev || { echo "make heldout needs the shared evaluation folder \
	(score.py and dev/) at $(EVAL); give its place with EVAL=DIR" >&2; exit 2; }

lint: $(STAMP)
	$(BIN)/ruff check generator tests benchmarks

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

clean:  ## remove the built site and generated pages (never seeds/ or hand-written pages)
	rm -rf site content/articles content/people content/topics content/data content/.generated content/.cache
