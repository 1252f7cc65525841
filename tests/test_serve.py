"""kg.serve: a read-only SPARQL 1.1 Protocol endpoint, started on a free port in a thread."""

from __future__ import annotations

import csv
import io
import json
import threading
import urllib.error
import urllib.request
from urllib.parse import urlencode

import pyoxigraph
import pytest
from pyoxigraph import Literal, NamedNode, Quad, QueryResultsFormat, RdfFormat

from kg.serve import make_server
from kg.store import graph_iri, open_store

pytestmark = pytest.mark.slow

LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
PERSONS = {"a1": ["Ann Lee", "Bo Kim"], "a2": ["Ann Lee"]}
SELECT = f"SELECT ?name WHERE {{ GRAPH ?g {{ ?p <{LABEL}> ?name }} }} ORDER BY ?name"


def article(aid: str) -> list[Quad]:
    g = graph_iri(aid)
    quads = [Quad(g, NamedNode("http://schema.org/identifier"), Literal(aid), g)]
    for name in PERSONS[aid]:
        person = NamedNode("https://kg-project.org/id/person/" + name.lower().replace(" ", "-"))
        quads.append(Quad(person, NamedNode(LABEL), Literal(name), g))
    return quads


def start(store, union: bool = True):
    server = make_server(store, port=0, union=union)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    return server, thread


@pytest.fixture(params=["memory", "disk"])
def store(request, tmp_path):
    """The two articles in a memory store, or in an on-disk store reopened read-only (as ``kg serve`` does)."""
    spec = "memory" if request.param == "memory" else str(tmp_path / "kg")
    with open_store(spec, write=True) as opened:
        for aid in PERSONS:
            opened.put_article(aid, article(aid))
        if request.param == "memory":
            yield opened
            return
    with open_store(spec) as reopened:
        yield reopened


@pytest.fixture
def endpoint(store):
    server, thread = start(store)
    yield server.url
    server.shutdown()
    server.server_close()
    thread.join()


def call(url: str, data: bytes | None = None, headers: dict | None = None, method: str | None = None):
    """(status, headers, body) of one request; HTTP errors are answers too."""
    request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read()


def get(url: str, query: str, accept: str | None = None):
    return call(f"{url}?{urlencode({'query': query})}", headers={"Accept": accept} if accept else {})


def names_from(body: bytes, fmt: QueryResultsFormat) -> list[str]:
    if fmt == QueryResultsFormat.CSV:
        return [row["name"] for row in csv.DictReader(io.StringIO(body.decode()))]
    return [s["name"].value for s in pyoxigraph.parse_query_results(body, fmt)]


@pytest.mark.parametrize(
    "accept, content_type, fmt",
    [
        (None, "application/sparql-results+json", QueryResultsFormat.JSON),
        ("application/sparql-results+json", "application/sparql-results+json", QueryResultsFormat.JSON),
        ("application/sparql-results+xml", "application/sparql-results+xml", QueryResultsFormat.XML),
        ("text/csv", "text/csv", QueryResultsFormat.CSV),
        ("text/tab-separated-values", "text/tab-separated-values", QueryResultsFormat.TSV),
        ("text/csv;q=0.2, application/sparql-results+xml;q=0.9", "application/sparql-results+xml",
         QueryResultsFormat.XML),
        ("text/html,application/xhtml+xml,*/*;q=0.8", "application/sparql-results+json", QueryResultsFormat.JSON),
    ],
)
def test_serve_select_in_each_results_format(endpoint, accept, content_type, fmt):
    status, headers, body = get(endpoint, SELECT, accept)
    assert status == 200
    assert headers.get_content_type() == content_type
    assert headers["Access-Control-Allow-Origin"] == "*"
    assert names_from(body, fmt) == ["Ann Lee", "Ann Lee", "Bo Kim"]


