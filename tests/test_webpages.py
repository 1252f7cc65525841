"""kg serve's pages: the query page at / and the report at /report, beside the unchanged SPARQL endpoint."""

from __future__ import annotations

import json
import re
import threading
import urllib.error
import urllib.request
from urllib.parse import urlencode

import pytest
from pyoxigraph import Literal, NamedNode, Quad

from kg.query import list_queries, resolve
from kg.serve import make_server
from kg.store import graph_iri, open_store
from kg.webpages import named_queries, query_page

LABEL = NamedNode("http://www.w3.org/2000/01/rdf-schema#label")


@pytest.fixture
def site():
    """A server over a memory store with one article graph naming one person; its base URL."""
    with open_store("memory", write=True) as store:
        g = graph_iri("a1")
        person = NamedNode("https://kg-project.org/id/person/ann-lee")
        store.put_article("a1", [Quad(g, NamedNode("http://schema.org/identifier"), Literal("a1"), g),
                                 Quad(person, LABEL, Literal("Ann Lee"), g)])
        server = make_server(store, port=0)
        thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        thread.start()
        yield server.url.removesuffix("query")
        server.shutdown()
        server.server_close()
        thread.join(5)


def fetch(url: str, data: bytes | None = None, headers: dict | None = None):
    request = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers.get_content_type(), response.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get_content_type(), e.read().decode("utf-8")


def script_json(page: str, element_id: str):
    return json.loads(re.search(rf'<script type="application/json" id="{element_id}">(.*?)</script>', page, re.S)[1])


# roles, the README's first standard query, opens the page (it opened with affiliations, the first by name)
PICKER_ORDER = ["roles", *sorted(set(list_queries()) - {"roles"})]


def test_webpages_named_queries_are_the_queries_folder():
    queries = named_queries()
    assert [q["name"] for q in queries] == PICKER_ORDER
    roles = next(q for q in queries if q["name"] == "roles")
    assert roles["sparql"] == resolve("roles")
    person_quotes = next(q for q in queries if q["name"] == "person_quotes")
    assert person_quotes["sparql"].startswith("# Parameter: replace $person by a string")
    assert person_quotes["sparql"].endswith(resolve("person_quotes"))
    assert not roles["description"].startswith("roles:")
    assert max(len(q["description"]) for q in queries) <= 90  # the picker stays as wide as the page
    assert roles["description"] == ("who holds which office in which country (person – role – country), per article: "
                                    "the …")


def test_webpages_query_page_has_yasgui_and_the_queries():
    page = query_page("/query")
    assert script_json(page, "kg-queries") == named_queries()
    assert 'id="yasgui"' in page and "Yasgui" in page
    outside_scripts = re.sub(r"(?s)<script.*?</script>", "", page)
    assert not re.search(r"<(script|img|iframe)[^>]*\ssrc=|<link[^>]*stylesheet", outside_scripts)


def test_webpages_served_at_root_and_report(site):
    status, ctype, page = fetch(site)
    assert (status, ctype) == (200, "text/html")
    assert [q["name"] for q in script_json(page, "kg-queries")] == PICKER_ORDER
    status, ctype, page = fetch(site + "report")
    assert (status, ctype) == (200, "text/html")
    data = script_json(page, "kg-data")
    assert data["meta"] == {"articles": 0} and data["nodes"] == []


def test_webpages_leave_the_endpoint_unchanged(site):
    query = 'SELECT ?n WHERE { GRAPH ?g { ?p <http://www.w3.org/2000/01/rdf-schema#label> ?n } }'
    for url in (site + "?" + urlencode({"query": query}), site + "query?" + urlencode({"query": query})):
        status, ctype, body = fetch(url)
        assert (status, ctype) == (200, "application/sparql-results+json")
        assert [b["n"]["value"] for b in json.loads(body)["results"]["bindings"]] == ["Ann Lee"]
    status, _, body = fetch(site, urlencode({"query": query}).encode(),
                            {"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 200 and "Ann Lee" in body
    assert fetch(site + "query")[0] == 400
    assert fetch(site + "?" + urlencode({"update": "CLEAR ALL"}))[0] == 403
    assert fetch(site + "report?" + urlencode({"query": query}))[0] == 404
