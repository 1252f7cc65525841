"""Bounded build memory: batches bounded by characters, long articles parsed in pieces, no spaCy in the writer."""

from __future__ import annotations

import subprocess
import sys

import pytest

from kg.batching import batched
from kg.model import Article
from kg import pipeline
from kg.pipeline import BuildOptions, article_batches, build
from kg.store import open_store
from newsgen import generated, write_jsonl

# Paragraphs written for these tests (other leaders and phrasings than the seed).
PARAGRAPHS = [
    "Prime Minister Mark Rutte of the Netherlands met President Andrzej Duda of Poland in Warsaw on Monday.",
    "The two leaders discussed energy security and support for Ukraine, the Dutch government said.",
    "“We stand together,” Rutte told reporters after the meeting.",
    "Later, President Duda spoke by phone with Chancellor Karl Nehammer of Austria about migration.",
    "Duda said the talks had been frank. Nehammer called them useful.",
]
LONG_TEXT = "\n\n".join(PARAGRAPHS)


@pytest.mark.parametrize("items, size, max_chars, expected", [
    (["a", "b", "c"], 2, None, [["a", "b"], ["c"]]),
    (["aaa", "bbb", "c"], 10, 4, [["aaa"], ["bbb", "c"]]),
    (["aaaaaaaa", "b"], 10, 4, [["aaaaaaaa"], ["b"]]),  # an item over the bound is a batch of its own
    (["a", "b", "c", "d"], 3, 100, [["a", "b", "c"], ["d"]]),  # the count still bounds
    ([], 3, 4, []),
])
def test_batching_batched_bounds(items, size, max_chars, expected):
    assert list(batched(items, size, max_chars)) == expected


@pytest.mark.parametrize("max_chars", [None, 100])
def test_batching_batched_full_batch_does_not_wait_for_next_item(max_chars):
    def slow_input():  # like a pipe whose writer waits for the first article to be stored
        yield "a"
        yield "b"
        raise AssertionError("read past a full batch")

    assert next(batched(slow_input(), 2, max_chars)) == ["a", "b"]


@pytest.mark.parametrize("cores, affinity, quota, load, expected", [
    (2, 2, None, 6.2, 1),         # a 2-core machine busy with other work: one worker (two were slower, README)
    (2, 2, None, 0.1, 2),         # the same machine idle: a worker per core
    (8, 8, None, 2.6, 5),         # three of eight cores busy
    (8, 4, None, 4.0, 2),         # taskset to 4 of 8 cores: the load counted in proportion
    (8, 8, "150000 100000", 0.0, 2),  # docker --cpus 1.5
    (8, 8, "max 100000", 0.0, 8),  # no quota
    (4, 4, None, None, 4),        # no load average on this system
    (4, 4, None, 40.0, 1),        # never fewer than one
])
def test_pipeline_default_workers_are_the_idle_available_cpus(monkeypatch, tmp_path, cores, affinity, quota, load,
                                                              expected):
    """kg build's default --workers was os.cpu_count() (every core, busy or not, and even those a container or
    taskset does not give the process): on a busy 2-core machine that made a build slower than one worker."""
    def loadavg():
        if load is None:
            raise OSError("no load average")
        return (load, load, load)

    monkeypatch.setattr(pipeline.os, "cpu_count", lambda: cores)
    monkeypatch.setattr(pipeline.os, "sched_getaffinity", lambda pid: set(range(affinity)), raising=False)
    monkeypatch.setattr(pipeline.os, "getloadavg", loadavg)
    (tmp_path / "cpu.max").write_text(f"{quota}\n" if quota else "", encoding="ascii")
    monkeypatch.setattr(pipeline, "CPU_QUOTA", str(tmp_path / ("cpu.max" if quota else "absent")))
    assert pipeline.default_workers() == expected


def test_pipeline_article_batches_bounded_by_chars():
    articles = [Article(f"a{i}", "x" * n) for i, n in enumerate([30, 30, 50, 200, 10, 10, 10])]
    batches = list(article_batches(articles, BuildOptions(batch_size=3, batch_chars=100)))
    assert [[a.id for a in b] for b in batches] == [["a0", "a1"], ["a2"], ["a3"], ["a4", "a5", "a6"]]


@pytest.mark.parametrize("text, max_chars, expected", [
    ("One.\n\nTwo two.\n\nThree.", 12, ["One.\n\n", "Two two.\n\n", "Three."]),
    ("One.\n\nTwo.\n\nThree.", 100, ["One.\n\nTwo.\n\nThree."]),  # short enough: whole
    ("One.\n \n  Two.", 6, ["One.\n \n  ", "Two."]),  # whitespace after a cut stays with the piece before it
    ("Line one\nline two\nline three", 10, ["Line one\n", "line two\n", "line three"]),  # no blank line
    ("First one. Second one. Third.", 12, ["First one. ", "Second one. ", "Third."]),  # no line break
    ("\n\nOne.", 4, ["\n\nOne."]),  # leading whitespace is not a piece of its own
    ("Unbreakable" * 3, 10, ["Unbreakabl", "eUnbreakab", "leUnbreaka", "ble"]),  # nowhere to cut: fixed pieces
    ("a b c d e f", 4, ["a b ", "c d ", "e f"]),  # no sentence end: cut after whitespace
])
def test_nlp_split_text_pieces(text, max_chars, expected):
    from kg.nlp import split_text

    pieces = split_text(text, max_chars)
    assert pieces == expected
    assert "".join(pieces) == text


def _breaks_token_by_token(doc, longest):
    """The sentence starts of ``kg_paragraphs`` as first written: token by token (the definition)."""
    out, run = [], 0
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if prev.is_space and "\n" in prev.text or prev.whitespace_ == "" and "\n\n" in prev.text:
            out.append(tok.i)
            run = 0
        elif prev.text.endswith((".", "!", "?")) or "\n" in prev.text:
            run = 0
        else:
            run += 1
            if run >= longest:
                out.append(tok.i)
                run = 0
    return out


