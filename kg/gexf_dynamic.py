"""The country network of political events as dynamic GEXF, so that Gephi's timeline plays it.

``kg export --format gexf --dynamic --out FILE``. Nodes are countries and organisations (``country:PE``,
``organisation:EU``, the ids of the static projection); an undirected edge joins two that share events
(``kg analyse --dyads``, see :mod:`kg.dyads`; a country with itself is a self-loop). Each edge has one spell per
run of consecutive months with events (``<spells><spell start="2024-03-01" end="2024-04-30"/>``) and, per month,
the dynamic attributes ``events`` and ``score`` (the month's net cooperation–conflict score); ``weight`` is its
number of events and its colour the sign of its total score. A node's spells are the months of its edges.

Written with the standard library's ElementTree in the GEXF 1.2draft namespace (the schema kg validates against;
Gephi reads it as it reads 1.3): ``mode="dynamic"``, ``timeformat="date"``, ISO dates, no ``graph@name``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import os
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

from kg import lexicon
from kg.dyads import DyadPoint, DyadReport
from kg.errors import ExportError
from kg.gephi import PALETTE, node_size, write_export
from kg.gephi_values import clean_text

GEXF_NS = "http://www.gexf.net/1.2draft"
VIZ_NS = "http://www.gexf.net/1.2draft/viz"
COOPERATION_COLOR = (44, 160, 44)
CONFLICT_COLOR = (214, 39, 40)
NEUTRAL_COLOR = (127, 127, 127)
NODE_ATTRS = (("type", "string"), ("country_code", "string"), ("events", "integer"))
EDGE_STATIC = (("total_events", "integer"), ("total_score", "double"), ("types", "string"))
EDGE_DYNAMIC = (("events", "integer"), ("score", "double"))


def month_span(month: str) -> tuple[str, str]:
    """The first and last day of a ``YYYY-MM`` month.

    >>> month_span("2024-02"), month_span("2023-12")
    (('2024-02-01', '2024-02-29'), ('2023-12-01', '2023-12-31'))
    """
    year, mon = int(month[:4]), int(month[5:7])
    return dt.date(year, mon, 1).isoformat(), dt.date(year, mon, calendar.monthrange(year, mon)[1]).isoformat()


def spells(months: list[str]) -> list[tuple[str, str]]:
    """Runs of consecutive months as (start, end) dates.

    >>> spells(["2024-01", "2024-02", "2024-04", "2023-12"])
    [('2023-12-01', '2024-02-29'), ('2024-04-01', '2024-04-30')]
    """
    runs: list[list[str]] = []
    for month in sorted(set(months)):
        if runs and month_span(runs[-1][-1])[1] == _day_before(month_span(month)[0]):
            runs[-1].append(month)
        else:
            runs.append([month])
    return [(month_span(run[0])[0], month_span(run[-1])[1]) for run in runs]


def _day_before(day: str) -> str:
    return (dt.date.fromisoformat(day) - dt.timedelta(days=1)).isoformat()


def node_key(code: str) -> tuple[str, str]:
    """The node id and type of a country or organisation code (the static projection's ids).

    >>> node_key("PE"), node_key("EU")
    (('country:PE', 'country'), ('organisation:EU', 'organisation'))
    """
    kind = "organisation" if lexicon.polity(code).is_org else "country"
    return f"{kind}:{code}", kind


def _sub(parent: ET.Element, tag: str, ns: str = GEXF_NS, /, **attrs: object) -> ET.Element:
    return ET.SubElement(parent, f"{{{ns}}}{tag}", {k: str(v) for k, v in attrs.items() if v is not None})


def _declare(graph: ET.Element, cls: str, mode: str, attrs: tuple, prefix: str) -> None:
    block = _sub(graph, "attributes", **{"class": cls, "mode": mode})
    for name, kind in attrs:
        _sub(block, "attribute", id=f"{prefix}_{name}", title=name, type=kind)


def _viz(element: ET.Element, rgb: tuple[int, int, int], size: float | None = None) -> None:
    r, g, b = rgb
    _sub(element, "color", VIZ_NS, r=r, g=g, b=b, a="1.0")
    if size is not None:
        _sub(element, "size", VIZ_NS, value=f"{size:g}")


def _add_spells(element: ET.Element, months: list[str]) -> None:
    block = _sub(element, "spells")
    for start, end in spells(months):
        _sub(block, "spell", start=start, end=end)


def _edges(points: tuple[DyadPoint, ...]) -> dict[tuple[str, str], list[DyadPoint]]:
    edges: dict[tuple[str, str], list[DyadPoint]] = defaultdict(list)
    for point in points:
        edges[(point.country_a, point.country_b)].append(point)
    return edges


def _nodes(nodes_el: ET.Element, edges: dict[tuple[str, str], list[DyadPoint]]) -> None:
    months: dict[str, list[str]] = defaultdict(list)
    events: dict[str, int] = defaultdict(int)
    degree: dict[str, int] = defaultdict(int)
    for (a, b), points in edges.items():
        for code in {a, b}:
            months[code].extend(p.month for p in points)
            events[code] += sum(len(p.events) for p in points)
            degree[code] += 1
    for code in sorted(months):
        nid, kind = node_key(code)
        node = _sub(nodes_el, "node", id=nid, label=clean_text(lexicon.polity(code).name))
        values = _sub(node, "attvalues")
        for name, value in (("type", kind), ("country_code", code), ("events", events[code])):
            _sub(values, "attvalue", **{"for": f"n_{name}", "value": value})
        _add_spells(node, months[code])
        _viz(node, PALETTE.get(kind, NEUTRAL_COLOR), node_size(degree[code]))


def _edge(edges_el: ET.Element, a: str, b: str, points: list[DyadPoint]) -> None:
    total = round(sum(p.score for p in points), 3)
    count = sum(len(p.events) for p in points)
    types: dict[str, int] = defaultdict(int)
    for point in points:
        for type_, n in point.types.items():
            types[type_] += n
    (ida, _), (idb, _) = node_key(a), node_key(b)
    edge = _sub(edges_el, "edge", id=f"dyad:{a}:{b}", source=ida, target=idb, weight=f"{float(count):g}",
                label=f"{a}–{b}")
    values = _sub(edge, "attvalues")
    static = (("total_events", count), ("total_score", f"{total:g}"),
              ("types", " ".join(f"{t}×{n}" for t, n in sorted(types.items()))))
    for name, value in static:
        _sub(values, "attvalue", **{"for": f"e_{name}", "value": value})
    for point in points:
        start, end = month_span(point.month)
        _sub(values, "attvalue", **{"for": "d_events", "value": len(point.events), "start": start, "end": end})
        _sub(values, "attvalue", **{"for": "d_score", "value": f"{point.score:g}", "start": start, "end": end})
    _add_spells(edge, [p.month for p in points])
    _viz(edge, COOPERATION_COLOR if total > 0 else CONFLICT_COLOR if total < 0 else NEUTRAL_COLOR)


def dynamic_gexf_bytes(report: DyadReport) -> bytes:
    """The country network of ``report`` as dynamic GEXF 1.2draft."""
    ET.register_namespace("", GEXF_NS)
    ET.register_namespace("viz", VIZ_NS)
    root = ET.Element(f"{{{GEXF_NS}}}gexf", {"version": "1.2"})
    meta = _sub(root, "meta")
    _sub(meta, "creator").text = "kg"
    _sub(meta, "description").text = ("Country network of political events (PLOVER): one edge per country pair, "
                                      "one spell per run of months with events; score = PLOVER cooperation–conflict")
    months = [p.month for p in report.points]
    start, end = (month_span(min(months))[0], month_span(max(months))[1]) if months else (None, None)
    graph = _sub(root, "graph", mode="dynamic", defaultedgetype="undirected", timeformat="date", start=start, end=end)
    _declare(graph, "node", "static", NODE_ATTRS, "n")
    _declare(graph, "edge", "static", EDGE_STATIC, "e")
    _declare(graph, "edge", "dynamic", EDGE_DYNAMIC, "d")
    edges = _edges(report.points)
    _nodes(_sub(graph, "nodes"), edges)
    edges_el = _sub(graph, "edges")
    for (a, b), points in sorted(edges.items()):
        _edge(edges_el, a, b, points)
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def write_dynamic_gexf(report: DyadReport, path: str | os.PathLike) -> Path:
    """Write the dynamic country network (atomically, like the other exports: a failed write leaves no file)."""
    return write_export(path, "dynamic GEXF", lambda: dynamic_gexf_bytes(report))


def export_dynamic(store, fmt: str, out: str | os.PathLike) -> Path:
    """``kg export --dynamic``: only GEXF has a timeline."""
    from kg.dyads import dyad_series

    if (fmt or "").lower() != "gexf":
        raise ExportError(f"--dynamic writes GEXF only (Gephi's timeline); got --format {fmt}")
    return write_dynamic_gexf(dyad_series(store), out)
