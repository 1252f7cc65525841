"""kg.dyads and kg.gexf_dynamic: the cooperation–conflict series per country pair and month, the PLOVER score
table, the dynamic GEXF country network (validated against the GEXF XSD) and their CLI commands."""

from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg import views
from kg.cli import main
from kg.dyads import DyadReport, dyad_series, load_scores
from kg.errors import ExportError, ResourceError
from kg.gexf_dynamic import dynamic_gexf_bytes, export_dynamic, write_dynamic_gexf
from kg.query import run
from kg.rdf import article_quads
from kg.vocab import PLOVER_TYPES
from plover_facts import plover_facts

etree = pytest.importorskip("lxml.etree")

# <repo>/../shared/schemas, or ../../shared/schemas for a worktree under <work>/wt/
SCHEMAS = next((p / "shared" / "schemas" for p in Path(os.path.abspath(__file__)).parents[2:4]
                if (p / "shared" / "schemas" / "gexf.xsd").is_file()), Path("../shared/schemas"))
NS = {"g": "http://www.gexf.net/1.2draft", "viz": "http://www.gexf.net/1.2draft/viz"}
EVENT = "https://kg-project.org/id/political-event/"
COOPERATION = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT")


@pytest.fixture(scope="module")
def store(memory_store):
    return memory_store(plover_facts())


@pytest.fixture(scope="module")
def series(store):
    return dyad_series(store)


@pytest.fixture(scope="module")
def disk_store(tmp_path_factory):
    from kg.store import open_store

    path = str(tmp_path_factory.mktemp("kg") / "store")
    with open_store(path, write=True) as s:
        for facts in plover_facts():
            s.put_article(facts.article.id, article_quads(facts))
    return path


def schema():
    if not (SCHEMAS / "gexf.xsd").is_file():
        pytest.skip(f"XML schemas not found at {SCHEMAS} (the shared/schemas folder next to the repository)")
    return etree.XMLSchema(etree.parse(str(SCHEMAS / "gexf.xsd")))


# --- scores ------------------------------------------------------------------------------------


def test_dyads_scores_cover_every_type_with_the_sign_of_its_quad_category():
    scores = load_scores()
    assert set(scores.by_type) == set(PLOVER_TYPES)
    for type_ in PLOVER_TYPES:
        if type_ == "REQUEST":
            assert scores.score(type_) == 0  # PLOVER scores a bare request as neutral
        else:
            assert (scores.score(type_) > 0) == (type_ in COOPERATION), type_


@pytest.mark.parametrize(("type_", "mode", "score"), [
    ("AGREE", None, 2.5), ("ASSAULT", "aerial", -9.5), ("ASSAULT", "Heavy_weapons", -9.5),
    ("ASSAULT", "vandalize", -9.0), ("CONSULT", "host", 4.0), ("CONSULT", "call", 1.5), ("ACCUSE", None, -3.0),
])
def test_dyads_score_of_type_and_mode(type_, mode, score):
    assert load_scores().score(type_, mode) == score


@pytest.mark.parametrize(("text", "message"), [
    ("id\ttype\tmode\tscore\nAGREE\tAGREE\t\tlots\n", "not a number"),
    ("id\ttype\tmode\tscore\nAGREE\tAGREE\t\t12\n", "from -10 to 10"),
    ("id\ttype\tmode\tscore\nPARADE\tPARADE\t\t1\n", "PLOVER type"),
    ("id\ttype\tmode\tscore\nAGREE\tAGREE\t\t1\n", "no score for CONSULT"),
])
def test_dyads_bad_score_table_raises(tmp_path, text, message):
    path = tmp_path / "scores.tsv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ResourceError, match=message):
        load_scores(path)


# --- series ------------------------------------------------------------------------------------


