"""kg.analysis: the Gephi projection and the meeting-network statistics, on a small hand-made KG.

Meeting network of the facts below (weights are meetings):

    Amara ══2══ Bjørn        Ines ─ Farid
        \\       /              \\   /
         Élodie ───────── Jürgen          Gustavo (no meeting)

Amara, Bjørn and Élodie meet at a summit (a2), Jürgen, Ines and Farid at another (a3); Élodie hosts
Jürgen in Paris (a1); Amara and Bjørn meet again (a4); Amara and Farid only phone (a3), which is
not a meeting. (With the bridge as the heaviest edge, Louvain stops at a worse local optimum.)
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re

import pytest

pyoxigraph = pytest.importorskip("pyoxigraph")

from kg.analysis import AnalysisReport, analyse, meeting_network, project  # noqa: E402
from kg.model import Article, ArticleFacts, EventFact, Evidence, Person, Place, RoleFact, TopicFact  # noqa: E402

AMARA = Person("amara-okonkwo", "Amara Okonkwo")
BJORN = Person("bjorn-halvorsen", "Bjørn Halvorsen")
ELODIE = Person("elodie-marchetti", "Élodie Marchetti", qid="Q999001")
JURGEN = Person("jurgen-aberg-muller", "Jürgen\x07 Åberg-Müller")
INES = Person("ines-carvalho", "Inês Carvalho")
FARID = Person("farid-haddad", "Farid Haddad")
GUSTAVO = Person("gustavo-reyes", "Gustavo Reyes")


def _ev(article: str) -> Evidence:
    return Evidence(article, "A sentence.", 0, 0, 10, "test")


def _role(person, role, country, article):
    return RoleFact(person, role, country, _ev(article))


def _facts() -> list[ArticleFacts]:
    a1 = ArticleFacts(
        Article("a1", "…", title="Paris talks", date=dt.date(2024, 3, 4)),
        persons=(ELODIE, JURGEN),
        roles=(_role(ELODIE, "President", "FR", "a1"), _role(JURGEN, "Chancellor", "DE", "a1")),
        events=(EventFact("e1", "host", (ELODIE, JURGEN), _ev("a1"), host=ELODIE, location=Place("Paris", "FR"),
                          date=dt.date(2024, 3, 4), cameo="042"),),
        topics=(TopicFact("e1", "trade", _ev("a1")),),
    )
    a2 = ArticleFacts(
        Article("a2", "…", title="Northern Summit", date=dt.date(2024, 4, 11)),
        persons=(AMARA, BJORN, ELODIE),
        roles=(_role(AMARA, "President", "KE", "a2"), _role(BJORN, "Prime Minister", "NO", "a2"),
               _role(ELODIE, "President", "FR", "a2")),
        events=(EventFact("e1", "summit", (AMARA, BJORN, ELODIE), _ev("a2"), name="Northern Summit",
                          location=Place("Oslo", "NO"), date=dt.date(2024, 4, 10)),),
        topics=tuple(TopicFact("e1", t, _ev("a2")) for t in ("energy", "trade", "security")),
    )
    a3 = ArticleFacts(
        Article("a3", "…", date=dt.date(2024, 5, 20)),
        persons=(JURGEN, INES, FARID, AMARA, GUSTAVO),
        events=(EventFact("e1", "summit", (JURGEN, INES, FARID), _ev("a3"), name="Southern Forum"),
                EventFact("e2", "call", (AMARA, FARID), _ev("a3"))),
        topics=(TopicFact("e1", "water", _ev("a3")),),
    )
    a4 = ArticleFacts(
        Article("a4", "…", date=dt.date(2024, 6, 1)),
        persons=(AMARA, BJORN),
        events=(EventFact("e1", "meeting", (AMARA, BJORN), _ev("a4")),),
    )
    return [a1, a2, a3, a4]


@pytest.fixture(scope="module")
def store(memory_store):
    return memory_store(_facts())


@pytest.fixture(scope="module")
def graph(store):
    return project(store)


def _edge(graph, kind, u, v):
    """The data of the ``kind`` edge between u and v (either direction for ``met``), else None."""
    pairs = [(u, v), (v, u)] if kind == "met" else [(u, v)]
    for a, b in pairs:
        for data in (graph.get_edge_data(a, b) or {}).values():
            if data["type"] == kind:
                return data
    return None


@pytest.mark.parametrize(
    ("node", "kind", "label"),
    [
        ("person:Q999001", "person", "Élodie Marchetti"),
        ("person:jurgen-aberg-muller", "person", "Jürgen\x07 Åberg-Müller"),
        ("country:FR", "country", "France"),
        ("event:a2.e1", "event", "Northern Summit"),
        ("topic:trade", "topic", "trade"),
        ("place:fr.paris", "place", "Paris"),
    ],
)
def test_analysis_project_node_types_and_labels(graph, node, kind, label):
    assert graph.nodes[node]["type"] == kind
    assert graph.nodes[node]["label"] == label


@pytest.mark.parametrize(
    ("node", "attr", "value"),
    [
        ("person:Q999001", "qid", "Q999001"),
        ("person:Q999001", "articles", 2),
        ("person:amara-okonkwo", "articles", 3),
        ("person:Q999001", "start", "2024-03-04"),
        ("country:FR", "country_code", "FR"),
        ("country:FR", "qid", "Q142"),
        ("event:a1.e1", "event_kind", "host"),
        ("event:a1.e1", "cameo", "042"),
        ("event:a2.e1", "start", "2024-04-10"),  # the event date, not the publication date
        ("event:a4.e1", "start", "2024-06-01"),  # no event date: the article's date
        ("person:gustavo-reyes", "start", "2024-05-20"),
    ],
)
def test_analysis_project_node_attributes(graph, node, attr, value):
    assert graph.nodes[node][attr] == value


@pytest.mark.parametrize(
    ("kind", "source", "target", "weight"),
    [
        ("met", "person:amara-okonkwo", "person:bjorn-halvorsen", 2.0),
        ("met", "person:Q999001", "person:jurgen-aberg-muller", 1.0),
        ("holds_role", "person:Q999001", "country:FR", 2.0),
        ("holds_role", "person:bjorn-halvorsen", "country:NO", 1.0),
        ("participant_in", "person:ines-carvalho", "event:a3.e1", 1.0),
        ("hosted", "person:Q999001", "event:a1.e1", 1.0),
        ("discussed", "event:a2.e1", "topic:energy", 1.0),
        ("located_in", "event:a1.e1", "place:fr.paris", 1.0),
        ("located_in", "place:fr.paris", "country:FR", 1.0),
    ],
)
def test_analysis_project_edge_types_and_weights(graph, kind, source, target, weight):
    data = _edge(graph, kind, source, target)
    assert data is not None
    assert isinstance(data["weight"], float) and data["weight"] == weight
    assert data["label"]


@pytest.mark.parametrize(
    ("kind", "source", "target"),
    [
        ("met", "person:amara-okonkwo", "person:farid-haddad"),  # a call is not a meeting
        ("hosted", "person:jurgen-aberg-muller", "event:a1.e1"),
        ("met", "person:gustavo-reyes", "person:amara-okonkwo"),
    ],
)
def test_analysis_project_has_no_spurious_edges(graph, kind, source, target):
    assert _edge(graph, kind, source, target) is None


@pytest.mark.parametrize(("key", "expected"), [("role", "President"), ("label", "President"), ("start", "2024-03-04")])
def test_analysis_project_role_edge_attributes(graph, key, expected):
    assert _edge(graph, "holds_role", "person:Q999001", "country:FR")[key] == expected


@pytest.mark.parametrize("check", ["unique-string-keys", "safe-node-ids", "scalar-attributes", "one-met-per-pair"])
def test_analysis_project_is_gephi_ready(graph, check):
    edges = list(graph.edges(keys=True, data=True))
    if check == "unique-string-keys":
        keys = [k for *_, k, _ in edges]
        assert all(isinstance(k, str) for k in keys) and len(set(keys)) == len(keys)
        assert all(d["id"] == k for _, _, k, d in edges)
    elif check == "safe-node-ids":
        assert all(re.fullmatch(r"[a-z]+:[A-Za-z0-9._-]+", n) for n in graph)
    elif check == "scalar-attributes":
        values = [v for _, d in graph.nodes(data=True) for v in d.values()]
        values += [v for *_, d in edges for v in d.values()]
        assert all(isinstance(v, (str, int, float)) for v in values)
    else:
        pairs = [frozenset((u, v)) for u, v, _, d in edges if d["type"] == "met"]
        assert len(pairs) == len(set(pairs)) == 7


def test_analysis_meeting_network_weights(store):
    net = meeting_network(store)
    assert net.number_of_nodes() == 7 and net.number_of_edges() == 7
    assert net["person:amara-okonkwo"]["person:bjorn-halvorsen"]["weight"] == 2.0
    assert net["person:Q999001"]["person:jurgen-aberg-muller"]["weight"] == 1.0
    assert not net.has_edge("person:amara-okonkwo", "person:farid-haddad")


@pytest.mark.parametrize(
    ("person", "degree", "weighted", "betweenness"),
    [
        # bridge nodes: 6 of the 15 pairs among the 6 connected persons route through each of them,
        # normalised by (n-1)(n-2)/2 = 15 with n = 7 (Gustavo included)
        ("Élodie Marchetti", 3, 3.0, 6 / 15),
        ("Jürgen\x07 Åberg-Müller", 3, 3.0, 6 / 15),
        ("Amara Okonkwo", 2, 3.0, 0.0),
        ("Farid Haddad", 2, 2.0, 0.0),
        ("Gustavo Reyes", 0, 0.0, 0.0),
    ],
)
def test_analysis_analyse_person_scores(store, person, degree, weighted, betweenness):
    scores = {p.label: p for p in analyse(store, top=None).people}
    assert scores[person].degree == degree
    assert scores[person].weighted_degree == weighted
    assert scores[person].betweenness == pytest.approx(betweenness)


@pytest.mark.parametrize("check", ["pagerank-sums-to-one", "bridges-rank-first", "top-limits"])
def test_analysis_analyse_pagerank(store, check):
    report = analyse(store, top=None)
    if check == "pagerank-sums-to-one":
        assert math.isclose(sum(p.pagerank for p in report.people), 1.0, rel_tol=1e-6)
    elif check == "bridges-rank-first":
        assert {p.label for p in report.people[:2]} == {"Élodie Marchetti", "Jürgen\x07 Åberg-Müller"}
    else:
        assert len(analyse(store, top=3).people) == 3 and report.persons == 7 and report.pairs == 7


def test_analysis_analyse_finds_two_communities(store):
    found = {frozenset(c) for c in analyse(store).communities}
    assert found == {
        frozenset({"Amara Okonkwo", "Bjørn Halvorsen", "Élodie Marchetti"}),
        frozenset({"Jürgen\x07 Åberg-Müller", "Inês Carvalho", "Farid Haddad"}),
    }


@pytest.mark.parametrize(
    ("rank", "label", "events", "articles"),
    [(0, "trade", 2, 2), (1, "energy", 1, 1), (2, "security", 1, 1), (3, "water", 1, 1)],
)
def test_analysis_analyse_topics(store, rank, label, events, articles):
    topic = analyse(store).topics[rank]
    assert (topic.label, topic.events, topic.articles) == (label, events, articles)


@pytest.mark.parametrize("what", ["project", "meeting_network", "analyse"])
def test_analysis_empty_store(what, memory_store):
    store = memory_store()
    if what == "project":
        assert project(store).number_of_nodes() == 0
    elif what == "meeting_network":
        assert meeting_network(store).number_of_nodes() == 0
    else:
        report = analyse(store)
        assert report == AnalysisReport()
        assert json.loads(json.dumps(report.to_dict())) == report.to_dict()


def test_analysis_report_to_dict_is_json(store):
    data = json.loads(json.dumps(analyse(store, top=2).to_dict()))
    assert [t["label"] for t in data["topics"]] == ["trade", "energy"]
    assert len(data["people"]) == 2 and set(data["people"][0]) >= {"degree", "betweenness", "pagerank"}
