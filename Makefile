PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SEED_DATE ?= 2023-01-10

.PHONY: install run test lint lock eval eval-all bench clean

install: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c constraints.txt -e '.[test,cluster,server]'
	touch $(STAMP)

run: install
	rm -rf .kg
	$(BIN)/kg build seeds/ --date $(SEED_DATE) --out exports/
	$(BIN)/kg stats
	for q in roles meetings event_participants event_topics quotes; do $(BIN)/kg query $$q; done

test: install
	$(BIN)/python -m pytest -q

# ruff and mypy on kg/, configured in pyproject.toml ([tool.ruff], [tool.mypy])
lint: install
	@status=0; $(BIN)/ruff check kg --output-format concise || status=1; $(BIN)/mypy || status=1; exit $$status

# constraints.txt pins every package of a working .venv (kg itself left out); make install uses it
lock: install
	{ echo "# Tested versions (make lock: pip freeze of .venv without kg); make install installs with -c constraints.txt"; \
	  $(BIN)/pip freeze --exclude-editable | grep -v -i '^kg=='; } > constraints.txt

CORPUS ?= ../shared/corpus/news.jsonl

GOLD ?= tests/gold/

eval: install
	@if [ -f $(CORPUS) ]; then $(BIN)/kg evaluate $(GOLD) --input $(CORPUS); \
	else echo "make eval: corpus $(CORPUS) not found (it lives in ../shared/corpus/); nothing evaluated"; fi

eval-all: install
	@for g in tests/gold/ tests/gold-heldout/ tests/gold-test/; do echo "== $$g"; \
	$(MAKE) --no-print-directory eval GOLD=$$g | head -11; done

clean:
	rm -rf $(VENV) .kg
