"""Projections of the KG for graph tools, notebooks and plots: the leader network, the country network and
the dyad series (events between pairs of countries per month).

* :func:`people` — persons linked by the meetings between them (``kg export --view people``, ``to_networkx``);
* :func:`countries` — countries (and organisations) linked by the events their office holders shared, weighted
  by events, with the face-to-face meetings counted apart (``--view countries``);
* :func:`plover` — countries (and organisations) linked by the political events (PLOVER) between them, directed
  from the source's country to the target's, weighted by events, with the PLOVER cooperation–conflict score
  (``--view plover``; the same events as ``kg analyse --dyads``, see :mod:`kg.dyads`);
* :func:`dyad_events` — one row per event and pair of participants' countries, with a ``type`` column: the
  event's PLOVER code where it has one, else its kind. The event layer is today the meetings, calls and summits
  kg extracts (PLOVER CONSULT/INTEND); an event layer with more PLOVER types joins on the same columns.

A person's country is the country of the posts the article gives them, else the one most articles give them.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from itertools import combinations

import networkx as nx

from kg import lexicon
from kg.analysis import _rows, best_label, is_date, meeting_network, node_id
from kg.errors import QueryError

NOT_FACE_TO_FACE = {"call", "intent"}  # every other kind is a kg:Meeting or kg:Summit (see kg.rdf)
VIEWS = ("full", "people", "countries", "plover")


def _bound(row: dict[str, str | None], var: str) -> str:
    """The value of ``?var`` in a row of an internal query whose graph pattern always binds it."""
    value = row[var]
    if value is None:
        raise QueryError(f"?{var} is unbound in a row of an internal query")
    return value


def person_countries(store) -> tuple[dict[str, Counter], dict[tuple[str, str], str], dict[str, dict]]:
    """Person → Counter of the country IRIs of their posts; (person, article graph) → country IRI there;
    country IRI → ``{"label", "code"}``."""
    counts: dict[str, Counter] = defaultdict(Counter)
    in_graph: dict[tuple[str, str], str] = {}
    for row in _rows(store, "role_edges"):
        person, country, g = row.get("person"), row.get("country"), row.get("g") or ""
        if person and country:
            counts[person][country] += 1
            in_graph.setdefault((person, g), country)
    polities: dict[str, dict] = {}
    labels: dict[str, Counter] = defaultdict(Counter)
    for row in _rows(store, "polities"):
        country = _bound(row, "country")
        labels[country][row.get("label") or ""] += 1
        polities.setdefault(country, {"code": row.get("code") or ""})
    for iri, info in polities.items():
        info["label"] = best_label(labels[iri]) or info["code"]
    return counts, in_graph, polities


def _country_of(person: str, g: str, counts: dict[str, Counter], in_graph: dict) -> str | None:
    if (person, g) in in_graph:
        return in_graph[(person, g)]
    found = counts.get(person)
    return min(found, key=lambda c: (-found[c], c)) if found else None


def people(store) -> nx.Graph:
    """The leader network: every person, edges weighted by distinct face-to-face meetings (``weight``,
    ``meetings``); node attributes ``label``, ``type``, ``iri``, and where known ``country``, ``country_code``
    and ``role`` (the most frequent), ``degree`` and ``meetings`` (the person's meetings, counted per pair)."""
    graph = meeting_network(store)
    counts, _, polities = person_countries(store)
    roles: dict[str, Counter] = defaultdict(Counter)
    for row in _rows(store, "role_edges"):
        roles[_bound(row, "person")][row.get("role") or ""] += 1
    for node, attrs in graph.nodes(data=True):
        found = counts.get(attrs["iri"])
        if found:
            country = min(found, key=lambda c: (-found[c], c))
            info = polities.get(country, {})
            attrs["country"] = info.get("label", "")
            attrs["country_code"] = info.get("code", "")
        if roles.get(attrs["iri"]):
            attrs["role"] = best_label(roles[attrs["iri"]])
        attrs["degree"] = graph.degree(node)
        attrs["meetings"] = int(graph.degree(node, weight="meetings"))
    for u, v, attrs in graph.edges(data=True):
        attrs["id"] = f"met:{u}:{v}"
        attrs["label"] = "met"
    return graph


def _events(store) -> dict[str, dict]:
    """Event IRI → kind, PLOVER code, date (earliest event date, else publication date), graph and the
    participants' countries (ISO codes)."""
    counts, in_graph, polities = person_countries(store)
    events: dict[str, dict] = {}
    for row in _rows(store, "event_attendees"):
        event = _bound(row, "event")
        info = events.setdefault(event, {"kind": row.get("kind") or "", "plover": row.get("plover") or "",
                                         "date": None, "g": row.get("g") or "", "countries": set()})
        date = next((d for d in (row.get("date"), row.get("pub")) if is_date(d)), None)
        if date and (info["date"] is None or date < info["date"]):
            info["date"] = date
        country = _country_of(_bound(row, "person"), info["g"], counts, in_graph)
        if country in polities:
            info["countries"].add(polities[country]["code"])
    return events


def _row(event: str, info: dict) -> dict:
    return {"event": event, "date": info["date"], "month": info["date"][:7], "kind": info["kind"],
            "plover": info["plover"], "type": info["plover"] or info["kind"],
            "face_to_face": info["kind"] not in NOT_FACE_TO_FACE, "article": info["g"].rsplit("/", 1)[-1]}


def event_rows(store) -> list[dict]:
    """One row per dated event: ``event``, ``date``, ``month``, ``kind``, ``plover``, ``type``,
    ``face_to_face``, ``article`` (see :func:`dyad_events`)."""
    return [_row(event, info) for event, info in sorted(_events(store).items()) if info["date"]]


def dyad_events(store) -> list[dict]:
    """One row per dated event and unordered pair of distinct participant countries: the columns of
    :func:`event_rows` plus ``country_a`` and ``country_b`` (ISO codes, a < b). ``type`` is the PLOVER code,
    else the kind, so that a PLOVER event layer joins on the same columns."""
    rows = []
    for event, info in sorted(_events(store).items()):
        if info["date"]:
            for a, b in combinations(sorted(info["countries"]), 2):
                rows.append({**_row(event, info), "country_a": a, "country_b": b})
    return rows


def dyad_series(rows: list[dict], by_type: bool = False) -> list[dict]:
    """Events per country pair per month (and per ``type`` with ``by_type``), sorted.

    >>> r = [{"month": "2023-01", "country_a": "CA", "country_b": "US", "type": "CONSULT", "event": "e1"},
    ...      {"month": "2023-01", "country_a": "CA", "country_b": "US", "type": "CONSULT", "event": "e2"}]
    >>> dyad_series(r)
    [{'month': '2023-01', 'dyad': 'CA–US', 'events': 2}]
    """
    counts: dict[tuple, set[str]] = defaultdict(set)
    for row in rows:
        key = (row["month"], f"{row['country_a']}–{row['country_b']}") + ((row["type"],) if by_type else ())
        counts[key].add(row["event"])
    names = ("month", "dyad", "type") if by_type else ("month", "dyad")
    return [{**dict(zip(names, key, strict=True)), "events": len(found)} for key, found in sorted(counts.items())]


def countries(store) -> nx.Graph:
    """Countries (and organisations) linked by the events their office holders shared: ``weight`` = distinct
    events, ``meetings`` = face-to-face ones, ``events`` = all; nodes carry ``label``, ``type``,
    ``country_code`` and ``persons`` (how many persons hold posts there)."""
    counts, _, polities = person_countries(store)
    holders: Counter = Counter()
    for found in counts.values():
        for country in found:
            holders[country] += 1
    code_iri = {info["code"]: iri for iri, info in polities.items()}
    graph = nx.Graph()
    for iri in sorted(holders, key=lambda i: polities.get(i, {}).get("code", i)):
        info = polities.get(iri, {"label": iri, "code": ""})
        graph.add_node(node_id(iri, "country"), label=info["label"], type="country", iri=iri,
                       country_code=info["code"], persons=holders[iri])
    pairs: dict[tuple[str, str], dict[str, set]] = defaultdict(lambda: {"all": set(), "f2f": set()})
    for row in dyad_events(store):
        key = (node_id(code_iri[row["country_a"]], "country"), node_id(code_iri[row["country_b"]], "country"))
        pairs[key]["all"].add(row["event"])
        if row["face_to_face"]:
            pairs[key]["f2f"].add(row["event"])
    for (u, v), ids in sorted(pairs.items()):
        graph.add_edge(u, v, id=f"events:{u}:{v}", label="events", weight=float(len(ids["all"])),
                       events=len(ids["all"]), meetings=len(ids["f2f"]))
    return graph


def plover(store) -> nx.DiGraph:
    """Countries and organisations linked by the political events that happened between them: an edge from a
    source's country to a target's (a self-loop for a domestic event; both ways between the sources' countries of
    an event without a target) with ``weight`` = ``events`` (distinct events), ``score`` (the sum of their PLOVER
    cooperation–conflict scores, as in :mod:`kg.dyads`), ``cooperation``, ``conflict`` and ``types``
    (``AGREE×2 ASSAULT×1``); nodes carry ``label``, ``type`` (country or organisation), ``country_code`` and
    ``events`` (those they are a source or target of)."""
    from kg.dyads import default_scores
    from kg.gexf_dynamic import node_key

    scores = default_scores()
    edges: dict[tuple[str, str], dict[str, tuple[str, float]]] = defaultdict(dict)
    for row in _rows(store, "country_events"):
        value = scores.score(_bound(row, "type"), row.get("mode"))
        if value is not None:
            edges[(_bound(row, "source"), _bound(row, "target"))][_bound(row, "event")] = (_bound(row, "type"), value)
    graph = nx.DiGraph()
    for code in sorted({code for pair in edges for code in pair}):
        nid, kind = node_key(code)
        events = {e for (a, b), found in edges.items() if code in (a, b) for e in found}
        graph.add_node(nid, label=lexicon.polity(code).name, type=kind, country_code=code, events=len(events))
    for (a, b), found in sorted(edges.items()):
        values = [value for _, value in found.values()]
        types = Counter(type_ for type_, _ in found.values())
        graph.add_edge(node_key(a)[0], node_key(b)[0], id=f"plover:{a}:{b}", label="events",
                       weight=float(len(found)), events=len(found), score=round(float(sum(values)), 3),
                       cooperation=round(float(sum(v for v in values if v > 0)), 3),
                       conflict=round(float(sum(v for v in values if v < 0)), 3),
                       types=" ".join(f"{t}×{n}" for t, n in sorted(types.items())))
    return graph
