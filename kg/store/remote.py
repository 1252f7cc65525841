"""A remote SPARQL 1.1 store, spoken to directly over the Protocol and the Graph Store Protocol (urllib only).

The spec syntax (the ``spec`` of :func:`kg.store.open_store`) is in :mod:`kg.store.remotespec`.

Queries and updates are sent as HTML-form POSTs; an article is replaced by one update request
(``DROP SILENT GRAPH … ; INSERT DATA … ; …``), never through rdflib, whose SPARQL store names the default graph
``urn:x-rdflib:default``. Dumps hold kg's article graphs only (a shared server has others, e.g. Virtuoso's
system graphs): whole-dataset dumps (TriG, N-Quads) GET the Graph Store Protocol endpoint and fall back to one
SELECT per article graph when there is none or it refuses; union dumps (Turtle, …) read graph by graph too.

Server quirks handled here (met with Virtuoso 7.2, see tests/test_remote_virtuoso.py):

* The Accept header follows the query form: asked with the results types first, Virtuoso answers a CONSTRUCT
  with a SPARQL JSON table of ``s``, ``p``, ``o`` (numbers unquoted, which strict parsers refuse), so
  CONSTRUCT/DESCRIBE ask for N-Triples only. Without ``CaseMode = 2`` (as in the shipped virtuoso.ini) Virtuoso
  answers a false ASK with an empty ``__ASK_RETVAL`` table, which is read as the boolean it stands for.
* Virtuoso cuts SELECT answers at ``ResultSetMaxRows`` (10,000 by default) and says so only in an
  ``X-SPARQL-MaxRows`` header: such an answer raises :class:`ResultCappedError` instead of losing rows. It cuts
  CONSTRUCT answers and Graph Store Protocol GETs silently, so dumps never rely on them for more than one graph.
* Its SPARQL compiler fails on an ``INSERT DATA`` of about 5,000 triples, so inserts are split into blocks of
  :data:`INSERT_BLOCK` triples; and it commits each operation of an update request on its own (a failure halfway
  keeps the ``DROP``), so the article's content hash goes in the last block: an article whose replacement was
  interrupted has no hash, and the next ``kg build`` redoes it.
"""

from __future__ import annotations

import hashlib
import io
import logging
import os
import re
import urllib.error
import urllib.request
from collections.abc import Iterator
from http.client import HTTPResponse
from pathlib import Path
from typing import IO
from urllib.parse import urlencode

import pyoxigraph
from pyoxigraph import NamedNode, Quad, QueryResultsFormat, QuerySolutions, RdfFormat, Triple

from kg.errors import QueryError, StoreError
from kg.sparql import Value, bind, internal
from kg.store.base import (
    ARTICLE_PREFIX,
    CONTENT_HASH,
    PREFIXES,
    TRIPLE_FORMATS,
    QueryResult,
    Store,
    one_line,
    write_atomically,
)
from kg.store.remotespec import RemoteSpec, build_opener, parse_spec

log = logging.getLogger(__name__)

