"""Network views of the knowledge graph: the Gephi projection and the meeting-network statistics.

Both are built from SPARQL SELECT results (the internal queries in ``kg/resources/sparql``), not
from rdflib's graph adapters, so that node ids are short safe strings (``person:justin-trudeau``)
and every attribute is a scalar that GraphML and GEXF can carry.

The store only needs ``select(sparql) -> (columns, rows)``, rows being dicts of plain strings
(IRIs as strings, literals as lexical values, ``None`` when unbound).

PageRank needs SciPy (a kg dependency): :func:`networkx.pagerank` imports it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Protocol

import networkx as nx

from kg.sparql import internal
from kg.vocab import DATA, KG, ORG, SCHEMA, WD, slug

log = logging.getLogger(__name__)

NODE_TYPES = {  # class IRI → node type, in order of precedence
    str(SCHEMA.Person): "person",
    str(SCHEMA.Country): "country",
    str(ORG.FormalOrganization): "organisation",
    str(SCHEMA.Event): "event",
    str(SCHEMA.Place): "place",
    str(KG.Topic): "topic",
}
NODE_PROPS = {  # property IRI → node attribute
    "http://www.w3.org/2002/07/owl#sameAs": "qid",
    str(KG.isoCode): "country_code",
    str(KG.eventKind): "event_kind",
    str(KG.cameoCode): "cameo",
    str(SCHEMA.startDate): "start",
}
EDGE_LABELS = {
    "holds_role": "holds role",
    "met": "met",
    "participant_in": "participant in",
    "hosted": "hosted",
    "discussed": "discussed",
    "located_in": "located in",
}
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


query = internal  # kg.analysis.query(name): the text of kg/resources/sparql/<name>.rq (see kg.sparql.internal)


class SelectStore(Protocol):
    """What this module needs from :mod:`kg.store`."""

    def select(self, sparql: str) -> tuple[list[str], list[dict[str, str | None]]]: ...


def _rows(store: SelectStore, name: str) -> list[dict[str, str | None]]:
    _, rows = store.select(internal(name))
    return rows


def node_id(iri: str, kind: str) -> str:
    """A short node id, safe as an XML name token, from the type and the tail of an IRI.

    >>> node_id("https://kg-project.org/id/person/justin-trudeau", "person")
    'person:justin-trudeau'
    >>> node_id("https://kg-project.org/id/event/000_abc/e1", "event")
    'event:000_abc.e1'
    >>> node_id("https://kg-project.org/id/place/MX/mexico-city", "place")
    'place:MX.mexico-city'
    >>> node_id("http://example.org/things/a b?c", "topic")
    'topic:a-b-c'
    """
    if iri.startswith(DATA):
        parts = iri[len(DATA) :].split("/")[1:]
    else:
        parts = [re.split(r"[/#]", iri.rstrip("/#"))[-1]]
    tail = ".".join(p for p in (_UNSAFE.sub("-", part).strip("-") for part in parts) if p)
    return f"{kind}:{tail or 'x'}"


def best_label(counts: Counter) -> str:
    """The most frequent label; ties go to the longest, then to the alphabetically first.

    >>> best_label(Counter({"Trudeau": 2, "Justin Trudeau": 2, "J. Trudeau": 1}))
    'Justin Trudeau'
    >>> best_label(Counter())
    ''
    """
    return min(counts, key=lambda s: (-counts[s], -len(s), s)) if counts else ""


def is_date(value: str | None) -> bool:
    """True for an ISO ``YYYY-MM-DD`` date (the only time format the exports use).

    >>> is_date("2024-05-01"), is_date("2024-13-01"), is_date("May 2024"), is_date(None)
    (True, False, False, False)
    """
    if not value or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


# --- nodes -------------------------------------------------------------------------------------


def _collect_nodes(store: SelectStore) -> tuple[dict[str, dict], dict[str, set[str]]]:
    """IRI → node attributes (label, type, iri, articles), and IRI → article graphs stating it."""
    labels: dict[str, Counter] = defaultdict(Counter)
    graphs: dict[str, set[str]] = defaultdict(set)
    kinds: dict[str, set[str]] = defaultdict(set)
    for row in _rows(store, "nodes"):
        iri, kind = row.get("node"), NODE_TYPES.get(row.get("class") or "")
        if not iri or kind is None:
            continue
        kinds[iri].add(kind)
        labels[iri][" ".join((row.get("label") or "").split())] += 1
        if g := row.get("g"):
            graphs[iri].add(g)
    order = list(NODE_TYPES.values())
    nodes = {
        iri: {"label": best_label(labels[iri]) or iri, "type": min(kinds[iri], key=order.index), "iri": iri,
              "articles": len(graphs[iri])}
        for iri in kinds
    }
    return nodes, graphs


def _assign_ids(nodes: dict[str, dict]) -> dict[str, str]:
    """IRI → unique node id (a short hash is appended in the rare case of a clash)."""
    ids: dict[str, str] = {}
    used: set[str] = set()
    for iri in sorted(nodes):
        nid = node_id(iri, nodes[iri]["type"])
        if nid in used:
            nid = f"{nid}.{hashlib.sha1(iri.encode()).hexdigest()[:8]}"
        used.add(nid)
        ids[iri] = nid
    return ids


def _add_props(store: SelectStore, nodes: dict[str, dict]) -> None:
    """Copy the scalar properties (qid, country_code, event_kind, cameo, start) onto the nodes."""
    for row in _rows(store, "node_props"):
        attrs, name, value = nodes.get(row.get("node") or ""), NODE_PROPS.get(row.get("p") or ""), row.get("value")
        if attrs is None or name is None or not value:
            continue
        if name == "qid":
            if not value.startswith(str(WD)):
                continue
            value = value[len(str(WD)) :]
        if name == "start" and not is_date(value):
            continue
        attrs[name] = min(attrs.get(name, value), value)  # deterministic; the earliest date


def _graph_dates(store: SelectStore) -> dict[str, str]:
    """Article graph → the earliest date it mentions (publication or event date)."""
    dates: dict[str, str] = {}
    for row in _rows(store, "graph_dates"):
        g, date = row.get("g"), row.get("date")
        if g and date and is_date(date):
            dates[g] = min(dates.get(g, date), date)
    return dates


def _date_nodes(nodes: dict[str, dict], graphs: dict[str, set[str]], dates: dict[str, str]) -> None:
    """Nodes without an own date start at the earliest date of the articles that state them."""
    for iri, attrs in nodes.items():
        known = [dates[g] for g in graphs.get(iri, ()) if g in dates]
        if "start" not in attrs and known:
            attrs["start"] = min(known)


# --- edges -------------------------------------------------------------------------------------


def _edge_rows(store: SelectStore, nodes: dict[str, dict], dates: dict[str, str]) -> Iterator[tuple]:
    """(type, source IRI, target IRI, role, occasion, date) for each statement supporting an edge.

    The occasion is what the edge weight counts: the meeting for ``met``, the article otherwise.
    """
    for row in _rows(store, "role_edges"):
        g = row.get("g") or ""
        yield "holds_role", row.get("person"), row.get("country"), row.get("role"), g, dates.get(g)
    for row in _rows(store, "meeting_edges"):
        event, g = row.get("event") or "", row.get("g") or ""
        yield "met", row.get("a"), row.get("b"), None, event, nodes.get(event, {}).get("start") or dates.get(g)
    for row in _rows(store, "event_links"):
        source, target, g = row.get("source") or "", row.get("target") or "", row.get("g") or ""
        event = source if nodes.get(source, {}).get("type") == "event" else target
        yield row.get("rel"), source, target, None, g, nodes.get(event, {}).get("start") or dates.get(g)


def _add_edges(graph: nx.MultiDiGraph, rows: Iterable[tuple], nodes: dict[str, dict], ids: dict[str, str]) -> None:
    occasions: dict[tuple, set[str]] = defaultdict(set)
    starts: dict[tuple, list[str]] = defaultdict(list)
    for kind, source, target, role, occasion, start in rows:
        if source in nodes and target in nodes and source != target and kind in EDGE_LABELS:
            key = (kind, ids[source], ids[target], role or "")
            occasions[key].add(occasion or "")
            if start:
                starts[key].append(start)
    for key in sorted(occasions):
        kind, u, v, role = key
        eid = f"{kind}:{u}:{v}" + (f":{slug(role)}" if role else "")
        attrs = {"id": eid, "type": kind, "label": role or EDGE_LABELS[kind], "weight": float(len(occasions[key]))}
        if role:
            attrs["role"] = role
        if starts[key]:
            attrs["start"] = min(starts[key])
        graph.add_edge(u, v, key=eid, **attrs)


def project(store: SelectStore) -> nx.MultiDiGraph:
    """The Gephi projection: persons, countries/organisations, events, topics and places.

    Node attributes: ``label``, ``type``, ``iri``, ``articles`` and, where known, ``qid``,
    ``country_code``, ``event_kind``, ``cameo`` and ``start`` (ISO date). Edges are keyed by their
    unique string ``id`` and carry ``type``, ``label``, ``weight`` (float: distinct meetings for
    ``met``, distinct articles otherwise), ``start`` where known and ``role`` for ``holds_role``.
    """
    nodes, graphs = _collect_nodes(store)
    _add_props(store, nodes)
    dates = _graph_dates(store)
    _date_nodes(nodes, graphs, dates)
    ids = _assign_ids(nodes)
    graph = nx.MultiDiGraph()
    for iri in sorted(nodes, key=ids.__getitem__):
        graph.add_node(ids[iri], **nodes[iri])
    _add_edges(graph, _edge_rows(store, nodes, dates), nodes, ids)
    log.info("projection: %d nodes, %d edges", graph.number_of_nodes(), graph.number_of_edges())
    return graph


def meeting_network(store: SelectStore) -> nx.Graph:
    """Persons linked by the number of distinct face-to-face meetings between them (``weight``).

    Every person is a node, including those who met nobody.
    """
    nodes, _ = _collect_nodes(store)
    persons = {iri: attrs for iri, attrs in nodes.items() if attrs["type"] == "person"}
    ids = _assign_ids(persons)
    graph = nx.Graph()
    for iri in sorted(persons, key=ids.__getitem__):
        graph.add_node(ids[iri], label=persons[iri]["label"], type="person", iri=iri)
    meetings: dict[tuple[str, str], set[str]] = defaultdict(set)
    for row in _rows(store, "meeting_edges"):
        a, b = row.get("a"), row.get("b")
        if a in persons and b in persons and a != b:
            u, v = sorted((ids[a], ids[b]))
            meetings[u, v].add(row.get("event") or "")
    for (u, v), events in sorted(meetings.items()):
        graph.add_edge(u, v, weight=float(len(events)), meetings=len(events))
    return graph


# --- analysis ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class PersonScore:
    """Centralities of one person in the meeting network."""

    id: str
    label: str
    degree: int
    weighted_degree: float
    betweenness: float
    pagerank: float


@dataclass(frozen=True)
class TopicScore:
    """How often a topic was discussed."""

    id: str
    label: str
    events: int
    articles: int


@dataclass(frozen=True)
class AnalysisReport:
    """What ``kg analyse`` reports; empty for an empty store."""

    persons: int = 0
    pairs: int = 0
    people: tuple[PersonScore, ...] = ()
    communities: tuple[tuple[str, ...], ...] = ()
    topics: tuple[TopicScore, ...] = ()

    def to_dict(self) -> dict:
        """Plain JSON-ready data.

        >>> AnalysisReport().to_dict()
        {'persons': 0, 'pairs': 0, 'people': [], 'communities': [], 'topics': []}
        """
        return {
            "persons": self.persons,
            "pairs": self.pairs,
            "people": [vars(p).copy() for p in self.people],
            "communities": [list(c) for c in self.communities],
            "topics": [vars(t).copy() for t in self.topics],
        }


def person_scores(graph: nx.Graph) -> list[PersonScore]:
    """Degree, weighted degree, betweenness (unweighted, normalised) and weighted PageRank,
    best PageRank first.

    >>> g = nx.Graph([("a", "b", {"weight": 2.0}), ("b", "c", {"weight": 1.0})])
    >>> [(s.id, s.degree, s.weighted_degree, s.betweenness) for s in person_scores(g)][0]
    ('b', 2, 3.0, 1.0)
    """
    if graph.number_of_nodes() == 0:
        return []
    betweenness = nx.betweenness_centrality(graph, normalized=True)
    pagerank = nx.pagerank(graph, weight="weight")
    scores = [
        PersonScore(n, graph.nodes[n].get("label", n), graph.degree(n), float(graph.degree(n, weight="weight")),
                    float(betweenness[n]), float(pagerank[n]))
        for n in graph
    ]
    return sorted(scores, key=lambda s: (-s.pagerank, s.label, s.id))


def communities(graph: nx.Graph) -> list[tuple[str, ...]]:
    """Louvain communities (weighted, seed 42) of two or more persons, as sorted labels, largest first.

    >>> g = nx.Graph([("a", "b"), ("b", "c"), ("a", "c"), ("d", "e"), ("e", "f"), ("d", "f"), ("c", "d")])
    >>> communities(g)
    [('a', 'b', 'c'), ('d', 'e', 'f')]
    """
    if graph.number_of_edges() == 0:
        return []
    found = nx.community.louvain_communities(graph, weight="weight", seed=42)
    groups = [tuple(sorted(graph.nodes[n].get("label", n) for n in c)) for c in found if len(c) > 1]
    return sorted(groups, key=lambda c: (-len(c), c))


def topic_scores(store: SelectStore) -> list[TopicScore]:
    """Topics by number of events that discussed them, then by number of articles."""
    events: dict[str, set[str]] = defaultdict(set)
    graphs: dict[str, set[str]] = defaultdict(set)
    labels: dict[str, Counter] = defaultdict(Counter)
    for row in _rows(store, "topic_edges"):
        topic = row.get("topic")
        if topic:
            events[topic].add(row.get("event") or "")
            graphs[topic].add(row.get("g") or "")
            labels[topic][row.get("label") or ""] += 1
    scores = [TopicScore(node_id(t, "topic"), best_label(labels[t]), len(events[t]), len(graphs[t])) for t in events]
    return sorted(scores, key=lambda s: (-s.events, -s.articles, s.label))


def analyse(store: SelectStore, top: int | None = 10) -> AnalysisReport:
    """Centralities and communities of the meeting network and the most discussed topics.

    ``top`` limits the person and topic lists (``None``: no limit); communities are all listed.
    """
    graph = meeting_network(store)
    limit = slice(None) if top is None else slice(max(top, 0))
    return AnalysisReport(
        persons=graph.number_of_nodes(),
        pairs=graph.number_of_edges(),
        people=tuple(person_scores(graph)[limit]),
        communities=tuple(communities(graph)),
        topics=tuple(topic_scores(store)[limit]),
    )
