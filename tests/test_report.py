"""kg report: the data the page shows, the HTML around it, and the CLI command (no browser here)."""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner
from pyoxigraph import Literal, NamedNode, Quad

from kg.cli import human_size, main
from kg.report import gather, leader_network, render
from kg.store import open_store

SKOS = "http://www.w3.org/2004/02/skos/core#"


def page_data(page: str) -> dict:
    found = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)
    return json.loads(found.group(1))


@pytest.mark.slow
def test_report_seed_network_is_the_three_leaders(seed_kg):
    with open_store(seed_kg) as store:
        data = gather(store)
        size = leader_network(store).number_of_nodes()
    assert sorted(n["label"] for n in data["nodes"]) == ["Andrés Manuel López Obrador", "Joe Biden", "Justin Trudeau"]
    assert len(data["nodes"]) == size == 3
    assert len(data["edges"]) == 3
    assert {n["cc"] for n in data["nodes"]} == {"CA", "MX", "US"}
    assert all(n["deg"] == 2 and n["events"] for n in data["nodes"])


@pytest.mark.slow
def test_report_seed_events_quotes_and_topics_carry_evidence(seed_kg):
    with open_store(seed_kg) as store:
        data = gather(store)
        stats = store.stats()
    assert len(data["events"]) == stats["events"] and len(data["quotes"]) == stats["quotes"]
    assert len(data["topics"]) == stats["topics"]
    summit = next(e for e in data["events"] if e["kind"] == "summit")
    assert summit["place"] == "Mexico City" and summit["date"] == "2023-01-10"
    assert summit["ccs"] == ["CA", "MX", "US"] and "Summit" in summit["sentence"]
    assert "migration" in {data["topics"][i]["label"] for i in summit["topics"]}
    assert all(q["sentence"] and q["speaker"] for q in data["quotes"])
    domains = {t["label"]: t["domain"] for t in data["topics"]}  # kg's own classification (skos:broader)
    assert domains["migration"] == "Immigration" and domains["drug trafficking"] == "Law, crime and family issues"
    assert "unclassified" not in domains.values()


@pytest.mark.slow
def test_report_topics_grouped_by_skos_broader_domain(seed_kg, tmp_path):
    """Domains come from another workstream: here a graph of their own holds skos:broader and the labels."""
    with open_store(seed_kg) as seed:
        quads = [Quad(s["s"], s["p"], s["o"], s["g"])
                 for s in seed.query("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }")]
    domains, domain = NamedNode("https://example.org/domains"), NamedNode("https://example.org/domain/migration")
    topic = NamedNode("https://kg-project.org/id/topic/migration")
    quads += [Quad(topic, NamedNode(SKOS + "broader"), domain, domains),
              Quad(domain, NamedNode(SKOS + "prefLabel"), Literal("Migration policy"), domains)]
    with open_store("memory", write=True) as store:
        store._live().extend(quads)  # test set-up only: kg's own writes go through put_article
        topics = {t["label"]: t["domain"] for t in gather(store)["topics"]}
    assert topics["migration"] in ("Immigration", "Migration policy")  # kg's own domain or the other graph's
    assert topics["climate change"] == "Environment"  # kg's own classification (kg.topicscheme)


def test_report_empty_store_is_an_empty_page():
    with open_store("memory", write=True) as store:
        data = gather(store)
    assert data["nodes"] == data["edges"] == data["events"] == data["quotes"] == []
    assert data["meta"] == {"articles": 0}


def test_report_page_is_self_contained_and_escapes_data():
    data = {"meta": {"articles": 1}, "nodes": [], "edges": [], "roles": [], "events": [], "topics": [],
            "quotes": [{"speaker": "X", "cc": None, "text": "</script><script>alert(1)</script>", "article": "a",
                        "date": None, "sentence": None}], "countries": {}}
    page = render(data, title="<b>mine</b>")
    assert page.count("</script>") == 2  # the data block's and the bundle's own closing tags
    assert page_data(page) == data
    assert "<title>&lt;b&gt;mine&lt;/b&gt;</title>" in page
    outside_scripts = re.sub(r"(?s)<script.*?</script>", "", page)
    assert not re.search(r"<(script|img|iframe)[^>]*\ssrc=|<link[^>]*stylesheet", outside_scripts)
    assert "default-src 'none'" in page


@pytest.mark.slow
def test_cli_report_writes_the_page(seed_kg, tmp_path):
    out = tmp_path / "r" / "report.html"
    result = CliRunner().invoke(main, ["report", "--store", seed_kg, "--out", str(out)])
    assert result.exit_code == 0, result.stderr
    with open_store(seed_kg) as store:
        stats = store.stats()
    assert result.stderr == (f"wrote {out} ({human_size(out.stat().st_size)}): 3 leaders, 3 pairs, "
                             f"{stats['events']} events, {stats['topics']} topics, {stats['quotes']} quotes\n")
    assert len(page_data(out.read_text(encoding="utf-8"))["nodes"]) == 3


def test_cli_report_unwritable_path_is_one_line_error(tmp_path):
    (tmp_path / "file").write_text("x")
    result = CliRunner().invoke(main, ["report", "--store", "memory", "--out",
                                                       str(tmp_path / "file" / "r.html")])
    assert result.exit_code != 0
    assert result.stderr.startswith("error: cannot ") and result.stderr.count("\n") == 1


def test_report_layout_is_deterministic_and_keeps_small_components_apart():
    import networkx as nx

    from kg.report import layout

    graph = nx.complete_graph([f"p{i}" for i in range(12)])
    graph.add_edges_from([("a1", "a2"), ("b1", "b2"), ("b2", "b3")])
    pos = layout(graph)
    assert pos == layout(graph) and set(pos) == set(graph)
    lowest_of_largest = max(pos[f"p{i}"][1] for i in range(12))
    assert all(pos[n][1] > lowest_of_largest for n in ("a1", "a2", "b1", "b2", "b3"))
    assert pos["a1"] != pos["a2"] and layout(nx.Graph()) == {}


def test_report_bundles_are_built_from_the_committed_sources():
    """`make web` records the sources' hashes; a source changed without rebuilding the bundles fails here."""
    import hashlib
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    recorded = (root / "kg" / "resources" / "web" / "sources.sha256").read_text(encoding="utf-8").splitlines()
    assert recorded
    for line in recorded:
        digest, name = line.split("  ", 1)
        assert hashlib.sha256((root / name).read_bytes()).hexdigest() == digest, f"{name} changed: run make web"
