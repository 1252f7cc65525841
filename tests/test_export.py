"""kg.export / kg.gephi: GraphML and GEXF that validate against the official schemas and read back.

The schemas are read from ``<repo>/../shared/schemas``; the validation tests skip when it is absent.
"""

from __future__ import annotations

import datetime as dt
import math
import os
from pathlib import Path

import networkx as nx
import pytest

etree = pytest.importorskip("lxml.etree")
pyoxigraph = pytest.importorskip("pyoxigraph")

from kg import gephi  # noqa: E402
from kg.analysis import project  # noqa: E402
from kg.errors import ExportError  # noqa: E402
from kg.export import RDF_FORMATS, export, write_gexf, write_graphml  # noqa: E402
from kg.model import Article, ArticleFacts, EventFact, Evidence, Person, Place, RoleFact, TopicFact  # noqa: E402
import rdflib  # noqa: E402

RDFLIB_FORMATS = {"turtle": "turtle", "trig": "trig", "nquads": "nquads", "jsonld": "json-ld", "ntriples": "nt"}

SCHEMAS = Path(os.path.abspath(__file__)).parents[2] / "shared" / "schemas"  # <repo>/../shared/schemas
XSD = {"graphml": "graphml.xsd", "gexf": "gexf.xsd"}
WRITERS = {"graphml": write_graphml, "gexf": write_gexf}
GEXF_NS = {"g": "http://www.gexf.net/1.2draft"}
GRAPHML_NS = {"g": "http://graphml.graphdrawing.org/xmlns"}
# Gephi's GraphML importer maps these key ids *or* names onto node/edge properties
GEPHI_NODE_PROPS = {"label": "label", "d3": "label", "x": "x", "y": "y", "xpos": "x", "ypos": "y", "z": "z",
                    "size": "size", "r": "r", "g": "g", "b": "b"}
GEPHI_EDGE_PROPS = {"label": "label", "edgelabel": "label", "d7": "label", "weight": "weight",
                    "Edge Weight": "weight", "id": "id", "edgeid": "id", "r": "r", "g": "g", "b": "b"}

MACRON = Person("elodie-marchetti", "Élodie Marchetti", qid="Q999001")
SCHOLZ = Person("jurgen-aberg-muller", "Jürgen\x07 Åberg-Müller")
OTHER = Person("amara-okonkwo", "Amara Okonkwo")


def _ev(article):
    return Evidence(article, "A sentence.", 0, 0, 10, "test")


def _facts():
    bilateral = ArticleFacts(
        Article("b1", "…", date=dt.date(2024, 3, 4)),
        persons=(MACRON, SCHOLZ),
        roles=(RoleFact(MACRON, "President", "FR", _ev("b1")), RoleFact(SCHOLZ, "President", "DE", _ev("b1"))),
        events=(EventFact("e1", "host", (MACRON, SCHOLZ), _ev("b1"), host=MACRON, location=Place("Paris", "FR"),
                          date=dt.date(2024, 3, 4)),),
        topics=(TopicFact("e1", "trade", _ev("b1")),),
    )
    summit = ArticleFacts(
        Article("s1", "…", date=dt.date(2024, 4, 10)),
        persons=(MACRON, SCHOLZ, OTHER),
        events=(EventFact("e1", "summit", (MACRON, SCHOLZ, OTHER), _ev("s1"), name="Lakeside Summit"),),
        topics=tuple(TopicFact("e1", t, _ev("s1")) for t in ("energy", "migration", "trade")),
    )
    return [bilateral, summit]


@pytest.fixture(scope="module")
def store(memory_store):
    return memory_store(_facts())


@pytest.fixture(scope="module")
def graph(store):
    return project(store)


def _schema(fmt):
    if not (SCHEMAS / XSD[fmt]).is_file():
        pytest.skip(f"XML schemas not found at {SCHEMAS} (the shared/schemas folder next to the repository)")
    return etree.XMLSchema(etree.parse(str(SCHEMAS / XSD[fmt])))


def _read(fmt, path):
    if fmt == "graphml":
        return nx.read_graphml(path, force_multigraph=True)
    return nx.read_gexf(path)


def _awkward_graph():
    """Everything networkx 3.6 writes invalidly or refuses, in one graph."""
    np = pytest.importorskip("numpy")
    g = nx.MultiDiGraph(name="not allowed in GEXF", when=dt.date(2024, 1, 1))
    g.add_node("http://example.org/a b", label="Zoë\x0b Ångström", type="person", missing=None,
               rank=1, **{"start date": dt.date(2024, 5, 1), "tags": ["x", "y"], "score": np.float64(0.5),
                          "flag": np.bool_(True)})
    g.add_node(7, label=3, id="clash", rank="first", score=1, start=2024, viz="no", d3="not a label")
    g.add_edge("http://example.org/a b", 7, weight=np.int64(2), type="met", key_attr=1, when=dt.datetime(2024, 5, 1, 9))
    g.add_edge("http://example.org/a b", 7, weight=float("nan"), start="2024-05-02", end="2024-05-01")
    g.add_edge(7, 7, weight="heavy", info={"a": [1, 2]}, d7="not a label either", label="loop")
    return g


