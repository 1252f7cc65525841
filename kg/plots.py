"""Figures for papers (``kg plot network|timeline|dyads``), drawn with matplotlib's object API (no pyplot, no
global backend state; the file type follows the name: ``.png``, ``.svg`` or ``.pdf``).

The data comes from :mod:`kg.views` (the leader network, the event rows) and is plain; only drawing needs
matplotlib (``pip install 'kg[plot]'``).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from pathlib import Path
from typing import TYPE_CHECKING

import networkx as nx

from kg import views
from kg.errors import ExportError, reason, require

if TYPE_CHECKING:  # matplotlib is optional (the plot extra): imported when a figure is drawn
    from matplotlib.typing import RcKeyType

KINDS = ("network", "timeline", "dyads")
SUFFIXES = (".png", ".svg", ".pdf")
WIDTH = 7.0  # inches: a two-column paper's full width
STYLE: dict[RcKeyType, object] = {
    "font.size": 8, "axes.titlesize": 9, "axes.labelsize": 8, "legend.fontsize": 7, "svg.hashsalt": "kg",
    "axes.spines.top": False, "axes.spines.right": False, "font.family": "DejaVu Sans"}
COLORS = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22"]
OTHER = "#9e9e9e"


def plot(store, kind: str, out: Path, top: int = 40) -> Path:
    """Draw ``kind`` (network, timeline or dyads) from the store into ``out``."""
    if kind not in KINDS:
        raise ExportError(f"unknown plot {kind!r}; use one of {', '.join(KINDS)}")
    if out.suffix.lower() not in SUFFIXES:
        raise ExportError(f"cannot tell the figure type of {out.name}: name it .png, .svg or .pdf")
    require("matplotlib", "plots", "plot")
    if kind == "network":
        figure = network_figure(top_people(views.people(store), top))
    elif kind == "timeline":
        figure = timeline_figure(monthly_events(views.event_rows(store)))
    else:
        figure = dyads_figure(political_event_series(store), top=min(top, 8))
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        figure.savefig(out, dpi=300, bbox_inches="tight", metadata=_metadata(out))
    except OSError as e:
        raise ExportError(f"cannot write {out}: {reason(e)}") from e
    return out


def _metadata(out: Path) -> dict:
    """Reproducible files: no creation date (PNG has no date by default)."""
    if out.suffix.lower() == ".svg":
        return {"Date": None}
    if out.suffix.lower() == ".pdf":
        return {"CreationDate": None}
    return {}


def _figure(height: float):
    from matplotlib import rcParams
    from matplotlib.figure import Figure

    rcParams.update(STYLE)
    return Figure(figsize=(WIDTH, height), layout="constrained")


def top_people(graph: nx.Graph, top: int) -> nx.Graph:
    """The ``top`` persons with most meetings (who met someone), ties by label."""
    met = [n for n in graph if graph.degree(n) > 0]
    keep = sorted(met, key=lambda n: (-graph.degree(n, weight="weight"), graph.nodes[n]["label"]))[:max(top, 1)]
    sub = graph.subgraph(keep).copy()
    sub.remove_nodes_from([n for n in list(sub) if sub.degree(n) == 0])  # whose partners are not shown
    return sub


def _country_colors(codes: list[str]) -> dict[str, str]:
    ranked = [c for c, _ in Counter(codes).most_common() if c]
    return {c: COLORS[i] for i, c in enumerate(ranked[: len(COLORS)])}


def network_figure(graph: nx.Graph):
    """Persons sized by meetings and coloured by country; edge width by meetings; every node labelled."""
    figure = _figure(6.0 if graph.number_of_nodes() > 12 else 3.2)
    if graph.number_of_nodes() <= 12:
        figure.set_figwidth(WIDTH * 0.7)
    ax = figure.add_subplot()
    ax.set_axis_off()
    if graph.number_of_nodes() == 0:
        ax.text(0.5, 0.5, "no meetings in this store", ha="center", va="center", transform=ax.transAxes)
        return figure
    pos = layout(graph)
    codes = [graph.nodes[n].get("country_code", "") for n in graph]
    colors = _country_colors(codes)
    strength = {n: graph.degree(n, weight="weight") for n in graph}
    most = max(strength.values()) or 1
    widths = [0.6 + 2.4 * d["weight"] / max(w for *_, w in graph.edges(data="weight")) for *_, d in
              graph.edges(data=True)]
    nx.draw_networkx_edges(graph, pos, ax=ax, width=widths, edge_color="#8a8a8a", alpha=0.7)
    sizes = {n: 120 + 600 * strength[n] / most for n in graph}
    nx.draw_networkx_nodes(graph, pos, ax=ax, node_size=[sizes[n] for n in graph],
                           node_color=[colors.get(c, OTHER) for c in codes], edgecolors="white", linewidths=0.8)
    xs, ys = zip(*pos.values(), strict=True)
    ax.set_xlim(min(xs) - 0.35, max(xs) + 0.35)
    ax.set_ylim(min(ys) - 0.2, max(ys) + 0.3)
    _country_legend(ax, graph, colors)
    _place_labels(figure, ax, graph, pos, sizes, 6.5 if graph.number_of_nodes() > 12 else 8)
    ax.set_title(f"Leader network: {graph.number_of_nodes()} persons, {graph.number_of_edges()} pairs who met\n"
                 "node size: meetings; edge width: meetings of the pair", linespacing=1.6)
    return figure


def _place_labels(figure, ax, graph: nx.Graph, pos: dict, sizes: dict, fontsize: float) -> None:
    """Each person's name above the node, or, where it would cover a name already placed (persons with most
    meetings first), below it, or a line further up or down: the first of these spots that covers no other name."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    renderer = FigureCanvasAgg(figure).get_renderer()
    order = sorted(graph, key=lambda n: (-sizes[n], graph.nodes[n]["label"]))
    gaps = {n: math.sqrt(sizes[n]) / 2 + 2 for n in graph}
    labels = {n: ax.annotate(graph.nodes[n]["label"], pos[n], xytext=(0, gaps[n]), textcoords="offset points",
                             ha="center", va="bottom", fontsize=fontsize,
                             bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.75})
              for n in order}
    for _ in range(3):  # the constrained layout may move the axes once the names are drawn: place them again
        figure.draw_without_rendering()
        placed: list = []
        for node in order:
            placed.append(_free_spot(labels[node], gaps[node], fontsize * 1.5, placed, renderer))
        if not any(a.overlaps(b) for i, a in enumerate(placed) for b in placed[i + 1:]):
            return


