"""kg plot network|timeline|dyads: files of the right type, the data behind them, clear errors."""

from __future__ import annotations

from collections import Counter

import networkx as nx
import pytest
from clihelp import kg

from kg import plots

pytest.importorskip("matplotlib")


@pytest.mark.parametrize("kind", ["network", "timeline", "dyads"])
@pytest.mark.parametrize("suffix, magic", [(".png", b"\x89PNG"), (".svg", b"<?xml"), (".pdf", b"%PDF")])
def test_plots_write_each_kind(seed_path, tmp_path, kind, suffix, magic):
    out = tmp_path / f"{kind}{suffix}"
    result = kg("plot", kind, "--out", str(out), "--store", seed_path)
    assert result.output == f"wrote {out}\n"
    assert out.read_bytes().startswith(magic)


def test_plots_network_labels_every_leader(seed_path, tmp_path):
    out = tmp_path / "network.svg"
    kg("plot", "network", "--out", str(out), "--store", seed_path)
    text = out.read_text(encoding="utf-8")
    for name in ("Joe Biden", "Justin Trudeau", "Andrés Manuel López Obrador", "3 persons, 3 pairs"):
        assert name in text


def test_plots_dyads_are_the_political_event_series(seed_path):
    """kg plot dyads draws the series kg analyse --dyads scores (the PLOVER events), not only the meetings, calls
    and summits between office holders (2 of the 50 pairs of 50 news articles in the trial)."""
    from kg.store import open_store

    rows = kg("analyse", "--dyads", "--store", seed_path, "--format", "csv").output.splitlines()[1:]
    with open_store(seed_path) as store:
        drawn = plots.political_event_series(store)
    assert [f"{r['dyad']},{r['month']},{r['events']}" for r in drawn] == [",".join(r.split(",")[:3]) for r in rows]
    assert len(rows) == 3  # CA–MX, CA–US, MX–US


def test_plots_svg_is_reproducible(seed_path, tmp_path):
    for name in ("a.svg", "b.svg"):
        kg("plot", "timeline", "--out", str(tmp_path / name), "--store", seed_path)
    assert (tmp_path / "a.svg").read_bytes() == (tmp_path / "b.svg").read_bytes()


def test_plots_unknown_suffix_is_one_line_error(seed_path, tmp_path):
    result = kg("plot", "network", "--out", str(tmp_path / "x.gif"), "--store", seed_path, ok=False)
    assert result.exit_code == 6 and result.output.startswith("error: cannot tell the figure type of x.gif")


def test_plots_empty_store(tmp_path):
    out = tmp_path / "e.png"
    from kg.store import open_store

    with open_store("memory", write=True) as store:
        for kind in plots.KINDS:
            plots.plot(store, kind, out)
            assert out.stat().st_size > 1000


def test_plots_monthly_events_fills_gaps():
    rows = [{"month": "2022-11", "kind": "meeting"}, {"month": "2023-01", "kind": "call"},
            {"month": "2023-01", "kind": "summit"}]
    assert plots.monthly_events(rows) == {"2022-11": Counter(meeting=1), "2022-12": Counter(),
                                          "2023-01": Counter(call=1, meeting=1)}


def test_plots_top_people_drops_who_lost_every_partner():
    g = nx.Graph()
    g.add_nodes_from([(n, {"label": n}) for n in "abcde"])
    g.add_edge("a", "b", weight=3.0)
    g.add_edge("a", "c", weight=2.0)
    g.add_edge("d", "e", weight=1.0)
    assert sorted(plots.top_people(g, 3)) == ["a", "b", "c"]
    assert sorted(plots.top_people(g, 4)) == ["a", "b", "c"]  # d's only partner e is not shown


