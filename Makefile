PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SEED_DATE ?= 2023-01-10

.PHONY: install run test lint lock eval eval-all eval-invented bench clean web

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

# pytest-xdist: XDIST workers (make test XDIST=0 runs every test in one process), each taking whole test files
# (--dist loadfile) in the order the collection gives (tests/conftest.py puts the slowest files first)
XDIST ?= 2
test: install
	$(BIN)/python -m pytest -q -n $(XDIST) --dist loadfile --no-loadscope-reorder

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

CORPUS2 ?= ../shared/corpus/news2.jsonl
GOLD_SETS ?= tests/gold/ tests/gold-heldout/ tests/gold-test/ tests/gold-news-dev/ tests/gold-news-test/ \
	tests/gold-readouts-dev/ tests/gold-news-meetings/ tests/gold-news-meetings-dev/ \
	tests/gold-readouts-dev2/ tests/gold-news-meetings-dev2/ tests/gold-readouts-dev3/ tests/gold-news-dev3/ \
	tests/gold-news-dev4/ tests/gold-readouts-dev4/ tests/gold-news-dev5/ tests/gold-news-dev6/ tests/gold-readouts-dev5/ tests/gold-news-dev7/ \
	tests/gold-news-dev8/ tests/gold-news-dev9/ tests/gold-readouts-dev6/ tests/gold-news-dev10/ \
	tests/gold-news-dev11/ tests/gold-news-dev12/ tests/gold-news-dev13/ tests/gold-news-dev14/ \
	tests/gold-news-dev15/ tests/gold-news-dev16/ tests/gold-news-dev17/ tests/gold-news-dev18/ \
	tests/gold-news-dev19/ tests/gold-news-dev20/ tests/gold-news-dev21/ tests/gold-news-dev22/ \
	tests/gold-news-dev23/ tests/gold-news-dev24/ tests/gold-news-dev25/ tests/gold-news-dev26/ \
	tests/gold-news-dev27/ tests/gold-news-dev28/ tests/gold-news-dev29/ tests/gold-news-dev30/ \
	tests/gold-news-dev31/ tests/gold-news-dev32/ tests/gold-news-dev33/ tests/gold-news-dev34/ \
	tests/gold-news-dev35/ tests/gold-news-dev36/ tests/gold-news-dev37/ tests/gold-news-dev38/ \
	tests/gold-news-dev39/ tests/gold-news-dev40/ tests/gold-readouts-dev7/ \
	tests/gold-news-dev41/

eval-all: install
	@if [ -f $(CORPUS) ] && [ -f $(CORPUS2) ]; then for g in $(GOLD_SETS); do echo "== $$g"; \
	$(BIN)/kg evaluate $$g --input $(CORPUS) --input $(CORPUS2) --errors 0 || exit 1; done; \
	else echo "make eval-all: corpus $(CORPUS) or $(CORPUS2) not found (they live in ../shared/corpus/)"; fi
	@$(MAKE) --no-print-directory eval-invented

# The invented news sets carry their articles (tests/invented/*.jsonl), so they need no corpus
INVENTED_SETS ?= dev test dev2 test2 test3 test4 dev3 dev4 test5 dev5 dev6 test6 dev7 test7 dev8 test8 dev9 test9 dev10 test10 dev11 test11
eval-invented: install
	@for s in $(INVENTED_SETS); do echo "== tests/gold-invented-$$s/"; \
	$(BIN)/kg evaluate tests/gold-invented-$$s/ --input tests/invented/$$s.jsonl --errors 0 || exit 1; done

clean:
	rm -rf $(VENV) .kg

# The report's and query page's JavaScript: npm packages (web/package-lock.json) bundled by esbuild into
# kg/resources/web/*.bundle.* (committed, so installing kg needs no npm).
web:
	cd web && npm ci --no-audit --no-fund && node build.mjs
