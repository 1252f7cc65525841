"""``kg report``: one self-contained HTML page to explore the graph in a browser.

:func:`gather` reads the store with SPARQL (internal queries ``kg/resources/sparql/report_*.rq``) into plain
JSON-ready data; :func:`render` inlines that data and the JavaScript bundle (cytoscape.js and the page's code,
built from ``web/`` with ``make web`` into ``kg/resources/web/report.bundle.js``) into the template
``kg/resources/web/report.html``. The page loads nothing from anywhere: no CDN, no request at all.

The drawn network is :func:`leader_network`: kg's meeting network (:func:`kg.analysis.meeting_network`) without
the persons who met nobody. Positions are computed here (networkx spring layout, fixed seed), so the browser
only draws.
"""

from __future__ import annotations

import html
import inspect
import json
import logging
import re
from collections import Counter, defaultdict
from importlib import resources
from pathlib import Path

import networkx as nx

from kg.analysis import SelectStore, best_label, is_date, meeting_network, query
from kg.errors import ExportError, ResourceError

log = logging.getLogger(__name__)

UNCLASSIFIED = "unclassified"
DENSE_LAYOUT_MAX = 2000


def web_resource(name: str) -> str:
    """The text of ``kg/resources/web/<name>`` (a template or a built bundle)."""
    try:
        return (resources.files("kg") / "resources" / "web" / name).read_text(encoding="utf-8")
    except OSError as e:
        raise ResourceError(f"web resource {name} cannot be read ({e}); run `make web` to build it") from e


def _rows(store: SelectStore, name: str) -> list[dict]:
    return store.select(query(name))[1]


def leader_network(store: SelectStore) -> nx.Graph:
    """The meeting network without the persons who met nobody: what the report draws."""
    graph = meeting_network(store)
    graph.remove_nodes_from([n for n, degree in list(graph.degree()) if degree == 0])
    return graph


def _spring(graph: nx.Graph, scale: float) -> dict:
    """Spring layout (seed 42) of one connected component, centred on 0 within ±scale."""
    n = graph.number_of_nodes()
    if n == 1:
        return {next(iter(graph)): (0.0, 0.0)}
    # networkx's dense Fruchterman-Reingold is the fastest up to a few thousand nodes (n² memory: ~200 MB at
    # 2,000); beyond that its sparse "energy" method (``method`` is new in networkx 3.5; older ones choose alone).
    options = {"method": "force" if n <= DENSE_LAYOUT_MAX else "energy"}
    if "method" not in inspect.signature(nx.spring_layout).parameters:
        options = {}
    return nx.spring_layout(graph, seed=42, weight="weight", k=2.0 / n**0.5, iterations=60, scale=scale, **options)


def layout(graph: nx.Graph) -> dict[str, tuple[float, float]]:
    """Deterministic positions: the largest connected component spread over ±(100 + 60·√n) (so that nodes and
    labels of a fixed size stay readable), the other components laid out on their own in rows below it."""
    components = sorted(nx.connected_components(graph), key=lambda c: (-len(c), min(c)))
    positions: dict[str, tuple[float, float]] = {}
    width = top = x = row_height = 0.0
    for i, component in enumerate(components):
        scale = (100 + 60 * len(component) ** 0.5) if i == 0 else 20 + 30 * len(component) ** 0.5
        pos = _spring(graph.subgraph(component), scale)
        if i == 0:
            width, top, x = 2 * scale, scale + 80, -scale
        elif x + 2 * scale > width / 2 + 1e-9 and x > -width / 2:
            x, top, row_height = -width / 2, top + row_height + 40, 0.0
        if i:
            centre = (x + scale, top + scale)
            x, row_height = x + 2 * scale + 40, max(row_height, 2 * scale)
        else:
            centre = (0.0, 0.0)
        for node, (px, py) in pos.items():
            positions[node] = (round(float(px) + centre[0], 1), round(float(py) + centre[1], 1))
    return positions


def _first(rows: list[dict], key: str, order: str = "start") -> str | None:
    """The value of ``key`` in the row that comes first by ``order`` (an integer column), ignoring unbound ones."""
    found = [r for r in rows if r.get(key)]
    if not found:
        return None
    return min(found, key=lambda r: (int(r.get(order) or 0), r[key]))[key]