@pytest.mark.parametrize(
    "data, content_type",
    [
        (urlencode({"query": SELECT}).encode(), "application/x-www-form-urlencoded"),
        (SELECT.encode(), "application/sparql-query"),
    ],
)
def test_serve_select_by_post(endpoint, data, content_type):
    status, _, body = call(endpoint, data, {"Content-Type": content_type, "Accept": "application/sparql-results+json"})
    assert status == 200
    assert [b["name"]["value"] for b in json.loads(body)["results"]["bindings"]] == ["Ann Lee", "Ann Lee", "Bo Kim"]


@pytest.mark.parametrize(
    "accept, fmt",
    [(None, RdfFormat.TURTLE), ("text/turtle", RdfFormat.TURTLE), ("application/n-triples", RdfFormat.N_TRIPLES)],
)
def test_serve_construct_as_rdf(endpoint, accept, fmt):
    status, headers, body = get(endpoint, "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }", accept)
    assert status == 200
    assert headers.get_content_type() == fmt.media_type
    expected = {q.triple for aid in PERSONS for q in article(aid)}
    assert {q.triple for q in pyoxigraph.parse(body, fmt)} == expected


def test_serve_ask(endpoint):
    status, _, body = get(endpoint, f'ASK {{ GRAPH ?g {{ ?p <{LABEL}> "Bo Kim" }} }}')
    assert (status, json.loads(body)["boolean"]) == (200, True)


@pytest.mark.parametrize("union, count", [(True, 5), (False, 0)])
def test_serve_default_graph_is_the_union(store, union, count):
    server, thread = start(store, union=union)
    try:
        status, _, body = get(server.url, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
    assert status == 200
    assert json.loads(body)["results"]["bindings"][0]["n"]["value"] == str(count)


UPDATE = 'INSERT DATA { GRAPH <https://kg-project.org/id/article/a1> { <http://x/s> <http://x/p> "injected" } }'


@pytest.mark.parametrize(
    "path, data, content_type, status",
    [
        (f"/query?{urlencode({'update': UPDATE})}", None, None, 403),
        ("/query", urlencode({"update": UPDATE}).encode(), "application/x-www-form-urlencoded", 403),
        ("/sparql", UPDATE.encode(), "application/sparql-update", 403),
        ("/update", urlencode({"update": UPDATE}).encode(), "application/x-www-form-urlencoded", 403),
        ("/store?graph=https://kg-project.org/id/article/a1", b"<http://x/s> <http://x/p> \"injected\" .",
         "application/n-triples", 403),
        (f"/query?{urlencode({'query': UPDATE})}", None, None, 400),
        ("/query", UPDATE.encode(), "application/sparql-query", 400),
    ],
)
def test_serve_refuses_updates(endpoint, store, path, data, content_type, status):
    url = endpoint.removesuffix("/query") + path
    answer, headers, body = call(url, data, {"Content-Type": content_type} if content_type else {})
    assert answer == status
    assert headers["Access-Control-Allow-Origin"] == "*"
    assert body.strip()
    assert store.select('SELECT ?s WHERE { GRAPH ?g { ?s ?p "injected" } }')[1] == []


@pytest.mark.parametrize(
    "query, accept, status, message",
    [
        ("SELEC * WHERE { ?s ?p ?o }", None, 400, b"error at"),
        ("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", None, 403, b"SERVICE"),
        (SELECT, "image/png", 406, b"accepted"),
    ],
)
def test_serve_rejects_bad_requests(endpoint, query, accept, status, message):
    answer, _, body = get(endpoint, query, accept)
    assert answer == status
    assert message in body


def test_serve_cors_preflight(endpoint):
    status, headers, _ = call(endpoint, method="OPTIONS", headers={"Origin": "http://yasgui.example"})
    assert status == 204
    assert headers["Access-Control-Allow-Origin"] == "*"
    assert "POST" in headers["Access-Control-Allow-Methods"]
    assert "Content-Type" in headers["Access-Control-Allow-Headers"]


def test_serve_unknown_path_is_404(endpoint):
    status, _, _ = call(endpoint.removesuffix("/query") + "/nothing?query=ASK%7B%7D")
    assert status == 404