# --- validity ----------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
@pytest.mark.parametrize("source", ["projection", "awkward"])
def test_export_files_validate_against_schema(fmt, source, graph, tmp_path):
    schema = _schema(fmt)
    path = WRITERS[fmt](graph if source == "projection" else _awkward_graph(), tmp_path / f"g.{fmt}")
    schema.assertValid(etree.parse(str(path)))


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_export_export_writes_the_projection(fmt, store, graph, tmp_path):
    schema = _schema(fmt)
    path = export(store, fmt, tmp_path / f"kg.{fmt}")
    schema.assertValid(etree.parse(str(path)))
    assert set(_read(fmt, path)) == set(graph)


# --- reading back ------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
@pytest.mark.parametrize(
    ("node", "label", "kind"),
    [
        ("person:Q999001", "Élodie Marchetti", "person"),
        ("person:jurgen-aberg-muller", "Jürgen Åberg-Müller", "person"),  # control character stripped
        ("event:s1.e1", "Lakeside Summit", "event"),
        ("topic:migration", "migration", "topic"),
        ("place:fr.paris", "Paris", "place"),
        ("country:DE", "Germany", "country"),
    ],
)
def test_export_reads_back_node_labels_and_types(fmt, node, label, kind, graph, tmp_path):
    back = _read(fmt, WRITERS[fmt](graph, tmp_path / f"g.{fmt}"))
    assert back.nodes[node]["label"] == label
    assert back.nodes[node]["type"] == kind


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_export_reads_back_edges(fmt, graph, tmp_path):
    back = _read(fmt, WRITERS[fmt](graph, tmp_path / f"g.{fmt}"))
    relation = "type" if fmt == "graphml" else "relation"  # GEXF reserves edge@type for the direction
    expected = {k: (d["type"], d["label"], d["weight"]) for *_, k, d in graph.edges(keys=True, data=True)}
    found = {k: (d[relation], d["label"], d["weight"]) for *_, k, d in back.edges(keys=True, data=True)}
    assert found == expected


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_export_awkward_values_read_back(fmt, tmp_path):
    back = _read(fmt, WRITERS[fmt](_awkward_graph(), tmp_path / f"g.{fmt}"))
    (node,) = [n for n in back if n != "7"]
    assert node.startswith("http_example.org_a_b-")
    data = back.nodes[node]
    assert (data["label"], data["tags"], data["start_date"]) == ("Zoë Ångström", "x|y", "2024-05-01")
    assert "missing" not in data
    assert (data["rank"], back.nodes["7"]["rank"]) == ("1", "first")  # one type per attribute
    assert (data["score"], back.nodes["7"]["score"]) == (0.5, 1.0)
    assert ("start" in back.nodes["7"]) == (fmt == "graphml")  # GEXF keeps only ISO dates as times
    keys = [k for *_, k in back.edges(keys=True)]
    assert len(keys) == len(set(keys)) == 3


# --- the traps ---------------------------------------------------------------------------------


@pytest.mark.parametrize("scope", ["node", "edge"])
@pytest.mark.parametrize("source", ["projection", "awkward"])
def test_export_graphml_gephi_label_mapping(scope, source, graph, tmp_path):
    g = graph if source == "projection" else _awkward_graph()
    root = etree.parse(str(write_graphml(g, tmp_path / "g.graphml"))).getroot()
    props = GEPHI_NODE_PROPS if scope == "node" else GEPHI_EDGE_PROPS
    mapped = {}
    for key in root.iterfind("g:key", GRAPHML_NS):
        if key.get("for") == scope:
            prop = props.get(key.get("id")) or props.get(key.get("attr.name"))
            mapped[key.get("attr.name")] = prop
    assert len(mapped) >= 4  # enough keys that networkx's default ids would reach d3/d7
    assert [name for name, prop in mapped.items() if prop == "label"] == ["label"]
    assert not any(k.get("id") in {"d3", "d7"} for k in root.iterfind("g:key", GRAPHML_NS))


@pytest.mark.parametrize(
    ("start", "dated"),
    [("keep", True), (None, False), (2024, False), (dt.date(2024, 1, 2), True), ("2024-01-02T10:00:00", True),
     ("spring", False)],
)
def test_export_gexf_graph_element(start, dated, graph, tmp_path):
    schema = _schema("gexf")
    g = graph.copy()
    if start != "keep":
        for data in [d for _, d in g.nodes(data=True)] + [d for *_, d in g.edges(data=True)]:
            data.pop("start", None)
            if start is not None:
                data["start"] = start
    tree = etree.parse(str(write_gexf(g, tmp_path / "g.gexf")))
    schema.assertValid(tree)
    element = tree.find("g:graph", GEXF_NS)
    assert "name" not in element.attrib
    assert element.get("mode") == ("dynamic" if dated else "static")
    assert element.get("timeformat") == ("date" if dated else None)
    assert not tree.xpath("//g:attribute[@title='networkx_key']", namespaces=GEXF_NS)
    if dated:
        assert {n.get("start") for n in tree.iterfind(".//g:node", GEXF_NS)} <= {None, "2024-01-02", *(
            d.get("start") for _, d in graph.nodes(data=True))}