@pytest.mark.parametrize("sizes", [[5, 3, 3], [4, 2, 2, 2, 2, 2], [6]])
def test_plots_layout_keeps_each_group_apart(sizes):
    """Persons linked by meetings are drawn as one group, apart from every other group: no group's box overlaps
    another's, so no edge runs across another group (one layout of the whole network interleaved them)."""
    g = nx.Graph()
    for i, size in enumerate(sizes):
        nx.add_path(g, [f"{i}-{j}" for j in range(size)])
        g.add_edge(f"{i}-0", f"{i}-{size - 1}")
    pos = plots.layout(g)
    boxes = [[(min(pos[n][k] for n in part), max(pos[n][k] for n in part)) for k in (0, 1)]
             for part in nx.connected_components(g)]
    apart = [any(a[k][1] < b[k][0] or b[k][1] < a[k][0] for k in (0, 1))
             for i, a in enumerate(boxes) for b in boxes[i + 1:]]
    assert (len(pos), all(apart)) == (sum(sizes), True)


def test_plots_missing_matplotlib_is_a_kg_error(seed_path, tmp_path, monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "matplotlib", None)  # makes "import matplotlib" fail
    result = kg("plot", "network", "--out", str(tmp_path / "n.png"), "--store", seed_path, ok=False)
    assert result.exit_code == 9 and "pip install 'kg[plot]'" in result.output


@pytest.mark.parametrize("sizes", [[2] * 7, [3, 2, 2, 2, 2, 2, 2], [2, 2], [3, 3, 3], [5, 3, 2, 2]])
def test_plots_network_labels_do_not_overlap(sizes):
    """No person's name is drawn over another's: pairs who met only each other were laid side by side with their
    names running into the next pair's ("Mahmoud AbbManuel Rodríguez" on 30 news articles)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    names = iter(["Annika Vestergaard-Holm", "Mahmoud Ramadani", "Rodrigo Alvarenga Pires", "Carolina Bellweather",
                  "Teodora Lazarescu-Ionescu", "Haruto Kanemitsu", "Oluwaseun Adebayo-Okafor", "Ingrid Solbakken",
                  "Viktor Yaroshenko", "Viktoria Yanchenko", "Gerard O'Donoghue", "Hugh Ormsby-Gore",
                  "Paul Martineau", "George W. Bushnell", "Luiz Carlos da Silveira", "Vladimir Petrovsky",
                  "Alvaro Uribarri", "Carlos Abicalil Neto", "Manuel Rodrigo Rodríguez", "Kwame Mensah-Bonsu",
                  "Søren Kierkegaard-Lund", "Fatima Zahra Bennani", "Dmitri Alexandrovich", "Ngozi Okonjo"])
    g = nx.Graph()
    for i, size in enumerate(sizes):
        people = [f"{i}-{j}" for j in range(size)]
        for node in people:
            g.add_node(node, label=next(names), country_code=f"C{i}", country=f"Country {i}")
        nx.add_path(g, people, weight=1.0)
    figure = plots.network_figure(g)
    renderer = FigureCanvasAgg(figure).get_renderer()
    figure.draw(renderer)
    boxes = [(t.get_text(), t.get_window_extent(renderer)) for t in figure.axes[0].texts]
    overlaps = [(a, b) for i, (a, box) in enumerate(boxes) for b, other in boxes[i + 1:] if box.overlaps(other)]
    assert len(boxes) == sum(sizes) and overlaps == []


def test_plots_layout_is_the_same_in_every_process():
    """A group of four or more persons, less than half the network, was laid out from the order of a set of node ids,
    which Python's string hashing changes from one process to the next: the same store gave another drawing at
    every run."""
    import os
    import subprocess
    import sys

    code = ("import networkx as nx; from kg import plots; g = nx.Graph(); "
            "nx.add_path(g, ['Okafor', 'Berg', 'Virtanen', 'Lund', 'Haddad', 'Okafor']); g.add_edge('Berg', 'Lund'); "
            "g.add_edges_from([('Rao', 'Mensah'), ('Ito', 'Silva'), ('Novak', 'Dube')]); "
            "print(sorted((n, round(x, 3), round(y, 3)) for n, (x, y) in plots.layout(g).items()))")
    runs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2", "3", "4")}
    assert len(runs) == 1
