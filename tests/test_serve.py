"""kg.serve: a read-only SPARQL 1.1 Protocol endpoint, started on a free port in a thread."""

from __future__ import annotations

import csv
import io
import json
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from urllib.parse import urlencode

import pyoxigraph
import pytest
from click.testing import CliRunner
from pyoxigraph import Literal, NamedNode, Quad, QueryResultsFormat, RdfFormat

from kg.cli import main
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


def start(store, union: bool = True, limits=None):
    server = make_server(store, port=0, union=union, limits=limits)
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


def stop_server(server, thread) -> None:
    server.shutdown()
    server.server_close()
    thread.join()


@pytest.fixture
def endpoint(store):
    server, thread = start(store)
    yield server.url
    stop_server(server, thread)


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
        (f"/query?{urlencode({'query': UPDATE})}", None, None, 403),
        ("/query", UPDATE.encode(), "application/sparql-query", 403),
        ("/sparql", b"PREFIX ex: <http://x/>\nLOAD <http://127.0.0.1:9/data.ttl>", "application/sparql-query", 403),
        (f"/query?{urlencode({'query': 'load <http://127.0.0.1:9/x.ttl> INTO GRAPH <http://x/g>'})}", None, None, 403),
        (f"/?{urlencode({'query': 'CLEAR ALL'})}", None, None, 403),
        (f"/query?{urlencode({'query': 'DELETE WHERE { GRAPH ?g { ?s ?p ?o } }'})}", None, None, 403),
    ],
)
def test_serve_refuses_updates(endpoint, store, path, data, content_type, status):
    url = endpoint.removesuffix("/query") + path
    answer, headers, body = call(url, data, {"Content-Type": content_type} if content_type else {})
    assert answer == status
    assert b"read-only" in body
    assert store.select('SELECT ?s WHERE { GRAPH ?g { ?s ?p "injected" } }')[1] == []
    assert len(store.select("SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }")[1]) == 5


@pytest.mark.parametrize(
    "query, accept, status, message",
    [
        ("SELEC * WHERE { ?s ?p ?o }", None, 400, b"error at"),
        ("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", None, 403, b"SERVICE"),
        ("PREFIX s: <http://x/> SELECT * { ?a ?b ?c OPTIONAL { service silent <http://127.0.0.1:9/> { ?a ?b ?d } } }",
         None, 403, b"SERVICE is not allowed"),
        (SELECT, "image/png", 406, b"accepted"),
    ],
)
def test_serve_rejects_bad_requests(endpoint, query, accept, status, message):
    answer, _, body = get(endpoint, query, accept)
    assert answer == status
    assert message in body


def test_serve_url_it_prints_is_a_store_for_kg(endpoint):
    """kg query --store with the endpoint URL kg serve prints (…/query) reads that store; it asked …/query/query."""
    assert endpoint.endswith("/query")
    result = CliRunner().invoke(main, ["query", SELECT, "--store", endpoint, "--format", "csv"])
    assert (result.exit_code, result.output) == (0, "name\nAnn Lee\nAnn Lee\nBo Kim\n")


def test_serve_sends_no_cors_headers_by_default(endpoint):
    for status, headers, _ in (call(endpoint, method="OPTIONS", headers={"Origin": "http://evil.example"}),
                               get(endpoint, SELECT)):
        assert status in (200, 204)
        assert not [h for h in headers if h.lower().startswith("access-control-")]


def test_serve_cors_for_the_allowed_origin(store):
    from kg.serve import Limits

    server, thread = start(store, limits=Limits(cors_origin="https://yasgui.example"))
    try:
        status, headers, _ = call(server.url, method="OPTIONS", headers={"Origin": "https://yasgui.example"})
        assert status == 204
        assert headers["Access-Control-Allow-Origin"] == "https://yasgui.example"
        assert "POST" in headers["Access-Control-Allow-Methods"]
        assert get(server.url, SELECT)[1]["Access-Control-Allow-Origin"] == "https://yasgui.example"
    finally:
        stop_server(server, thread)


def test_serve_unknown_path_is_404(endpoint):
    status, _, _ = call(endpoint.removesuffix("/query") + "/nothing?query=ASK%7B%7D")
    assert status == 404