def test_dyads_series_points(series):
    got = {(p.country_a, p.country_b, p.month): (p.score, len(p.events)) for p in series.points}
    assert got == {
        ("BO", "CL", "1995-06"): (-9.5, 1),    # historical, with its own date
        ("CL", "NO", "2024-03"): (2.5, 1),     # AGREE among three sources, no target
        ("CL", "PE", "2024-03"): (2.5, 1),
        ("EU", "PE", "2024-03"): (-6.0, 1),    # an organisation is a party of a dyad
        ("NO", "PE", "2024-03"): (-6.0, 4),    # AGREE 2.5 + ASSAULT firearms -9 + CONSULT visit 4 + THREATEN -3.5
        ("NO", "PE", "2024-04"): (0.5, 2),     # AID 10 + ASSAULT aerial -9.5 (dated; its article is not)
        ("PE", "PE", "2024-04"): (-10.5, 2),   # domestic: ACCUSE allege -3.5 + COERCE arrest -7
    }


def test_dyads_every_point_lists_its_events(series):
    point = next(p for p in series.points if (p.country_a, p.country_b, p.month) == ("NO", "PE", "2024-03"))
    data = point.to_dict()
    assert data["event_iris"] == [EVENT + e for e in ("pl-1/p1", "pl-1/p3", "pl-2/p1", "pl-2/p2")]
    assert (data["cooperation"], data["conflict"], data["mean"]) == (6.5, -12.5, -1.5)
    assert data["types"] == {"AGREE": 1, "ASSAULT": 1, "CONSULT": 1, "THREATEN": 1}
    assert sum(e["score"] for e in data["event_scores"]) == data["score"]


def test_dyads_events_that_did_not_happen_are_left_out(series):
    counted = {e.iri for p in series.points for e in p.events}
    for left_out in ("pl-1/p4", "pl-2/p4", "pl-2/p5", "pl-3/p4", "pl-4/p2", "pl-1/p2"):
        # hypothetical, negated, future, historical without a date, undated, one source and no target
        assert EVENT + left_out not in counted


def test_dyads_query_counts_what_the_series_sums(store, series):
    counted = Counter()
    for p in series.points:
        for e in p.events:
            counted[(p.country_a, p.country_b, p.month, e.type)] += 1
    rows = run(store, "dyads").rows
    assert {(r["country_a"], r["country_b"], r["month"], r["type"]): int(r["events"]) for r in rows} == counted


def test_dyads_empty_store(memory_store):
    assert dyad_series(memory_store()) == DyadReport()


# --- dynamic GEXF ------------------------------------------------------------------------------


def test_dyads_gexf_validates_against_the_schema(series, tmp_path):
    tree = etree.parse(str(write_dynamic_gexf(series, tmp_path / "c.gexf")))
    schema().assertValid(tree)
    graph = tree.find("g:graph", NS)
    assert (graph.get("mode"), graph.get("timeformat"), graph.get("defaultedgetype")) == ("dynamic", "date",
                                                                                          "undirected")
    assert (graph.get("start"), graph.get("end")) == ("1995-06-01", "2024-04-30")


def test_dyads_gexf_edges_carry_dated_spells(series):
    root = etree.fromstring(dynamic_gexf_bytes(series))
    spells = {e.get("id"): [(s.get("start"), s.get("end")) for s in e.iterfind("g:spells/g:spell", NS)]
              for e in root.iterfind(".//g:edge", NS)}
    assert spells == {
        "dyad:BO:CL": [("1995-06-01", "1995-06-30")],
        "dyad:CL:NO": [("2024-03-01", "2024-03-31")],
        "dyad:CL:PE": [("2024-03-01", "2024-03-31")],
        "dyad:EU:PE": [("2024-03-01", "2024-03-31")],
        "dyad:NO:PE": [("2024-03-01", "2024-04-30")],  # consecutive months are one spell
        "dyad:PE:PE": [("2024-04-01", "2024-04-30")],
    }
    edge = root.find(".//g:edge[@id='dyad:NO:PE']", NS)
    assert (edge.get("source"), edge.get("target"), edge.get("weight")) == ("country:NO", "country:PE", "6")
    monthly = [(v.get("for"), v.get("value"), v.get("start")) for v in edge.iterfind("g:attvalues/g:attvalue", NS)
               if v.get("start")]
    assert monthly == [("d_events", "4", "2024-03-01"), ("d_score", "-6", "2024-03-01"),
                       ("d_events", "2", "2024-04-01"), ("d_score", "0.5", "2024-04-01")]
    assert edge.find("viz:color", NS).get("r") == "214"  # net conflict: red


