"""RDF: the seed's graph against a golden graph, and the vocabulary against the ontology file."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
import rdflib
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from kg.model import Article
from kg.nlp import document_text
from kg.rdf import article_quads
from kg.vocab import KG, ONTOLOGY

GOLDEN = Path(__file__).parent / "golden" / "seed.nq"
SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_0621148d75d1e12d.txt"


def seed_dataset(nlp, actors) -> rdflib.Dataset:
    from kg.extract import extract

    article = Article(SEED.stem, SEED.read_text(encoding="utf-8"), date=dt.date(2023, 1, 10))
    quads = article_quads(extract(nlp(document_text(article)), article, actors))
    data = "".join(f"{q} .\n" for q in quads)
    ds = rdflib.Dataset()
    ds.parse(data=data, format="nquads")
    return ds


def test_rdf_seed_matches_golden_graph(nlp, actors):
    got = seed_dataset(nlp, actors)
    got_g = rdflib.Graph()
    for s, p, o, _ in got.quads():
        got_g.add((s, p, o))
    want_g = rdflib.Graph()
    if GOLDEN.exists():
        want = rdflib.Dataset()
        want.parse(GOLDEN, format="nquads")
        for s, p, o, _ in want.quads():
            want_g.add((s, p, o))
    if os.environ.get("KG_UPDATE_GOLDEN") and not isomorphic(got_g, want_g):
        GOLDEN.parent.mkdir(exist_ok=True)
        GOLDEN.write_text("".join(sorted(got.serialize(format="nquads").splitlines(keepends=True))),
                          encoding="utf-8")
        want_g = got_g
    if not isomorphic(got_g, want_g):
        _, only_got, only_want = graph_diff(to_isomorphic(got_g), to_isomorphic(want_g))
        pytest.fail("graphs differ\nonly in output:\n" + only_got.serialize(format="nt") +
                    "\nonly in golden:\n" + only_want.serialize(format="nt"))


def test_rdf_one_named_graph_per_article(nlp, actors):
    ds = seed_dataset(nlp, actors)
    graphs = {str(c) for _, _, _, c in ds.quads() if c is not None}
    assert graphs == {"https://kg-project.org/id/article/000_0621148d75d1e12d"}


def test_rdf_ontology_declares_every_term():
    onto = rdflib.Graph().parse(Path(__file__).resolve().parent.parent / "kg" / "resources" / "ontology.ttl")
    declared = {str(s) for s in onto.subjects() if str(s).startswith(ONTOLOGY)}
    terms = {str(getattr(KG, name)) for name in KG.__annotations__}
    assert terms == declared


def test_rdf_vocab_rejects_unknown_term():
    with pytest.raises(AttributeError):
        KG.metWith  # noqa: B018


def test_rdf_article_url_with_characters_not_allowed_in_an_iri():
    from kg.model import ArticleFacts

    article = Article("a", "Text.", url='https://news.example.org/wiki/Blair:_"Labour_must"_{x}')
    (url,) = [q.object for q in article_quads(ArticleFacts(article)) if q.predicate.value.endswith("/url")]
    assert url.value == "https://news.example.org/wiki/Blair:_%22Labour_must%22_%7Bx%7D"


def test_rdf_topic_concepts_narrower_and_domain():
    from kg.model import ArticleFacts, Evidence, TopicFact
    from kg.vocab import SKOS, mint

    ev = Evidence("a1", "They discussed an immediate ceasefire.", 0, 15, 37, "topic:c-discuss")
    facts = ArticleFacts(Article("a1", "x"), topics=(
        TopicFact("e1", "immediate ceasefire", ev, "immediate ceasefire", "ceasefire"),
        TopicFact("e2", "Immediate Ceasefire", ev, "immediate ceasefire", "ceasefire")))
    g = rdflib.Graph()
    for q in article_quads(facts):
        g.parse(data=f"{q.subject} {q.predicate} {q.object} .", format="nt")
    topic, head = rdflib.URIRef(mint("topic", "immediate ceasefire")), rdflib.URIRef(mint("topic", "ceasefire"))
    defense = rdflib.URIRef(mint("domain", "defense"))
    assert (topic, SKOS.broader, head) in g and (head, SKOS.narrower, topic) in g
    assert (topic, SKOS.broader, defense) in g and (head, SKOS.broader, defense) in g
    assert (defense, SKOS.inScheme, rdflib.URIRef(mint("scheme", "policy-domains"))) in g
    assert set(g.subjects(rdflib.RDF.type, KG.Topic)) == {topic}  # two spellings, one concept; the head is no kg:Topic
    assert (head, rdflib.RDF.type, SKOS.Concept) in g


def test_rdf_terms_survive_clearing_the_lexicon_caches():
    """kg.rdf's namespaces of terms made once are no caches to clear (they once answered "cache_clear" with a term)."""
    from kg import lexicon, rdf

    assert str(rdf.SCHEMA.name) == "http://schema.org/name"
    lexicon.clear_caches()
    assert str(rdf.SCHEMA.name) == "http://schema.org/name"
    with pytest.raises(AttributeError):
        rdf.KG.noSuchTerm  # noqa: B018 (a DefinedNamespace with _fail: an unknown term fails)
