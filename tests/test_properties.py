"""Generated inputs (hypothesis): ingest, the extractor and the exports take hostile text without crashing,
report each bad article on one line, and keep labels through every export format.

Example counts are small so that ``make test`` stays fast; the ``slow`` variants run more examples."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import networkx as nx
import pyoxigraph
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.errors import InputError
from kg.gephi_values import clean_text
from kg.ingest import InputProblem, article_from_json, read_inputs
from kg.model import Article, ArticleFacts, EventFact, Evidence, Person, QuoteFact, RoleFact, TopicFact

QUICK = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
LONG = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

CONTROLS = ["\x00", "\x01", "\x07", "\x08", "\x0b", "\x0c", "\x1b", "\x7f", "\x85", "\x9f"]
MARKS = ["\u200e", "\u200f", "\u202a", "\u202b", "\u202e", "\u2066", "\u2069", "\ufeff", "\ufffe", "\uffff"]
QUOTES = ["“", "”", "‘", "’", '"', "'", "«", "»", "„", "‹", "›", "``", "''"]
XML = ["<", ">", "&", '"', "'", "&amp;", "]]>", "<!--", "\\", "\\u0041", "@prefix", "_:b", "{", "}"]
WORDS = ["President Emmanuel Macron", "Chancellor Olaf Scholz", "of France", "met", "said", "hosted", "in Paris",
         "discussed", "trade and energy", "the two leaders", "on Tuesday", ".", ",", ":", "\n", "\n\n", " "]
LONE_SURROGATES = st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF)  # one: a pair is a character

# text mixing words that trigger the rules with characters that break naive code
pieces = st.one_of(st.sampled_from(WORDS), st.sampled_from(CONTROLS + MARKS + QUOTES + XML),
                   st.text(max_size=4))
hostile_text = st.lists(pieces, min_size=1, max_size=40).map(" ".join)
labels = st.lists(st.one_of(st.sampled_from(CONTROLS + MARKS + QUOTES + XML), st.text(min_size=1, max_size=3)),
                  min_size=1, max_size=12).map("".join).filter(lambda s: clean_text(s).strip() != "")
json_scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=8),
                         st.sampled_from(["../../x", "/etc/passwd", "a/b", "", " ", "C:\\x", "<x>", "2023-02-30"]))
json_values = st.recursive(json_scalars, lambda c: st.lists(c, max_size=3) | st.dictionaries(st.text(max_size=4), c,
                                                                                             max_size=3), max_leaves=6)
records = st.dictionaries(st.sampled_from(["id", "text", "title", "date", "url", "source", "extra"]), json_values)


# --- ingest -------------------------------------------------------------------------------------------


def check_json_line(value) -> None:
    line = json.dumps(value, ensure_ascii=True)
    try:
        article = article_from_json(line, "f.jsonl:1")
    except InputError as e:
        assert str(e).startswith("f.jsonl:1: ") and "\n" not in str(e)
        return
    for field in (article.id, article.text, article.title, article.url, article.source):
        if field is not None:
            pyoxigraph.Literal(field)  # valid Unicode all through (a lone surrogate would raise here)
    assert article.id.strip() and article.text.strip()


@QUICK
@given(st.one_of(records, json_values))
def test_ingest_json_line_is_an_article_or_one_error(value):
    check_json_line(value)


@pytest.mark.slow
@LONG
@given(st.one_of(records, json_values))
def test_ingest_json_line_is_an_article_or_one_error_long(value):
    check_json_line(value)


@QUICK
@given(st.text(min_size=1, max_size=20), LONE_SURROGATES)
def test_ingest_lone_surrogates_become_replacement_characters(text, bad):
    article = article_from_json(json.dumps({"id": bad + "x", "text": "A" + bad + text}), "f:1")
    assert len(article.text) == len(text) + 1 + len(bad)  # offsets unchanged
    assert article.text.startswith("A" + "\ufffd" * len(bad)) and article.id == "\ufffd" * len(bad) + "x"


raw_lines = st.one_of(
    records.map(lambda r: json.dumps(r).encode()),
    st.binary(max_size=30),
    st.sampled_from([b"\x00\x01", b"\xff\xfe", b'{"id": "a", "text": "\xc3"}', b"[1, 2]", b'"text"', b"{",
                     b'{"id": "../../x", "text": "President Macron met Chancellor Scholz."}']),
).map(lambda b: b.replace(b"\n", b" ").replace(b"\r", b" "))


@QUICK
@given(st.lists(raw_lines, min_size=1, max_size=8))
def test_ingest_jsonl_file_one_outcome_per_line(lines):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "in.jsonl"
        path.write_bytes(b"\n".join(lines) + b"\n")
        items = list(read_inputs([path]))
    numbered = [n for n, line in enumerate(lines, 1) if line.strip()]
    if not numbered:
        assert [str(i) for i in items] == [f"{path}: empty file"]
        return
    assert len(items) == len(numbered)
    for item, n in zip(items, numbered):
        if isinstance(item, InputProblem):
            assert item.where == f"{path}:{n}" and "\n" not in str(item)
        else:
            assert item.origin == f"{path}:{n}"


# --- the extractor ---------------------------------------------------------------------------------------


def check_extraction(nlp, actors, text: str, chunk_chars: int | None) -> None:
    from kg.extract import extract
    from kg.nlp import document_text, parse
    from kg.rdf import article_quads
    from kg.store import open_store

    article = Article("prop", text, title="T")
    [(doc, _)] = list(parse(nlp, [article], chunk_chars=chunk_chars))
    whole = document_text(article)
    assert doc.text == whole  # pieces join back to the same text
    facts = extract(doc, article, actors)
    for fact in (*facts.roles, *facts.events, *facts.topics, *facts.quotes):
        ev = fact.evidence
        assert 0 <= ev.sent_start <= ev.start <= ev.end <= len(whole)
    with open_store("memory", write=True) as store:
        store.put_article(article.id, article_quads(facts))


@QUICK
@given(hostile_text, st.sampled_from([None, 40]))
def test_extract_hostile_text(nlp, actors, text, chunk_chars):
    check_extraction(nlp, actors, text, chunk_chars)


@pytest.mark.slow
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(hostile_text, min_size=1, max_size=6).map("\n\n".join), st.sampled_from([None, 40, 300]))
def test_extract_hostile_text_long(nlp, actors, text, chunk_chars):
    check_extraction(nlp, actors, text, chunk_chars)


@pytest.mark.parametrize("text", [
    "“Unbalanced, said President Emmanuel Macron.", "He said: ”reversed“ and «nested “quotes” inside» here.",
    "'''\"\"\"“““", "“a ‘b “c ‘d” e’ f” g’", "President Macron said “" + "very " * 400 + "long.",
    "\u202ePresident Macron met Chancellor Scholz\u202c in Paris.", "\x00President\x00 Macron met\x07 Scholz.",
])
def test_extract_unbalanced_and_nested_quotes(nlp, actors, text):
    check_extraction(nlp, actors, text, None)
    check_extraction(nlp, actors, text, 30)


# --- exports ----------------------------------------------------------------------------------------------


def facts_labelled(label: str) -> ArticleFacts:
    ev = Evidence("lab", label, 0, 0, 1, "rule")
    person, other = Person("p-" + str(abs(hash(label))), label), Person("q", "Other " + label)
    article = Article("lab", "x", title=label, source=label, url=label)
    return ArticleFacts(article, persons=(person, other), roles=(RoleFact(person, label, "FR", ev),),
                        events=(EventFact("e1", "meeting", (person, other), ev, name=label + " Summit"),),
                        topics=(TopicFact("e1", label, ev),), quotes=(QuoteFact(person, label, ev),))


def rdf_literals(path: Path, fmt: pyoxigraph.RdfFormat) -> set[str]:
    return {q.object.value for q in pyoxigraph.parse(path=str(path), format=fmt)
            if isinstance(q.object, pyoxigraph.Literal)}


def check_exports(label: str) -> None:
    import rdflib

    from kg.export import export
    from kg.rdf import article_quads
    from kg.store import open_store

    with tempfile.TemporaryDirectory() as tmp, open_store("memory", write=True) as store:
        store.put_article("lab", article_quads(facts_labelled(label)))
        out = Path(tmp)
        for fmt, rdf in (("turtle", pyoxigraph.RdfFormat.TURTLE), ("trig", pyoxigraph.RdfFormat.TRIG),
                         ("jsonld", pyoxigraph.RdfFormat.JSON_LD)):
            export(store, fmt, out / f"kg.{fmt}")
            assert {label, "Other " + label, label + " Summit"} <= rdf_literals(out / f"kg.{fmt}", rdf), fmt
        graph = rdflib.Dataset()
        graph.parse(out / "kg.trig", format="trig")
        assert rdflib.Literal(label) in {o for _, _, o, _ in graph.quads((None, None, None, None))}
        # Gephi labels: whitespace collapsed (Python's whitespace, which includes \x1c-\x1f), then the characters
        # XML 1.0 forbids dropped
        shown = " ".join(clean_text(" ".join(label.split())).split())
        for fmt, read in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
            export(store, fmt, out / f"kg.{fmt}")
            found = {data.get("label") for _, data in read(out / f"kg.{fmt}").nodes(data=True)}
            assert {shown, "Other " + shown} <= found, fmt


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(labels)
def test_export_labels_round_trip(label):
    check_exports(label)


@pytest.mark.slow
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(labels)
def test_export_labels_round_trip_long(label):
    check_exports(label)