def test_dyads_gexf_nodes_are_countries_and_organisations_with_spells(series):
    root = etree.fromstring(dynamic_gexf_bytes(series))
    nodes = {n.get("id"): (n.get("label"), [(s.get("start"), s.get("end")) for s in n.iterfind("g:spells/g:spell", NS)])
             for n in root.iterfind(".//g:node", NS)}
    assert nodes["organisation:EU"] == ("European Union", [("2024-03-01", "2024-03-31")])
    assert nodes["country:CL"] == ("Chile", [("1995-06-01", "1995-06-30"), ("2024-03-01", "2024-03-31")])
    assert set(nodes) == {"country:BO", "country:CL", "country:NO", "country:PE", "organisation:EU"}


def test_dyads_gexf_empty_report_is_valid(tmp_path):
    tree = etree.parse(str(write_dynamic_gexf(DyadReport(), tmp_path / "empty.gexf")))
    schema().assertValid(tree)
    assert tree.find("g:graph", NS).get("start") is None


def test_dyads_gexf_other_formats_raise(store, tmp_path):
    with pytest.raises(ExportError, match="GEXF only"):
        export_dynamic(store, "graphml", tmp_path / "x.graphml")
    assert not (tmp_path / "x.graphml").exists()


# --- the static country network of political events (--view plover) ---------------------------


def test_dyads_plover_view_links_source_to_target_countries(store):
    """A directed edge from a source's country to a target's per pair, with the events that happened (the hypothetical,
    negated and future ones and the historical one without a date stay out, as in the series), scored: the joint
    AGREE of Norway, Peru and Chile (no target) links each pair both ways; a domestic event is a self-loop; the
    undated article's RETREAT and ASSAULT count (NO→PE: 6 events) although the series, dated by month, leaves them
    out."""
    graph = views.plover(store)
    edges = {(u, v): (d["events"], d["score"], d["types"]) for u, v, d in graph.edges(data=True)}
    assert graph.is_directed() and edges == {
        ("country:CL", "country:BO"): (1, -9.5, "ASSAULT×1"),
        ("country:CL", "country:NO"): (1, 2.5, "AGREE×1"),
        ("country:CL", "country:PE"): (1, 2.5, "AGREE×1"),
        ("country:NO", "country:CL"): (1, 2.5, "AGREE×1"),
        ("country:NO", "country:PE"): (6, 6.0, "AGREE×1 AID×1 ASSAULT×2 CONSULT×1 RETREAT×1"),
        ("country:PE", "country:CL"): (1, 2.5, "AGREE×1"),
        ("country:PE", "country:NO"): (2, -1.0, "AGREE×1 THREATEN×1"),
        ("country:PE", "country:PE"): (2, -10.5, "ACCUSE×1 COERCE×1"),
        ("organisation:EU", "country:PE"): (1, -6.0, "SANCTION×1"),
    }
    no_pe = graph.edges["country:NO", "country:PE"]
    assert (no_pe["weight"], no_pe["cooperation"], no_pe["conflict"]) == (6.0, 24.5, -18.5)
    assert dict(graph.nodes["organisation:EU"]) == {"label": "European Union", "type": "organisation",
                                                    "country_code": "EU", "events": 1}
    assert graph.nodes["country:PE"]["events"] == 10