def test_serve_row_cap(store):
    from kg.serve import Limits

    server, thread = start(store, limits=Limits(max_rows=2))
    try:
        status, _, body = get(server.url, SELECT)
        assert (status, body) == (400, b"the answer has more than 2 rows (the endpoint's limit; add a LIMIT, "
                                       b"or kg serve --max-rows N raises it)\n")
        assert get(server.url, SELECT + " LIMIT 2")[0] == 200
        construct = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"
        assert get(server.url, construct)[2].startswith(b"the answer has more than 2 triples")
    finally:
        stop_server(server, thread)


def test_serve_timeout_answers_503_and_stops_the_query():
    from kg.serve import Limits

    big = open_store("memory", write=True)
    g = graph_iri("big")
    big.put_article("big", [Quad(NamedNode(f"http://x/{i}"), NamedNode("http://x/p"), Literal(str(i)), g)
                            for i in range(3000)])
    server, thread = start(big, limits=Limits(timeout=0.5, max_rows=None, threads=1))
    try:
        started = time.monotonic()
        status, _, body = get(server.url, "SELECT * WHERE { ?a ?p ?b . ?c ?p ?d }")  # 9 million rows
        assert (status, body) == (503, b"query timed out after 0.5 s (the endpoint's limit; "
                                       b"kg serve --timeout SECONDS raises it)\n")
        assert time.monotonic() - started < 5
        status, _, body = get(server.url, SELECT)  # the one evaluation thread is free again
        assert status == 200
    finally:
        stop_server(server, thread)


def test_serve_results_as_pyoxigraph_writes_them():
    """The endpoint writes SELECT rows itself (to cap them); every format must equal pyoxigraph's own."""
    from kg.sparql_answer import RESULT_OFFERS

    mem = open_store("memory", write=True)
    g = graph_iri("a")
    integer = NamedNode("http://www.w3.org/2001/XMLSchema#integer")
    objects = [Literal("Zoë <&\"'>", language="fr"), Literal("7", datatype=integer), Literal("tab\there\nnew line"),
               pyoxigraph.BlankNode("b1"), NamedNode("http://x/o")]
    mem.put_article("a", [Quad(NamedNode("http://x/s"), NamedNode(f"http://x/p{i}"), o, g)
                          for i, o in enumerate(objects)])
    query = "SELECT ?p ?o ?none WHERE { GRAPH ?g { ?s ?p ?o } OPTIONAL { ?o ?x ?none } } ORDER BY ?p"
    server, thread = start(mem)
    try:
        for media, fmt in RESULT_OFFERS:
            status, _, body = get(server.url, query, media)
            expected = mem.query(query, union=True).serialize(format=fmt)
            assert status == 200
            if fmt == QueryResultsFormat.JSON:
                assert json.loads(body) == json.loads(expected)
            else:
                assert body == expected
    finally:
        stop_server(server, thread)


def test_serve_binds_loopback_by_default(store):
    server = make_server(store, port=0)
    try:
        assert server.server_address[0] == "127.0.0.1"
    finally:
        server.server_close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.parametrize("host, warned", [(None, False), ("0.0.0.0", True)])
def test_cli_serve_host_warning_and_options(tmp_path, host, warned):
    from clihelp import stop, wait_until_answers

    spec = str(tmp_path / "kg")
    with open_store(spec, write=True) as opened:
        for aid in PERSONS:
            opened.put_article(aid, article(aid))
    port = free_port()
    args = [sys.executable, "-m", "kg.cli", "serve", "--store", spec, "--port", str(port), "--max-rows", "1"]
    proc = subprocess.Popen(args + (["--host", host] if host else []), stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}/query"
    try:
        wait_until_answers(url + "?query=ASK%7B%7D", proc, 60, lambda: proc.stderr.read())
        assert get(url, SELECT)[0] == 400  # --max-rows 1 reached the server
    finally:
        stop(proc, 10)
    lines = proc.stderr.read().splitlines()
    shown = host or "127.0.0.1"
    warning = f"warning: listening on {shown}: anyone who can reach it can read the whole store (kg serve has no " \
        "authentication)"
    expected = ([warning] if warned else []) + [f"SPARQL endpoint on http://{shown}:{port}/query (Ctrl-C stops)"]
    assert lines[: len(expected)] == expected
