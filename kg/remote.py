"""A remote SPARQL 1.1 store, spoken to directly over the Protocol and the Graph Store Protocol (urllib only).

Spec syntax (the ``spec`` of :func:`kg.store.open_store`)::

    http[s]://[USER:PASSWORD@]HOST[:PORT][/PATH][?query=Q&update=U&gsp=G]

* Without parameters the server is taken to have Oxigraph's layout under ``PATH``: ``PATH/query``,
  ``PATH/update`` and ``PATH/store`` (Graph Store Protocol).
* With parameters, ``PATH`` itself is the query endpoint unless ``query=`` is given, updates go to the query
  endpoint unless ``update=`` is given, and the Graph Store Protocol is used only if ``gsp=`` is given.
  Values are resolved against the spec URL: ``/x`` keeps scheme, host and port, a full URL is used as is.

Examples::

    http://127.0.0.1:7878                                                       Oxigraph server
    http://127.0.0.1:8890/sparql?update=/sparql-auth&gsp=/sparql-graph-crud-auth  Virtuoso
    http://127.0.0.1:3030/ds?query=/ds/query&update=/ds/update&gsp=/ds/data     Fuseki

Credentials come from ``USER:PASSWORD@`` (percent-encoded) or else from the environment variables
``KG_STORE_USER`` and ``KG_STORE_PASSWORD``; HTTP Basic or Digest is used, as the server's 401 challenge asks.
Proxies from the environment are not used for loopback hosts.

Queries and updates are sent as HTML-form POSTs; an article is replaced by one update request
(``DROP SILENT GRAPH … ; INSERT DATA …``), never through rdflib, whose SPARQL store names the default graph
``urn:x-rdflib:default``. Whole-dataset dumps (TriG, N-Quads) GET the Graph Store Protocol endpoint and fall back
to a SELECT over all named graphs when there is none or it refuses; graph dumps use a CONSTRUCT.
"""

from __future__ import annotations

import logging
import os
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from http.client import HTTPResponse
from typing import IO
from urllib.parse import parse_qsl, unquote, urlencode, urljoin, urlsplit, urlunsplit

import pyoxigraph
from pyoxigraph import DefaultGraph, Quad, QueryResultsFormat, RdfFormat, Triple

from kg.errors import QueryError, StoreError
from kg.store import PREFIXES, QueryResult, Store, one_line

log = logging.getLogger(__name__)

TIMEOUT = 300.0
_ACCEPT_QUERY = "application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.8"
_LOOPBACK = {"127.0.0.1", "localhost", "::1"}
_REFUSALS = {400, 404, 405, 406, 415, 501}  # a GSP endpoint that cannot serve the whole dataset
_Q_QUADS = "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
_RESULT_TYPES = {
    "application/sparql-results+json": QueryResultsFormat.JSON,
    "application/json": QueryResultsFormat.JSON,
    "application/sparql-results+xml": QueryResultsFormat.XML,
    "text/tab-separated-values": QueryResultsFormat.TSV,
}
_GRAPH_TYPES = {
    "application/n-triples": RdfFormat.N_TRIPLES,
    "text/plain": RdfFormat.N_TRIPLES,
    "text/turtle": RdfFormat.TURTLE,
    "application/rdf+xml": RdfFormat.RDF_XML,
    "application/ld+json": RdfFormat.JSON_LD,
}


@dataclass(frozen=True)
class RemoteSpec:
    """Where and as whom to talk to a SPARQL server."""

    name: str  # the spec without credentials, for messages
    query: str
    update: str
    gsp: str | None
    user: str | None = None
    password: str | None = None


def parse_spec(spec: str) -> RemoteSpec:
    """Endpoints and credentials of a remote spec (see the module docstring).

    >>> s = parse_spec("http://127.0.0.1:7878")
    >>> s.query, s.update, s.gsp
    ('http://127.0.0.1:7878/query', 'http://127.0.0.1:7878/update', 'http://127.0.0.1:7878/store')
    >>> s = parse_spec("http://dba:p%40ss@127.0.0.1:8890/sparql?update=/sparql-auth&gsp=/sparql-graph-crud-auth")
    >>> s.name, s.query, s.update, s.gsp, s.user, s.password
    ('http://127.0.0.1:8890/sparql', 'http://127.0.0.1:8890/sparql', 'http://127.0.0.1:8890/sparql-auth', \
'http://127.0.0.1:8890/sparql-graph-crud-auth', 'dba', 'p@ss')
    """
    parts = urlsplit(spec)
    if not parts.hostname:
        raise StoreError(f"no host in store URL {spec!r}")
    netloc = parts.hostname if ":" not in parts.hostname else f"[{parts.hostname}]"
    netloc += f":{parts.port}" if parts.port else ""
    base = urlunsplit((parts.scheme, netloc, parts.path, "", ""))
    params = dict(parse_qsl(parts.query, keep_blank_values=True))
    unknown = set(params) - {"query", "update", "gsp"}
    if unknown:
        raise StoreError(f"unknown parameter(s) {', '.join(sorted(unknown))} in store URL; use query, update, gsp")
    user, password = _credentials(parts.username, parts.password)
    if not params:
        prefix = base.rstrip("/")
        return RemoteSpec(base, f"{prefix}/query", f"{prefix}/update", f"{prefix}/store", user, password)
    query = urljoin(base, params["query"]) if params.get("query") else base
    update = urljoin(base, params["update"]) if params.get("update") else query
    gsp = urljoin(base, params["gsp"]) if params.get("gsp") else None
    return RemoteSpec(base, query, update, gsp, user, password)


