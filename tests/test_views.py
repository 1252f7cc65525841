"""Gephi views (kg export --view people|countries|plover|full): each read back with networkx and python-igraph and
validated against the XSDs; no data key named ``id``."""

from __future__ import annotations

import warnings

import networkx as nx
import pytest
from clihelp import kg
from conftest import schemas_dir

from kg import views

XSD = {"graphml": "graphml.xsd", "gexf": "gexf.xsd"}
SEED_PEOPLE = {"Joe Biden", "Justin Trudeau", "Andrés Manuel López Obrador"}


@pytest.fixture(scope="module")
def exported(seed_path, tmp_path_factory):
    folder = tmp_path_factory.mktemp("views")
    paths = {}
    for view in ("people", "countries", "plover", "full"):
        for fmt in ("graphml", "gexf"):
            paths[view, fmt] = folder / f"{view}.{fmt}"
            kg("export", "--store", seed_path, "--format", fmt, "--view", view, "--out", str(paths[view, fmt]))
    return paths


def _read_nx(path):
    return nx.read_graphml(path) if path.suffix == ".graphml" else nx.read_gexf(path)


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_views_people_is_the_leader_network(exported, fmt):
    g = _read_nx(exported["people", fmt])
    assert {d["label"] for _, d in g.nodes(data=True)} == SEED_PEOPLE
    assert {d["country_code"] for _, d in g.nodes(data=True)} == {"US", "CA", "MX"}
    weights = sorted(d["weight"] for *_, d in g.edges(data=True))
    assert weights == [1.0, 1.0, 2.0]  # Biden and Trudeau also met on their own


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_views_countries_weighted_by_events(exported, fmt):
    g = _read_nx(exported["countries", fmt])
    labels = {n: d["label"] for n, d in g.nodes(data=True)}
    edges = {frozenset((labels[u], labels[v])): (d["weight"], d["meetings"]) for u, v, d in g.edges(data=True)}
    assert edges == {frozenset(("Canada", "United States")): (2.0, 2), frozenset(("Canada", "Mexico")): (1.0, 1),
                     frozenset(("Mexico", "United States")): (1.0, 1)}


@pytest.mark.parametrize("view", ["people", "countries", "plover", "full"])
def test_views_read_back_with_igraph(exported, view):
    """python-igraph reads GraphML (not GEXF); it warns when a data key is named ``id``."""
    igraph = pytest.importorskip("igraph")
    path = exported[view, "graphml"]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        g = igraph.Graph.Read_GraphML(str(path))
    assert [str(w.message) for w in caught] == []
    reference = _read_nx(path)
    assert (g.vcount(), g.ecount()) == (reference.number_of_nodes(), reference.number_of_edges())
    assert sorted(g.vs["label"]) == sorted(d["label"] for _, d in reference.nodes(data=True))


@pytest.mark.parametrize("view", ["people", "countries", "plover", "full"])
@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_views_validate_against_xsd(exported, view, fmt):
    etree = pytest.importorskip("lxml.etree")
    folder = schemas_dir()
    if folder is None:
        pytest.skip("XML schemas not found in ../shared/schemas")
    schema = etree.XMLSchema(etree.parse(str(folder / XSD[fmt])))
    schema.assertValid(etree.parse(str(exported[view, fmt])))


@pytest.mark.parametrize("view", ["people", "countries", "plover", "full"])
def test_views_graphml_has_no_id_data_key(exported, view):
    text = exported[view, "graphml"].read_text(encoding="utf-8")
    assert 'attr.name="id"' not in text


def test_views_rdf_formats_refuse_a_view(seed_path, tmp_path):
    result = kg("export", "--store", seed_path, "--format", "turtle", "--view", "people",
                "--out", str(tmp_path / "x.ttl"), ok=False)
    assert result.exit_code == 6 and "--view people needs --format graphml or gexf" in result.output


def test_views_dyad_rows_have_a_type_column(seed_path):
    from kg.store import open_store

    with open_store(seed_path) as store:
        rows = views.dyad_events(store)
    assert {(r["country_a"], r["country_b"], r["type"], r["month"]) for r in rows} == {
        ("CA", "MX", "CONSULT", "2023-01"), ("CA", "US", "CONSULT", "2023-01"), ("MX", "US", "CONSULT", "2023-01")}
    assert views.dyad_series(rows) == [{"month": "2023-01", "dyad": "CA–MX", "events": 1},
                                       {"month": "2023-01", "dyad": "CA–US", "events": 2},
                                       {"month": "2023-01", "dyad": "MX–US", "events": 1}]