@pytest.mark.parametrize("longest", [3, 5, 600])
def test_nlp_paragraph_starts_as_token_by_token(monkeypatch, longest):
    """kg_paragraphs reads its sentence starts from the Doc's arrays: the same starts as a walk over the tokens, on
    generated texts of words, stops, line breaks and blank lines, with long runs (a low ``MAX_RUN_TOKENS``)."""
    import random

    import spacy
    from spacy.tokens import Doc

    from kg import nlp as kg_nlp

    monkeypatch.setattr(kg_nlp, "MAX_RUN_TOKENS", longest)
    vocab, rng = spacy.blank("en").vocab, random.Random(longest)
    for _ in range(200):
        words = [rng.choice(["Oslo", "met", "talks", ".", "?", "\n", "\n\n", " \n ", "Mr.", "x\n\ny"])
                 for _ in range(rng.randint(0, 30))]
        doc = Doc(vocab, words=words, spaces=[rng.random() < 0.5 for _ in words])
        expected = _breaks_token_by_token(doc, longest)
        assert kg_nlp.sentence_breaks(doc) == expected
        kg_nlp.paragraph_boundaries(doc)
        assert [t.i for t in doc[1:] if t.is_sent_start] == expected


def tokens(doc):
    return [(t.text, t.whitespace_, t.tag_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_, t.is_sent_start) for t in doc]


def test_nlp_parse_long_article_in_pieces_keeps_text_and_annotations(nlp):
    from kg.nlp import parse

    article = Article("long", LONG_TEXT)
    (whole, _), = parse(nlp, [article], chunk_chars=None)
    (joined, got), = parse(nlp, [article], chunk_chars=120)
    assert got is article
    assert joined.text == whole.text == LONG_TEXT
    assert tokens(joined) == tokens(whole)
    assert [s.start_char for s in joined.sents] == [s.start_char for s in whole.sents]


@pytest.mark.parametrize("batch_size, batch_chars", [(1, None), (2, 150), (32, 40_000)])
def test_nlp_parse_yields_every_article_in_order(nlp, batch_size, batch_chars):
    from kg.nlp import parse

    articles = [Article("long", LONG_TEXT), *(Article(f"p{i}", p) for i, p in enumerate(PARAGRAPHS))]
    out = list(parse(nlp, articles, batch_size, batch_chars, chunk_chars=120))
    assert [a.id for _, a in out] == [a.id for a in articles]
    assert [doc.text for doc, _ in out] == [a.text for a in articles]


def test_pipeline_chunked_article_facts_and_offsets(nlp, actors):
    from kg.extract import extract
    from kg.nlp import parse

    article = Article("long", LONG_TEXT)
    (whole, _), = parse(nlp, [article], chunk_chars=None)
    (joined, _), = parse(nlp, [article], chunk_chars=120)
    facts, expected = extract(joined, article, actors), extract(whole, article, actors)
    assert facts == expected
    assert facts.count >= 3
    for fact in [*facts.roles, *facts.events, *facts.quotes]:
        ev = fact.evidence
        assert LONG_TEXT[ev.sent_start : ev.sent_start + len(ev.sentence)] == ev.sentence


def test_pipeline_writer_process_does_not_import_spacy():
    code = ("import sys, kg.pipeline, kg.service, kg.store, kg.store.local; "
            "sys.exit(1 if 'spacy' in sys.modules else 0)")
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


@pytest.mark.parametrize("options", [["--workers", "1"], ["--workers", "2"], ["--cluster", "local"]])
def test_pipeline_build_with_nothing_to_extract_loads_no_model(tmp_path, options):
    """A build with no article to extract (here an empty file; also a rebuild of unchanged articles) neither
    imports spaCy nor loads the model, starts a worker pool or a dask cluster: it took 2.3 s and 210 MB, now 0.4 s."""
    empty = tmp_path / "empty.jsonl"
    empty.write_text("", encoding="utf-8")
    code = ("import sys; from click.testing import CliRunner; from kg.cli import main; "
            f"r = CliRunner().invoke(main, ['build', {str(empty)!r}, '--store', 'memory', *{options!r}]); "
            "print(r.output, end=''); loaded = {'spacy', 'distributed'} & set(sys.modules); "
            "sys.exit(99 if loaded else r.exit_code)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert (done.returncode, done.stdout.splitlines()[0]) == (2, f"skipped: {empty}: empty file")


def nquads(store, tmp_path, name: str) -> set[str]:
    store.dump(tmp_path / f"{name}.nq", "nquads")
    return {line for line in (tmp_path / f"{name}.nq").read_text(encoding="utf-8").splitlines() if line.strip()}


@pytest.mark.slow
def test_pipeline_bounded_pool_build_equals_in_process_build(tmp_path):
    articles = [{"id": "long", "date": "2023-04-03", "text": LONG_TEXT}, *generated(8)]
    src = write_jsonl(tmp_path / "news.jsonl", articles)
    with open_store("memory", write=True) as local:
        expected_report = build([str(src)], local, BuildOptions(workers=1, batch_chars=None, chunk_chars=None))
        expected = nquads(local, tmp_path, "local")
    with open_store(str(tmp_path / "store"), write=True) as store:
        report = build([str(src)], store, BuildOptions(workers=2, batch_size=4, batch_chars=700, chunk_chars=120))
        got = nquads(store, tmp_path, "pool")
    assert (report.articles, report.facts) == (9, expected_report.facts)
    assert expected_report.facts > 9
    assert got == expected, sorted(got ^ expected)[:10]