def _credentials(user: str | None, password: str | None) -> tuple[str | None, str | None]:
    if user is not None:
        return unquote(user), unquote(password or "")
    env_user = os.environ.get("KG_STORE_USER")
    return (env_user, os.environ.get("KG_STORE_PASSWORD", "")) if env_user else (None, None)


def build_opener(spec: RemoteSpec) -> urllib.request.OpenerDirector:
    """A urllib opener that answers Basic and Digest challenges with the spec's credentials."""
    handlers: list[urllib.request.BaseHandler] = []
    if {urlsplit(u).hostname for u in (spec.query, spec.update, spec.gsp) if u} <= _LOOPBACK:
        handlers.append(urllib.request.ProxyHandler({}))
    if spec.user is not None:
        passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        uris = [u for u in (spec.query, spec.update, spec.gsp) if u]
        passwords.add_password(None, uris, spec.user, spec.password or "")
        handlers += [urllib.request.HTTPDigestAuthHandler(passwords), urllib.request.HTTPBasicAuthHandler(passwords)]
    return urllib.request.build_opener(*handlers)


class HTTPStatusError(StoreError):
    """The server answered with an HTTP error status."""

    def __init__(self, message: str, status: int):
        super().__init__(message)
        self.status = status


def _body_message(error: urllib.error.HTTPError) -> str:
    try:
        text = error.read(2000).decode("utf-8", "replace")
    except OSError:
        text = ""
    return one_line(text) if text.strip() else str(error.reason)


class RemoteStore(Store):
    """A store behind a SPARQL 1.1 endpoint; no lock is taken (the server orders requests)."""

    def __init__(self, spec: RemoteSpec, writable: bool, timeout: float = TIMEOUT):
        super().__init__(spec.name, writable)
        self.spec = spec
        self.timeout = timeout
        self._opener = build_opener(spec)

    @classmethod
    def open(cls, url: str, *, write: bool = False) -> RemoteStore:
        """Parse ``url`` and check with ``ASK {}`` that the query endpoint answers."""
        store = cls(parse_spec(url), write)
        store.query("ASK {}")
        return store

    def _send(self, url: str, data: dict | None = None, accept: str | None = None) -> HTTPResponse:
        headers = {"Accept": accept} if accept else {}
        body = None
        if data is not None:
            body = urlencode(data).encode("utf-8")
            headers["Content-Type"] = "application/x-www-form-urlencoded; charset=utf-8"
        request = urllib.request.Request(url, data=body, headers=headers, method="POST" if body else "GET")
        try:
            return self._opener.open(request, timeout=self.timeout)
        except urllib.error.HTTPError as e:
            message = f"SPARQL endpoint {url} answered HTTP {e.code}: {_body_message(e)}"
            raise HTTPStatusError(message, e.code) from e
        except (urllib.error.URLError, OSError, ValueError) as e:
            reason = getattr(e, "reason", e)
            raise StoreError(f"cannot reach SPARQL endpoint {url}: {one_line(reason)}") from e

    def query(self, sparql: str, *, union: bool = False) -> QueryResult:
        data = {"query": sparql, **({"union-default-graph": ""} if union else {})}
        try:
            response = self._send(self.spec.query, data, _ACCEPT_QUERY)
        except HTTPStatusError as e:
            if e.status == 400:
                raise QueryError(f"invalid SPARQL query: {e}") from e
            raise
        media = response.headers.get_content_type()
        if media in _GRAPH_TYPES:
            return _triples(response, _GRAPH_TYPES[media], self.spec.query)
        if media not in _RESULT_TYPES:
            response.close()
            raise StoreError(f"SPARQL endpoint {self.spec.query} answered with unexpected type {media}")
        try:
            return pyoxigraph.parse_query_results(response, _RESULT_TYPES[media])
        except (SyntaxError, ValueError, OSError) as e:
            response.close()
            raise StoreError(f"unreadable answer from {self.spec.query}: {one_line(e)}") from e

    def update(self, sparql: str) -> None:
        self.require_write()
        try:
            with self._send(self.spec.update, {"update": sparql}):
                pass
        except HTTPStatusError as e:
            if e.status == 400:
                raise QueryError(f"invalid SPARQL update: {e}") from e
            raise

    def _write_dataset(self, out: IO[bytes], fmt: RdfFormat) -> None:
        quads = self._gsp_quads() if self.spec.gsp else None
        if quads is None:
            quads = self._selected_quads()
        pyoxigraph.serialize(quads, out, fmt, prefixes=PREFIXES if fmt == RdfFormat.TRIG else None)

    def _gsp_quads(self) -> Iterator[Quad] | None:
        try:
            response = self._send(self.spec.gsp, accept="application/n-quads")
        except HTTPStatusError as e:
            if e.status not in _REFUSALS:
                raise
            log.info("no dataset download from %s (%s); dumping with a SELECT", self.spec.gsp, e)
            return None
        return _parsed(response, RdfFormat.N_QUADS, self.spec.gsp)

    def _selected_quads(self) -> Iterator[Quad]:
        result = self.query(_Q_QUADS)
        for solution in result:
            yield Quad(solution["s"], solution["p"], solution["o"], solution["g"] or DefaultGraph())

    def close(self) -> None:
        self._opener.close()


def _parsed(response: HTTPResponse, fmt: RdfFormat, url: str) -> Iterator[Quad]:
    """Parse a streamed RDF answer, closing the response at the end."""
    try:
        yield from pyoxigraph.parse(response, fmt)
    except SyntaxError as e:
        raise StoreError(f"unreadable answer from {url}: {one_line(e)}") from e
    finally:
        response.close()


def _triples(response: HTTPResponse, fmt: RdfFormat, url: str) -> Iterator[Triple]:
    for quad in _parsed(response, fmt, url):
        yield quad.triple