@pytest.mark.parametrize("fmt", ["gexf", "graphml"])
def test_dyads_cli_export_plover_view(disk_store, tmp_path, fmt):
    """kg export --view plover writes the directed, scored country network of political events (the countries
    view links countries only through their office holders' meetings and calls)."""
    import networkx as nx

    out = tmp_path / f"plover.{fmt}"
    result = CliRunner().invoke(main, ["export", "--format", fmt, "--view", "plover", "--out", str(out),
                                       "--store", disk_store])
    assert (result.exit_code, result.output) == (0, f"wrote {out}\n")
    if fmt == "gexf":
        schema().assertValid(etree.parse(str(out)))
        assert etree.parse(str(out)).find("g:graph", NS).get("defaultedgetype") == "directed"
    back = nx.read_gexf(out) if fmt == "gexf" else nx.read_graphml(out)
    assert back.is_directed() and back.number_of_edges() == 9
    edge = next(d for u, v, d in back.edges(data=True) if (u, v) == ("country:PE", "country:NO"))
    assert (edge["weight"], edge["score"], edge["types"]) == (2.0, -1.0, "AGREE×1 THREATEN×1")


# --- CLI ---------------------------------------------------------------------------------------


def test_dyads_cli_json_lists_event_iris(disk_store, series):
    result = CliRunner().invoke(main, ["analyse", "--dyads", "--format", "json", "--store", disk_store])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == series.to_dict()
    assert result.output == json.dumps(series.to_dict(), ensure_ascii=False, indent=2) + "\n"


def test_dyads_cli_table(disk_store):
    result = CliRunner().invoke(main, ["analyse", "--dyads", "--store", disk_store])
    assert result.exit_code == 0, result.output
    header = next(line for line in result.output.splitlines() if "┃" in line)
    assert [c.strip() for c in header.split("┃")[1:-1]] == ["pair", "month", "events", "score", "cooperation",
                                                             "conflict", "types"]
    lines = [[c.strip() for c in line.split("│")[1:-1]] for line in result.output.splitlines() if "│" in line]
    assert lines[4] == ["NO–PE", "2024-03", "4", "-6.0", "6.5", "-12.5", "AGREE×1 ASSAULT×1 CONSULT×1 THREATEN×1"]
    assert len(lines) == 7


@pytest.mark.parametrize("top, pairs", [(None, ["BO–CL", "CL–NO", "CL–PE", "EU–PE", "NO–PE", "NO–PE", "PE–PE"]),
                                        ("1", ["NO–PE", "NO–PE"]), ("2", ["NO–PE", "NO–PE", "PE–PE"])])
@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_dyads_cli_top_keeps_the_pairs_with_most_events(disk_store, top, pairs, fmt):
    """kg analyse --dyads --top N lists the N country pairs with most events (every month of each; ties by pair, so
    PE–PE's 2 events beat CL–NO's 1), as kg plot dyads --top draws them; it listed every pair whatever N was."""
    result = CliRunner().invoke(main, ["analyse", "--dyads", "--format", fmt, "--store", disk_store,
                                       *(["--top", top] if top else [])])
    assert result.exit_code == 0, result.output
    if fmt == "csv":
        assert [line.split(",")[0] for line in result.output.splitlines()[1:]] == pairs
    else:
        data = json.loads(result.output)
        assert [f"{p['country_a']}–{p['country_b']}" for p in data["points"]] == pairs
        assert data["pairs"] == len(set(pairs))


def test_dyads_cli_export_dynamic_gexf(disk_store, tmp_path):
    out = tmp_path / "countries.gexf"
    result = CliRunner().invoke(main, ["export", "--format", "gexf", "--dynamic", "--out", str(out),
                                       "--store", disk_store])
    assert result.exit_code == 0, result.output
    assert result.output == f"wrote {out}\n"
    schema().assertValid(etree.parse(str(out)))


def test_dyads_cli_export_dynamic_needs_gexf(disk_store, tmp_path):
    result = CliRunner().invoke(main, ["export", "--format", "turtle", "--dynamic", "--out", str(tmp_path / "x"),
                                       "--store", disk_store])
    assert result.exit_code != 0
    assert "--dynamic writes GEXF only" in result.output