def _person_info(store: SelectStore) -> tuple[dict[str, str], dict[str, str], list[list], dict[str, str]]:
    """Person labels, each person's main country code, the role table and country labels."""
    labels: dict[str, Counter] = defaultdict(Counter)
    for row in _rows(store, "report_labels"):
        labels[row["person"]][" ".join((row.get("label") or "").split())] += int(row.get("n") or 1)
    names = {iri: best_label(c) for iri, c in labels.items()}
    roles: dict[tuple, set[str]] = defaultdict(set)
    countries: dict[str, Counter] = defaultdict(Counter)
    country_labels: dict[str, str] = {}
    for row in _rows(store, "report_roles"):
        person, cc = row.get("person") or "", row.get("cc") or ""
        roles[(person, row.get("role") or "", cc)].add(row.get("article") or "")
        if cc:
            countries[person][cc] += 1
            country_labels.setdefault(cc, row.get("country") or cc)
    main = {p: min(c, key=lambda cc: (-c[cc], cc)) for p, c in countries.items()}
    table = [[names.get(p, p), p, role, cc, len(arts)] for (p, role, cc), arts in roles.items()]
    table.sort(key=lambda r: (r[0], -r[4], r[2], r[3]))
    return names, main, table, country_labels


def _topics(store: SelectStore) -> tuple[list[dict], dict[str, list[int]]]:
    """Topics (label, domain, number of events) and, per event, the indices of its topics."""
    labels: dict[str, Counter] = defaultdict(Counter)
    domains: dict[str, set[str]] = defaultdict(set)
    events: dict[str, set[str]] = defaultdict(set)
    for row in _rows(store, "report_topics"):
        topic = row["topic"]
        labels[topic][row.get("label") or ""] += 1
        events[topic].add(row["event"])
        if row.get("domain"):
            domains[topic].add(row.get("domain_label") or re.split(r"[/#]", row["domain"].rstrip("/#"))[-1])
    order = sorted(labels, key=lambda t: (-len(events[t]), best_label(labels[t]), t))
    topics = [{"label": best_label(labels[t]), "domain": min(domains[t]) if domains[t] else UNCLASSIFIED,
               "n": len(events[t])} for t in order]
    by_event: dict[str, list[int]] = defaultdict(list)
    for i, t in enumerate(order):
        for event in events[t]:
            by_event[event].append(i)
    return topics, by_event


def _events(store: SelectStore, names: dict[str, str], main: dict[str, str], country_labels: dict[str, str],
            topics_of: dict[str, list[int]]) -> tuple[list[dict], dict[str, int]]:
    """Events sorted by date and label, and the index of each event IRI."""
    rows: dict[str, list[dict]] = defaultdict(list)
    for row in _rows(store, "report_events"):
        rows[row["event"]].append(row)
    attendees: dict[str, set[str]] = defaultdict(set)
    for row in _rows(store, "report_attendees"):
        attendees[row["event"]].add(row["person"])
    events = {}
    for iri, group in rows.items():
        dates = sorted(r["date"] for r in group if is_date(r.get("date"))) or sorted(
            r["pub"] for r in group if is_date(r.get("pub")))
        cc = _first(group, "cc")
        if cc:
            country_labels.setdefault(cc, _first(group, "country") or cc)
        people = attendees.get(iri, set())
        events[iri] = {
            "label": group[0]["label"], "kind": group[0]["kind"], "date": dates[0] if dates else None,
            "place": _first(group, "place"), "article": group[0]["article"], "sentence": _first(group, "sentence"),
            "people": sorted(names.get(p, p) for p in people),
            "ccs": sorted(({cc} if cc else set()) | {main[p] for p in people if p in main}),
            "topics": sorted(topics_of.get(iri, [])),
        }
    order = sorted(events, key=lambda e: (events[e]["date"] or "9999", events[e]["label"], e))
    return [events[e] for e in order], {e: i for i, e in enumerate(order)}


