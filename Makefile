PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SEED_DATE ?= 2023-01-10

.PHONY: install run test eval bench clean

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,cluster,server]'
	touch $(STAMP)

run: install
	rm -rf .kg
	$(BIN)/kg build seeds/ --date $(SEED_DATE) --out exports/
	$(BIN)/kg stats
	for q in roles meetings event_participants event_topics quotes; do $(BIN)/kg query $$q; done

test: install
	$(BIN)/python -m pytest -q

eval: install
	$(BIN)/kg evaluate tests/gold/ --input ../shared/corpus/news.jsonl

clean:
	rm -rf $(VENV) .kg