def _free_spot(label, gap: float, line: float, placed: list, renderer):
    """Move ``label`` to the first spot around its node (above, below, a line further each time) whose box covers
    none of ``placed``; above when none is free. Returns its box."""
    for k in range(6):
        dy, va = (gap + k // 2 * line, "bottom") if k % 2 == 0 else (-gap - k // 2 * line, "top")
        label.xyann = (0, dy)
        label.set_va(va)
        box = label.get_window_extent(renderer)
        if not any(box.overlaps(other) for other in placed):
            return box
    label.xyann = (0, gap)
    label.set_va("bottom")
    return label.get_window_extent(renderer)


def layout(graph: nx.Graph) -> dict:
    """Positions: each group of persons linked by meetings (a connected component) laid out on its own, largest
    first, in rows of a grid about 1.5 times as wide as high, so that no edge runs across another group (one
    Kamada-Kawai layout of a disconnected network interleaved the groups)."""
    parts = sorted(nx.connected_components(graph), key=lambda c: (-len(c), sorted(map(str, c))))
    cols = math.ceil(math.sqrt(1.5 * len(parts))) if parts else 1
    pos = {}
    for i, nodes in enumerate(parts):
        row, col = divmod(i, cols)
        for node, (x, y) in _component_layout(_sorted_subgraph(graph, nodes)).items():
            pos[node] = (x + 2.8 * col, y - 2.8 * row)
    return pos


def _sorted_subgraph(graph: nx.Graph, nodes: set) -> nx.Graph:
    """The group as a graph whose nodes and edges come in sorted order: a subgraph view iterates the node set in
    hash order, which differs from one process to the next, and Kamada-Kawai starts from the nodes' order (the same
    store gave another drawing at every run)."""
    group = nx.Graph()
    group.add_nodes_from(sorted(nodes, key=str))
    group.add_edges_from(sorted((tuple(sorted((u, v), key=str)) for u, v in graph.subgraph(nodes).edges), key=str))
    return group


def _component_layout(graph: nx.Graph) -> dict:
    """A pair one above the other (names are wide: side by side they ran into each other and into the next
    group's), a circle for 3 nodes, else Kamada-Kawai (deterministic, no seed needed); within [-1, 1]."""
    if graph.number_of_nodes() == 2:
        return dict(zip(sorted(graph, key=str), [(0.0, 0.8), (0.0, -0.8)], strict=True))
    if graph.number_of_nodes() <= 3:
        return nx.circular_layout(graph)
    return nx.kamada_kawai_layout(graph, weight=None)


def _country_legend(ax, graph: nx.Graph, colors: dict[str, str]) -> None:
    from matplotlib.lines import Line2D

    names = {graph.nodes[n].get("country_code", ""): graph.nodes[n].get("country", "") for n in graph}
    handles = [Line2D([], [], marker="o", ls="", color=color, label=names.get(code) or code)
               for code, color in colors.items()]
    if any(colors.get(graph.nodes[n].get("country_code", "")) is None for n in graph):
        handles.append(Line2D([], [], marker="o", ls="", color=OTHER, label="other or unknown"))
    ax.legend(handles=handles, loc="lower left", frameon=False, ncol=min(len(handles), 5),
              bbox_to_anchor=(0, -0.08))


def monthly_events(rows: list[dict]) -> dict[str, Counter]:
    """Month → Counter of event kinds (meetings and summits together as ``meeting``), every month in range.

    >>> monthly_events([{"month": "2023-01", "kind": "summit"}, {"month": "2023-03", "kind": "call"}])
    {'2023-01': Counter({'meeting': 1}), '2023-02': Counter(), '2023-03': Counter({'call': 1})}
    """
    counts: dict[str, Counter] = defaultdict(Counter)
    for row in rows:
        counts[row["month"]][row["kind"] if row["kind"] in ("call", "intent") else "meeting"] += 1
    return {m: counts.get(m, Counter()) for m in _months(min(counts), max(counts))} if counts else {}


def _months(first: str, last: str) -> list[str]:
    year, month = map(int, first.split("-"))
    out = []
    while f"{year:04d}-{month:02d}" <= last:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def _shift(month: str, n: int) -> str:
    """A month ``n`` months later (or earlier).

    >>> _shift("2023-01", -1), _shift("2023-12", 1)
    ('2022-12', '2024-01')
    """
    year, m = map(int, month.split("-"))
    year, m = divmod(year * 12 + m - 1 + n, 12)
    return f"{year:04d}-{m + 1:02d}"


def pad_months(months: list[str], minimum: int = 7) -> list[str]:
    """At least ``minimum`` months, the empty ones added evenly before and after.

    >>> pad_months(["2023-01"], 3)
    ['2022-12', '2023-01', '2023-02']
    """
    if not months or len(months) >= minimum:
        return months
    before = (minimum - len(months)) // 2
    return _months(_shift(months[0], -before), _shift(months[-1], minimum - len(months) - before))


def _month_axis(ax, months: list[str]) -> None:
    step = max(1, math.ceil(len(months) / 12))
    ticks = list(range(0, len(months), step))
    ax.set_xticks(ticks, [months[i] for i in ticks], rotation=45 if len(ticks) > 6 else 0, ha="right"
                  if len(ticks) > 6 else "center")
    ax.set_xlim(-0.6, len(months) - 0.4)
    ax.set_xlabel("month (event date, else publication date)")


def timeline_figure(monthly: dict[str, Counter]):
    """Stacked bars: face-to-face meetings, calls and planned meetings per month."""
    figure = _figure(2.8)
    ax = figure.add_subplot()
    months = pad_months(list(monthly))
    monthly = {m: monthly.get(m, Counter()) for m in months}
    bottom = [0] * len(months)
    for kind, label, color in (("meeting", "meetings and summits", COLORS[0]), ("call", "calls", COLORS[3]),
                               ("intent", "planned meetings", COLORS[4])):
        values = [monthly[m][kind] for m in months]
        if any(values):
            ax.bar(range(len(months)), values, bottom=bottom, color=color, label=label, width=0.8)
            bottom = [b + v for b, v in zip(bottom, values, strict=True)]
    if not months:
        ax.text(0.5, 0.5, "no dated events in this store", ha="center", va="center", transform=ax.transAxes)
    else:
        _month_axis(ax, months)
        ax.legend(frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    ax.set_ylabel("events")
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.set_title("Meetings and calls per month")
    return figure


def political_event_series(store) -> list[dict]:
    """Political events (PLOVER) per country pair and month: the series ``kg analyse --dyads`` scores, as rows
    ``month``, ``dyad`` (``CA–MX``) and ``events``."""
    from kg.dyads import dyad_series

    return [{"month": p.month, "dyad": f"{p.country_a}–{p.country_b}", "events": len(p.events)}
            for p in dyad_series(store).points]


def dyads_figure(series: list[dict], top: int = 8):
    """A heat map: events per month (columns) of the ``top`` country pairs with most events (rows)."""
    totals: Counter = Counter()
    for row in series:
        totals[row["dyad"]] += row["events"]
    dyads = [d for d, _ in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))[:max(top, 1)]]
    figure = _figure(1.0 + 0.28 * max(len(dyads), 3))
    ax = figure.add_subplot()
    ax.set_title("Political events (PLOVER) per country pair per month")
    if not series:
        ax.text(0.5, 0.5, "no events between countries in this store", ha="center", va="center",
                transform=ax.transAxes)
        ax.set_axis_off()
        return figure
    months = pad_months(_months(min(r["month"] for r in series), max(r["month"] for r in series)))
    index = {m: i for i, m in enumerate(months)}
    grid = [[0] * len(months) for _ in dyads]
    for row in series:
        if row["dyad"] in dyads:
            grid[dyads.index(row["dyad"])][index[row["month"]]] = row["events"]
    most = max(max(r) for r in grid)
    image = ax.imshow(grid, aspect="auto", cmap="Blues", vmin=0, vmax=max(most, 1), interpolation="nearest")
    ax.set_yticks(range(len(dyads)), [f"{d} ({totals[d]})" for d in dyads])
    ax.set_ylabel("country pair (events)")
    _month_axis(ax, months)
    ax.spines[["left", "bottom"]].set_visible(False)
    bar = figure.colorbar(image, ax=ax, pad=0.01, fraction=0.03)
    bar.set_label("events")
    bar.ax.yaxis.get_major_locator().set_params(integer=True)
    return figure