TIMEOUT = 300.0
INSERT_BLOCK = 1000  # triples per INSERT DATA (Virtuoso 7.2's compiler gives up at about 5,000)
GRAPH_PAGE = 1000  # article graphs listed per request (under Virtuoso's default ResultSetMaxRows of 10,000)
_ACCEPT_ANY = "application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.8"
_ACCEPT_RESULTS = "application/sparql-results+json, application/sparql-results+xml;q=0.9"
_ACCEPT_GRAPH = "application/n-triples, text/turtle;q=0.9, application/rdf+xml;q=0.8"
_ACCEPT = {"SELECT": _ACCEPT_RESULTS, "ASK": _ACCEPT_RESULTS, "CONSTRUCT": _ACCEPT_GRAPH, "DESCRIBE": _ACCEPT_GRAPH}
_PROLOGUE = re.compile(r"\s*(?:#[^\n]*|(?:PREFIX\s+[^\s:]*:|BASE)\s*<[^>]*>|DEFINE\s+\S+\s+(?:\"[^\"]*\"|\S+))", re.I)
_FORM = re.compile(r"\s*(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.I)
_REFUSALS = {400, 404, 405, 406, 415, 501}  # a GSP endpoint that cannot serve the whole dataset
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


def query_form(sparql: str) -> str | None:
    r"""SELECT, ASK, CONSTRUCT or DESCRIBE: the form of a query, read after its prologue (None if unknown).

    >>> query_form("# who\nPREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\nconstruct { ?s ?p ?o } WHERE {}")
    'CONSTRUCT'
    >>> query_form("BASE <http://x/> PREFIX : <y#> SELECT * {}"), query_form("INSERT DATA {}")
    ('SELECT', None)
    """
    pos = 0
    while (match := _PROLOGUE.match(sparql, pos)) and match.end() > pos:
        pos = match.end()
    match = _FORM.match(sparql, pos)
    return match.group(1).upper() if match else None


def replace_blocks(graph: NamedNode, quads: list[Quad], block: int = INSERT_BLOCK) -> str:
    """One update that drops ``graph`` and inserts ``quads`` in ``INSERT DATA`` blocks, the content hash last.

    >>> from pyoxigraph import Literal
    >>> g, p = NamedNode("http://g"), NamedNode("http://p")
    >>> quads = [Quad(g, CONTENT_HASH, Literal("h"), g)] + [Quad(g, p, Literal(str(i)), g) for i in range(3)]
    >>> print(replace_blocks(g, quads, block=2))  # doctest: +NORMALIZE_WHITESPACE
    DROP SILENT GRAPH <http://g> ;
    INSERT DATA { GRAPH <http://g> { <http://g> <http://p> "0" . <http://g> <http://p> "1" . } } ;
    INSERT DATA { GRAPH <http://g> { <http://g> <http://p> "2" . } } ;
    INSERT DATA { GRAPH <http://g> { <http://g> <https://kg-project.org/ns#contentHash> "h" . } }
    """
    rest = [q for q in quads if q.predicate != CONTENT_HASH]
    blocks = [rest[i : i + block] for i in range(0, len(rest), block)]
    blocks += [[q for q in quads if q.predicate == CONTENT_HASH]]
    operations = [f"DROP SILENT GRAPH {graph}"]
    for quads_of_block in filter(None, blocks):
        body = "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in quads_of_block)
        operations.append(f"INSERT DATA {{ GRAPH {graph} {{\n{body}\n}} }}")
    return " ;\n".join(operations)


class HTTPStatusError(StoreError):
    """The server answered with an HTTP error status."""

    def __init__(self, message: str, status: int):
        super().__init__(message)
        self.status = status


class ResultCappedError(StoreError):
    """The server cut the answer at its row limit (Virtuoso's ``X-SPARQL-MaxRows``)."""


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

    def _send(self, url: str, data: dict[str, str] | None = None, accept: str | None = None) -> HTTPResponse:
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
        form = query_form(sparql)
        try:
            response = self._send(self.spec.query, data, _ACCEPT.get(form or "", _ACCEPT_ANY))
        except HTTPStatusError as e:
            if e.status == 400:
                raise QueryError(f"invalid SPARQL query: {e}") from e
            raise
        _refuse_capped(response, self.spec.query)
        media = response.headers.get_content_type()
        if media in _GRAPH_TYPES:
            return _triples(response, _GRAPH_TYPES[media], self.spec.query)
        if media not in _RESULT_TYPES:
            response.close()
            raise StoreError(f"SPARQL endpoint {self.spec.query} answered with unexpected type {media}")
        try:
            return _ask_answer(pyoxigraph.parse_query_results(response, _RESULT_TYPES[media]), form)
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

    def _replace_graph(self, graph: NamedNode, quads: list[Quad]) -> None:
        self.update(replace_blocks(graph, quads))

    def dump(self, out: str | os.PathLike[str], fmt: str) -> None:
        """As :meth:`Store.dump`; the union of the article graphs is read graph by graph and deduplicated here."""
        rdf_format = TRIPLE_FORMATS.get(fmt.lower())
        if rdf_format is None:
            return super().dump(out, fmt)

        def writer(f: IO[bytes]) -> None:
            pyoxigraph.serialize(self._union_triples(), f, rdf_format, prefixes=PREFIXES)

        write_atomically(Path(out), writer)

    def _union_triples(self) -> Iterator[Triple]:
        seen: set[bytes] = set()  # 8-byte digests: the triples themselves would take ten times the memory
        for quad in self._graph_quads():
            key = hashlib.blake2b(str(quad.triple).encode("utf-8"), digest_size=8).digest()
            if key not in seen:
                seen.add(key)
                yield quad.triple

    def _write_dataset(self, out: IO[bytes], fmt: RdfFormat) -> None:
        quads = self._gsp_quads()
        if quads is None:
            quads = self._graph_quads()
        pyoxigraph.serialize(quads, out, fmt, prefixes=PREFIXES if fmt == RdfFormat.TRIG else None)

    def _gsp_quads(self) -> Iterator[Quad] | None:
        if self.spec.gsp is None:
            return None
        try:
            response = self._send(self.spec.gsp, accept="application/n-quads")
        except HTTPStatusError as e:
            if e.status not in _REFUSALS:
                raise
            log.info("no dataset download from %s (%s); dumping graph by graph", self.spec.gsp, e)
            return None
        quads = _parsed(response, RdfFormat.N_QUADS, self.spec.gsp)
        return (q for q in quads if isinstance(q.graph_name, NamedNode) and _is_article_graph(q.graph_name))

    def _graph_quads(self) -> Iterator[Quad]:
        """The quads of every article graph, one SELECT per graph (each answer is checked against the row cap)."""
        for graph in self._article_graphs():
            try:
                solutions = self.query(bind(internal("graph_triples"), {"graph": graph}))
            except ResultCappedError as e:
                raise ResultCappedError(f"graph {graph} is larger than the server's result limit: {e}") from e
            if not isinstance(solutions, QuerySolutions):
                raise StoreError(f"SPARQL endpoint {self.spec.query} answered a SELECT with no table")
            for solution in solutions:
                yield Quad(solution["s"], solution["p"], solution["o"], graph)

    def _article_graphs(self) -> Iterator[NamedNode]:
        """Article graph names in pages of :data:`GRAPH_PAGE`, each page after the last name of the one before."""
        after = ""
        while True:
            page: dict[str, Value] = {"prefix": ARTICLE_PREFIX, "after": after, "limit": GRAPH_PAGE}
            _, rows = self.select(bind(internal("article_graphs_page"), page))
            names = [str(row["g"]) for row in rows]
            yield from map(NamedNode, names)
            if len(names) < GRAPH_PAGE:
                return
            after = names[-1]

    def close(self) -> None:
        self._opener.close()


def _ask_answer(result: QueryResult, form: str | None) -> QueryResult:
    """An ASK answered as a one-column ``__ASK_RETVAL`` table (Virtuoso without CaseMode 2) as a boolean.

    >>> xml = b'<sparql xmlns="http://www.w3.org/2005/sparql-results#"><head><variable name="__ASK_RETVAL"/>'
    >>> table = pyoxigraph.parse_query_results(io.BytesIO(xml + b"</head><results/></sparql>"), QueryResultsFormat.XML)
    >>> _ask_answer(table, "ASK")
    <QueryBoolean false>
    """
    if form != "ASK" or not isinstance(result, QuerySolutions):
        return result
    if [v.value for v in result.variables] != ["__ASK_RETVAL"]:
        return result
    true = any(s["__ASK_RETVAL"] is not None and s["__ASK_RETVAL"].value not in ("0", "false") for s in result)
    body = b'{"boolean": true}' if true else b'{"boolean": false}'
    return pyoxigraph.parse_query_results(io.BytesIO(body), QueryResultsFormat.JSON)


def _refuse_capped(response: HTTPResponse, url: str) -> None:
    """Raise :class:`ResultCappedError` if the server says it cut the answer at its row limit."""
    cap = response.headers.get("X-SPARQL-MaxRows")
    if cap:
        response.close()
        raise ResultCappedError(
            f"SPARQL endpoint {url} cut the answer at {cap} rows (its result limit, Virtuoso's "
            "ResultSetMaxRows in virtuoso.ini [SPARQL]); raise the limit or page the query with LIMIT/OFFSET"
        )


def _is_article_graph(graph: NamedNode) -> bool:
    return graph.value.startswith(ARTICLE_PREFIX)


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