@pytest.mark.parametrize(
    ("node", "color"),
    [("person:Q999001", gephi.PALETTE["person"]), ("topic:trade", gephi.PALETTE["topic"]),
     ("event:b1.e1", gephi.PALETTE["event"]), ("country:FR", gephi.PALETTE["country"])],
)
def test_export_gexf_viz_by_type_and_degree(node, color, graph, tmp_path):
    back = nx.read_gexf(write_gexf(graph, tmp_path / "g.gexf"))
    viz = back.nodes[node]["viz"]
    assert (viz["color"]["r"], viz["color"]["g"], viz["color"]["b"]) == color
    assert math.isclose(viz["size"], gephi.node_size(graph.degree(node)))
    assert back.nodes[node]["start"] == graph.nodes[node]["start"]


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
@pytest.mark.parametrize("char", ["\x07", "\x00", "\x0b", "\x1f", "\x85"])
def test_export_strips_control_characters(fmt, char, tmp_path):
    g = nx.Graph()
    g.add_node("p", label=f"Jürgen{char} Åberg", note=f"a{char}b")
    data = WRITERS[fmt](g, tmp_path / f"g.{fmt}").read_bytes()
    assert char.encode() not in data
    back = _read(fmt, tmp_path / f"g.{fmt}")
    assert (back.nodes["p"]["label"], back.nodes["p"]["note"]) == ("Jürgen Åberg", "ab")


class _Unprintable:
    def __str__(self):
        raise RuntimeError("no text")


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
@pytest.mark.parametrize("failure", ["bad-value", "rename-fails", "folder-is-a-file"])
@pytest.mark.parametrize("existing", [False, True])
def test_export_failed_write_leaves_no_file(fmt, failure, existing, graph, tmp_path, monkeypatch):
    """A failed write leaves no file (an older one intact); a folder that cannot be made (a file has its name)
    fails as a write does."""
    folder = tmp_path / ("blocked" if failure == "folder-is-a-file" else "out")
    target = folder / f"g.{fmt}"
    if failure == "folder-is-a-file":
        folder.write_text("a file")
    else:
        folder.mkdir()
    if existing and failure != "folder-is-a-file":
        target.write_text("old export")
    g = graph.copy()
    if failure == "bad-value":
        g.add_node("person:bad", label=_Unprintable())
    elif failure == "rename-fails":
        monkeypatch.setattr(gephi.os, "replace", lambda *a: (_ for _ in ()).throw(OSError("disk full")))
    with pytest.raises(ExportError) as info:
        WRITERS[fmt](g, target)
    assert info.value.__cause__ is not None and str(target) in str(info.value)
    if failure == "folder-is-a-file":
        assert folder.read_text() == "a file"
        return
    if existing:
        assert target.read_text() == "old export"
    else:
        assert not target.exists()
    assert [p.name for p in folder.iterdir()] == ([target.name] if existing else [])


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_export_creates_a_missing_folder(fmt, graph, tmp_path):
    """GraphML and GEXF create a missing folder, as RDF dumps, plots and the report do (they refused it); a
    graph that cannot be written creates none."""
    target = tmp_path / "new" / "deeper" / f"g.{fmt}"
    assert WRITERS[fmt](graph, target) == target
    assert _read(fmt, target).number_of_nodes() == graph.number_of_nodes() > 0
    bad = graph.copy()
    bad.add_node("person:bad", label=_Unprintable())
    with pytest.raises(ExportError):
        WRITERS[fmt](bad, tmp_path / "never" / f"g.{fmt}")
    assert not (tmp_path / "never").exists()


# --- export() ----------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", RDF_FORMATS)
def test_export_rdf_formats_use_store_dump(fmt, tmp_path, store):
    out = tmp_path / f"kg.{fmt}"
    assert export(store, fmt.upper() if fmt == "turtle" else fmt, out) == out
    data = rdflib.Dataset()
    data.parse(out, format=RDFLIB_FORMATS[fmt])
    assert sum(len(g) for g in data.graphs()) > 0


@pytest.mark.parametrize("fmt", ["dot", "csv", "", "graphml2"])
def test_export_unknown_format_raises(fmt, tmp_path, memory_store):
    with pytest.raises(ExportError, match="unknown export format"):
        export(memory_store(), fmt, tmp_path / "out")
    assert os.listdir(tmp_path) == []


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_export_empty_store(fmt, tmp_path, memory_store):
    schema = _schema(fmt)
    path = export(memory_store(), fmt, tmp_path / f"empty.{fmt}")
    schema.assertValid(etree.parse(str(path)))
    assert _read(fmt, path).number_of_nodes() == 0