def _quotes(store: SelectStore, names: dict[str, str], main: dict[str, str]) -> list[dict]:
    rows: dict[str, list[dict]] = defaultdict(list)
    for row in _rows(store, "report_quotes"):
        rows[row["quote"]].append(row)
    quotes = []
    for group in rows.values():
        speaker = group[0]["speaker"]
        pub = _first(group, "pub")
        quotes.append({"speaker": names.get(speaker, speaker), "cc": main.get(speaker), "text": group[0]["text"],
                       "article": group[0]["article"], "date": pub if is_date(pub) else None,
                       "sentence": _first(group, "sentence")})
    quotes.sort(key=lambda q: (q["date"] or "9999", q["article"], q["speaker"], q["text"]))
    return quotes


def _network(store: SelectStore, graph: nx.Graph, main: dict[str, str], event_index: dict[str, int]):
    """Drawn nodes (with positions and the indices of their meetings) and edges."""
    iri_of = {n: graph.nodes[n]["iri"] for n in graph}
    meetings: dict[str, set[int]] = defaultdict(set)
    for row in _rows(store, "meeting_edges"):
        if row.get("event") in event_index:
            for person in (row["a"], row["b"]):
                meetings[person].add(event_index[row["event"]])
    pos = layout(graph)
    nodes = [{"id": n, "label": graph.nodes[n]["label"], "cc": main.get(iri_of[n]), "deg": graph.degree(n),
              "w": len(meetings[iri_of[n]]), "x": pos[n][0], "y": pos[n][1],
              "events": sorted(meetings[iri_of[n]])} for n in sorted(graph)]
    edges = [{"s": u, "t": v, "w": int(d.get("meetings", 1))} for u, v, d in sorted(graph.edges(data=True))]
    return nodes, edges


def gather(store: SelectStore) -> dict:
    """Everything the page shows, as plain JSON-ready data."""
    graph = leader_network(store)
    names, main, roles, country_labels = _person_info(store)
    topics, topics_of = _topics(store)
    events, event_index = _events(store, names, main, country_labels, topics_of)
    nodes, edges = _network(store, graph, main, event_index)
    drawn = {graph.nodes[n]["iri"]: n for n in graph}
    for row in roles:
        row[1] = drawn.get(row[1])  # the node id of a drawn person, else null
    articles = _rows(store, "report_articles")
    return {
        "meta": {"articles": int((articles[0].get("n") if articles else 0) or 0)},
        "nodes": nodes, "edges": edges, "roles": roles, "events": events, "topics": topics,
        "quotes": _quotes(store, names, main), "countries": dict(sorted(country_labels.items())),
    }


def script_json(data) -> str:
    """JSON that is safe inside ``<script type="application/json">``.

    >>> script_json({"a": "</script><!--"})
    '{"a":"\\\\u003c/script>\\\\u003c!--"}'
    """
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")


def inline_script(js: str) -> str:
    """A bundle made safe to sit inside ``<script>…</script>``."""
    return re.sub(r"</(script)", r"<\\/\1", js, flags=re.IGNORECASE)


def fill(template: str, parts: dict[str, str]) -> str:
    """Replace ``{{NAME}}`` placeholders in one pass (so inserted text is never searched again).

    >>> fill("<b>{{A}}</b>{{B}}", {"A": "{{B}}", "B": "x"})
    '<b>{{B}}</b>x'
    """
    return re.sub(r"\{\{(\w+)\}\}", lambda m: parts[m.group(1)], template)


def render(data: dict, title: str = "kg report") -> str:
    """The report page: template + data + bundle, one HTML string."""
    return fill(web_resource("report.html"), {
        "TITLE": html.escape(title), "DATA": script_json(data),
        "SCRIPT": inline_script(web_resource("report.bundle.js")),
    })


def write_report(store: SelectStore, out: Path, title: str = "kg report") -> dict:
    """Write the report to ``out``; returns what it holds (counts) and its size in bytes."""
    data = gather(store)
    page = render(data, title)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(page, encoding="utf-8")
    except OSError as e:
        raise ExportError(f"cannot write {out}: {e.strerror or e}") from e
    summary = {key: len(data[key]) for key in ("nodes", "edges", "events", "topics", "quotes")}
    summary["bytes"] = out.stat().st_size
    log.info("report %s: %s", out, summary)
    return summary
