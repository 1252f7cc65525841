"""RDF and queries of political events (PLOVER), from hand-built facts (tests/plover_facts.py), not the extractor."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import os
from pathlib import Path

import pytest
import rdflib
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from kg.model import Actor, Article, ArticleFacts, Place
from kg.query import run
from kg.rdf import MODALITY, PLOVER_CLASS, article_quads
from kg.vocab import KG, ONTOLOGY, PLOVER_TYPES, SCHEMA
from plover_facts import HALVORSEN, OKAFOR, TROOPS, pe, plover_facts

GOLDEN = Path(__file__).parent / "golden" / "plover"
ONTOLOGY_FILE = Path(__file__).resolve().parent.parent / "kg" / "resources" / "ontology.ttl"
PLOVER_COLUMNS = ["event", "type", "mode", "context", "source", "source_country", "target", "target_country",
                  "modality", "date", "location", "article"]


def graph_of(facts: list[ArticleFacts]) -> rdflib.Graph:
    data = "".join(f"{q} .\n" for f in facts for q in article_quads(f))
    ds = rdflib.Dataset()
    ds.parse(data=data, format="nquads")
    g = rdflib.Graph()
    for s, p, o, _ in ds.quads():
        g.add((s, p, o))
    return g


def assert_isomorphic(got: rdflib.Graph, want: rdflib.Graph) -> None:
    if not isomorphic(got, want):
        _, only_got, only_want = graph_diff(to_isomorphic(got), to_isomorphic(want))
        pytest.fail("graphs differ\nonly in output:\n" + only_got.serialize(format="nt") +
                    "\nonly in golden:\n" + only_want.serialize(format="nt"))


@pytest.fixture(scope="module")
def store(memory_store):
    return memory_store(plover_facts())


def rows(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text)))


# --- RDF ---------------------------------------------------------------------------------------


def test_plover_rdf_one_event_matches_handwritten_graph():
    event = pe("pl-x", "p1", "ASSAULT", [TROOPS], [Actor("Peru", country="PE")], mode="firearms", cameo="190",
               contexts=("military",), date=dt.date(2024, 3, 4), location=Place("Lima", "PE"),
               counts=(("killed", 3),))
    got = graph_of([ArticleFacts(Article("pl-x", "…"), political_events=(event,))])
    article = rdflib.URIRef("https://kg-project.org/id/article/pl-x")
    for triple in list(got.triples((article, None, None))):
        got.remove(triple)
    want = rdflib.Graph().parse(GOLDEN / "one_event.ttl")
    assert_isomorphic(got, want)


def test_plover_rdf_facts_match_golden_graph():
    got = graph_of(plover_facts())
    path = GOLDEN / "plover_facts.nt"
    if os.environ.get("KG_UPDATE_GOLDEN"):
        path.write_text("".join(sorted(got.serialize(format="nt").splitlines(keepends=True))), encoding="utf-8")
    assert_isomorphic(got, rdflib.Graph().parse(path, format="nt"))


def test_plover_rdf_persons_are_the_iris_of_roles_and_meetings():
    got = graph_of(plover_facts())
    for person in (HALVORSEN, OKAFOR):
        holders = set(got.subjects(KG.holdsRole, None))
        attendees = set(got.objects(None, SCHEMA.attendee))
        actors = set(got.objects(None, KG.source)) | set(got.objects(None, KG.target))
        iri = next(i for i in holders if str(i).endswith(person.qid or person.key))
        assert iri in attendees and iri in actors


def test_plover_rdf_meetings_keep_their_rdf():
    with_events = plover_facts()
    without = [dataclasses.replace(f, political_events=()) for f in with_events]
    got, base = graph_of(with_events), graph_of(without)
    events = {s for s in got.subjects(rdflib.RDF.type, KG.PoliticalEvent)}
    assert events and not (set(base.subjects()) & events)
    assert set(base) <= set(got)
    assert not set(got.subjects(rdflib.RDF.type, SCHEMA.Event)) & events  # meeting queries see meetings only


@pytest.mark.parametrize("type_", PLOVER_TYPES)
def test_plover_rdf_each_type_is_a_class_under_political_event(type_):
    onto = rdflib.Graph().parse(ONTOLOGY_FILE)
    cls = rdflib.URIRef(str(PLOVER_CLASS[type_]))
    assert (cls, rdflib.RDFS.subClassOf, rdflib.URIRef(ONTOLOGY + "PoliticalEvent")) in onto
    got = graph_of([ArticleFacts(Article("t", "…"), political_events=(pe("t", "p1", type_, [TROOPS]),))])
    assert set(got.objects(None, rdflib.RDF.type)) >= {cls, rdflib.URIRef(str(KG.PoliticalEvent))}


@pytest.mark.parametrize("modality", sorted(MODALITY))
def test_plover_rdf_modality_is_a_skos_concept_of_the_scheme(modality):
    onto = rdflib.Graph().parse(ONTOLOGY_FILE)
    concept = rdflib.URIRef(str(MODALITY[modality]))
    assert (concept, rdflib.SKOS.inScheme, rdflib.URIRef(ONTOLOGY + "Modalities")) in onto
    got = graph_of([ArticleFacts(Article("t", "…"), political_events=(pe("t", "p1", "AGREE", [TROOPS], [],
                                                                         modality),))])
    assert set(got.objects(None, KG.modality)) == {concept}


@pytest.mark.parametrize(("actor", "iri"), [
    (Actor("Peru", country="PE"), "country/PE"),
    (Actor("the European Union", org="EU"), "org/EU"),
    (Actor("the Green Dawn party", country="PE", sector="OPP", org="Green Dawn"), "organisation/green-dawn"),
    (Actor("protesters in Lima", country="PE", sector="CVL"), "actor/pe/cvl/protesters-in-lima"),
    (Actor("gunmen", sector="REB"), "actor/xx/reb/gunmen"),
    (Actor("unknown attackers"), "actor/xx/unknown-attackers"),
    (Actor("Chidi Okafor", "PE", person=OKAFOR), "person/chidi-okafor"),
])
def test_plover_rdf_actor_nodes_are_minted_never_blank(actor, iri):
    got = graph_of([ArticleFacts(Article("t", "…"), political_events=(pe("t", "p1", "ACCUSE", [actor]),))])
    assert [str(o) for o in got.objects(None, KG.source)] == [f"https://kg-project.org/id/{iri}"]
    assert not any(isinstance(t, rdflib.BNode) for triple in got for t in triple)


def test_plover_rdf_collective_actors_of_one_country_and_sector_keep_their_labels():
    officials = Actor("Palace officials", country="PE", sector="GOV")
    mayors = Actor("the mayors", country="PE", sector="GOV")
    got = graph_of([ArticleFacts(Article("t", "…"), political_events=(pe("t", "p1", "REQUEST", [officials],
                                                                         [mayors]),))])
    source, target = next(got.objects(None, KG.source)), next(got.objects(None, KG.target))
    assert source != target  # "Palace officials asked the mayors …": the mayors are no officials
    assert [str(o) for o in got.objects(target, rdflib.RDFS.label)] == ["the mayors"]


# --- queries -----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(p.stem for p in GOLDEN.glob("*.csv")))
def test_plover_query_matches_golden_csv(store, name):
    """Data-driven: every tests/golden/plover/NAME.csv is what queries/NAME.rq returns on the hand-built facts."""
    got = run(store, name).to_csv()
    golden = GOLDEN / f"{name}.csv"
    if os.environ.get("KG_UPDATE_GOLDEN"):
        golden.write_text(got, encoding="utf-8")
    assert rows(got) == rows(golden.read_text(encoding="utf-8"))


def test_plover_query_goldens_cover_the_plover_queries():
    assert {p.stem for p in GOLDEN.glob("*.csv")} >= {"plover_events", "dyads"}


@pytest.mark.parametrize(("name", "columns"), [
    ("plover_events", PLOVER_COLUMNS),
    ("dyads", ["country_a", "country_b", "month", "type", "events"]),
])
def test_plover_query_contract_columns(store, name, columns):
    assert list(run(store, name).columns) == columns


def test_plover_query_values_follow_the_contract(store):
    result = run(store, "plover_events").rows
    assert {r["type"] for r in result} <= set(PLOVER_TYPES)
    assert {r["modality"] for r in result} == {"asserted", "negated", "future", "hypothetical", "historical"}
    codes = {r[c] for r in result for c in ("source_country", "target_country") if r[c]}
    assert codes == {"NO", "PE", "CL", "BO", "EU"}
    keys = [(r["event"], r["source"], r["target"]) for r in result]
    assert len(keys) == len(set(keys))  # one row per event, source and target
    protest = [r for r in result if r["type"] == "PROTEST"]
    assert len(protest) == 1 and protest[0]["target"] is None


def test_plover_query_one_row_per_source_of_a_compound_event(store):
    agree = [r for r in run(store, "plover_events").rows if r["type"] == "AGREE"]
    assert sorted(r["source_country"] for r in agree) == ["CL", "NO", "PE"]
    assert {r["context"] for r in agree} == {"economic;natural_resource"}


def test_plover_rdf_counts_and_amount(caplog):
    event = pe("t", "p1", "AID", [TROOPS], [Actor("Peru", country="PE")], amount="$1.2 billion",
               counts=(("killed", 2), ("injured", 5), ("arrested", 7), ("protesting", 900), ("displaced", 300)))
    with caplog.at_level("WARNING", logger="kg.rdf"):
        got = graph_of([ArticleFacts(Article("t", "…"), political_events=(event,))])
    values = {str(p).rsplit("#", 1)[-1]: o.toPython() for p, o in got.predicate_objects(
        rdflib.URIRef("https://kg-project.org/id/political-event/t/p1")) if isinstance(o, rdflib.Literal)}
    assert {k: values[k] for k in ("killed", "injured", "arrested", "protesting", "amount")} == {
        "killed": 2, "injured": 5, "arrested": 7, "protesting": 900, "amount": "$1.2 billion"}
    assert "displaced" not in values and "'displaced' is not one of" in caplog.text


def test_plover_rdf_target_rules_one_triple_per_rule():
    """``kg:targetRule``: the rules of ``Evidence.target_rules`` once each; none for an event without a target."""
    event = pe("t", "p1", "ACCUSE", [TROOPS], [Actor("Peru", country="PE"), Actor("Chile", country="CL"),
                                              Actor("Bolivia", country="BO")])
    event = dataclasses.replace(event, evidence=dataclasses.replace(event.evidence,
                                                                    target_rules=("object", "focus", "object")))
    bare = pe("t", "p2", "ACCUSE", [TROOPS])
    got = graph_of([ArticleFacts(Article("t", "…"), political_events=(event, bare))])
    rules = lambda pid: sorted(map(str, got.objects(  # noqa: E731
        rdflib.URIRef(f"https://kg-project.org/id/political-event/t/{pid}"), KG.targetRule)))
    assert (rules("p1"), rules("p2")) == (["focus", "object"], [])
