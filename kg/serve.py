"""A read-only SPARQL 1.1 Protocol endpoint over a kg store, for YASGUI, curl or any SPARQL client.

* ``GET /query?query=…`` (also ``/`` and ``/sparql``), ``POST`` with ``application/x-www-form-urlencoded``
  (``query=…``) or ``application/sparql-query``.
* SELECT and ASK results as SPARQL JSON (default), XML, CSV or TSV; CONSTRUCT and DESCRIBE results as Turtle
  (default), N-Triples or JSON-LD; chosen by the ``Accept`` header (q-values honoured; 406 if nothing fits).
* Updates are refused: 403 for ``update=`` parameters, ``application/sparql-update`` bodies and the ``/update``
  and ``/store`` paths; an update sent as a query does not parse (400). ``SERVICE`` is refused (403) because
  pyoxigraph would fetch the remote endpoint from this process.
* By default the default graph is the union of all article graphs, so ``SELECT * { ?s ?p ?o }`` finds data.
* CORS: ``Access-Control-Allow-Origin: *`` on every answer and ``OPTIONS`` preflights.
* Pages (``GET`` without a ``query`` parameter): ``/`` is a query page (YASGUI on ``/query`` with the named
  queries) and ``/report`` the ``kg report`` page of the store (made on the first request); see
  :mod:`kg.webpages`.

Results are serialised by pyoxigraph (``QuerySolutions.serialize``, ``pyoxigraph.serialize``) into memory
before the status line is sent, so evaluation errors still get a proper status.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TypeVar
from urllib.parse import parse_qs, urlsplit

import pyoxigraph
from pyoxigraph import QueryBoolean, QueryResultsFormat, QuerySolutions, RdfFormat

from kg.errors import KGError, QueryError, StoreError
from kg.store import PREFIXES, Store, one_line

log = logging.getLogger(__name__)
F = TypeVar("F")  # a result or graph format

QUERY_PATHS = {"/", "/query", "/sparql"}
UPDATE_PATHS = {"/update", "/store"}
PAGE_PATHS = {"/": "query", "/index.html": "query", "/report": "report", "/report.html": "report"}
MAX_BODY = 10 * 1024 * 1024
RESULT_OFFERS = [
    ("application/sparql-results+json", QueryResultsFormat.JSON),
    ("application/json", QueryResultsFormat.JSON),
    ("application/sparql-results+xml", QueryResultsFormat.XML),
    ("application/xml", QueryResultsFormat.XML),
    ("text/xml", QueryResultsFormat.XML),
    ("text/csv", QueryResultsFormat.CSV),
    ("text/tab-separated-values", QueryResultsFormat.TSV),
]
GRAPH_OFFERS = [
    ("text/turtle", RdfFormat.TURTLE),
    ("application/x-turtle", RdfFormat.TURTLE),
    ("application/n-triples", RdfFormat.N_TRIPLES),
    ("text/plain", RdfFormat.N_TRIPLES),
    ("application/ld+json", RdfFormat.JSON_LD),
]
CORS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
    "Access-Control-Allow-Headers": "Accept, Content-Type, Authorization",
    "Access-Control-Max-Age": "86400",
}
_HIDDEN = re.compile(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>\s]*>|#.*')
_SERVICE = re.compile(r"(?<![\w:?$])SERVICE(?![\w:-])", re.IGNORECASE)


def uses_service(sparql: str) -> bool:
    """Whether a query calls SERVICE (looked for outside strings, IRIs and comments).

    >>> uses_service('SELECT * { SERVICE <http://x/sparql> { ?s ?p ?o } }')
    True
    >>> uses_service('SELECT * { ?s <http://x/service> "civil service", ?service } # service')
    False
    """
    return bool(_SERVICE.search(_HIDDEN.sub(" ", sparql)))


def _ranges(accept: str) -> list[tuple[str, float]]:
    ranges = []
    for part in accept.split(","):
        media, *params = [p.strip() for p in part.split(";")]
        q = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if media:
            ranges.append((media.lower(), q))
    return ranges


def negotiate(accept: str | None, offers: Sequence[tuple[str, F]]) -> F | None:
    """The offered format the client prefers most (first offer on ties), or None if it accepts none.

    >>> negotiate("text/csv;q=0.5, application/sparql-results+xml", RESULT_OFFERS).name
    'SPARQL Results in XML'
    >>> negotiate("text/html,*/*;q=0.8", RESULT_OFFERS).name
    'SPARQL Results in JSON'
    >>> negotiate("image/png", RESULT_OFFERS) is None
    True
    """
    if not accept or not accept.strip():
        return offers[0][1]
    ranges = _ranges(accept)
    best, best_q = None, 0.0
    for media, fmt in offers:
        specificity = {media: 3, media.split("/")[0] + "/*": 2, "*/*": 1}
        matches = [(specificity[r], q) for r, q in ranges if r in specificity]
        q = max(matches)[1] if matches else 0.0  # the most specific matching range decides
        if q > best_q:
            best, best_q = fmt, q
    return best


class SparqlServer(ThreadingHTTPServer):
    """A threading HTTP server that carries the store it answers from."""

    daemon_threads = True

    def __init__(self, address: tuple[str, int], store: Store, union: bool = True):
        super().__init__(address, SparqlHandler)
        self.store = store
        self.union = union

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host.decode() if isinstance(host, bytes) else host}:{port}/query"


class SparqlHandler(BaseHTTPRequestHandler):
    """Answers SPARQL queries; never changes the store."""

    server: SparqlServer
    server_version = "kg-sparql/0.1"

    def log_message(self, format: str, *args) -> None:  # noqa: A002 (the stdlib's name)
        log.info("%s %s", self.address_string(), format % args)

    def _send(self, status: int, body: bytes, content_type: str, extra: dict | None = None) -> None:
        self.send_response(status)
        for name, value in {**CORS, **(extra or {})}.items():
            self.send_header(name, value)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _fail(self, status: int, message: str) -> None:
        self._send(status, (message + "\n").encode("utf-8"), "text/plain; charset=utf-8")

    def do_OPTIONS(self) -> None:  # noqa: N802 (stdlib naming)
        self._send(204, b"", "text/plain", {"Allow": "GET, POST, OPTIONS"})

    def _route(self) -> dict[str, list[str]] | None:
        """The URL's parameters, or None after refusing the request."""
        url = urlsplit(self.path)
        params = parse_qs(url.query, keep_blank_values=True)
        if url.path in UPDATE_PATHS or "update" in params:
            self._fail(403, "this SPARQL endpoint is read-only")
            return None
        if url.path not in QUERY_PATHS:
            self._fail(404, f"no such endpoint {url.path}; send queries to /query")
            return None
        return params

    def _page(self) -> bool:
        """Answer a GET for the query page or the report; False when the request is not for a page."""
        url = urlsplit(self.path)
        params = parse_qs(url.query, keep_blank_values=True)
        if url.path not in PAGE_PATHS or "query" in params or "update" in params:
            return False
        from kg import webpages

        try:
            if PAGE_PATHS[url.path] == "query":
                body = webpages.query_page("/query").encode("utf-8")
            else:
                body = webpages.report_page(self.server)
        except KGError as e:
            log.warning("page %s failed: %s", url.path, one_line(e))
            self._fail(500, f"page failed: {one_line(e)}")
            return True
        self._send(200, body, "text/html; charset=utf-8")
        return True

    def do_GET(self) -> None:  # noqa: N802
        if self._page():
            return
        params = self._route()
        if params is None:
            return
        if "query" not in params:
            self._fail(400, "missing 'query' parameter")
            return
        self._answer(params["query"][0])

    def do_POST(self) -> None:  # noqa: N802
        if self._route() is None:
            return
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            self._fail(413, f"request body over {MAX_BODY} bytes")
            return
        body = self.rfile.read(length).decode("utf-8", "replace")
        ctype = self.headers.get_content_type()
        if ctype == "application/sparql-update":
            self._fail(403, "this SPARQL endpoint is read-only")
        elif ctype == "application/sparql-query":
            self._answer(body)
        elif ctype == "application/x-www-form-urlencoded":
            form = parse_qs(body, keep_blank_values=True)
            if "update" in form:
                self._fail(403, "this SPARQL endpoint is read-only")
            elif "query" not in form:
                self._fail(400, "missing 'query' parameter")
            else:
                self._answer(form["query"][0])
        else:
            self._fail(415, f"unsupported content type {ctype}")

    def _answer(self, sparql: str) -> None:
        if uses_service(sparql):
            self._fail(403, "SERVICE is not allowed on this endpoint")
            return
        try:
            result = self.server.store.query(sparql, union=self.server.union)
            accept = self.headers.get("Accept")
            fmt: RdfFormat | QueryResultsFormat | None
            if isinstance(result, (QuerySolutions, QueryBoolean)):
                fmt = table_format = negotiate(accept, RESULT_OFFERS)
                body = result.serialize(format=table_format) if table_format else None
            else:
                fmt = graph_format = negotiate(accept, GRAPH_OFFERS)
                body = pyoxigraph.serialize(result, None, graph_format, prefixes=PREFIXES) if graph_format else None
            if fmt is None or body is None:
                self._fail(406, "cannot answer in any of the accepted types")
                return
        except QueryError as e:
            self._fail(400, str(e))
            return
        except (StoreError, OSError, RuntimeError, SyntaxError, ValueError) as e:
            log.warning("query failed: %s", one_line(e))
            self._fail(500, f"query failed: {one_line(e)}")
            return
        self._send(200, body, fmt.media_type)


def make_server(store: Store, host: str = "127.0.0.1", port: int = 7879, *, union: bool = True) -> SparqlServer:
    """A server bound to ``host:port`` (port 0 picks a free one); run ``serve_forever`` and ``shutdown`` it."""
    try:
        return SparqlServer((host, port), store, union)
    except OSError as e:
        raise StoreError(f"cannot listen on {host}:{port}: {one_line(e)}") from e


def serve(store: Store, host: str = "127.0.0.1", port: int = 7879, *, union: bool = True) -> None:
    """Serve ``store`` read-only until interrupted (Ctrl-C)."""
    server = make_server(store, host, port, union=union)
    log.info("SPARQL endpoint at %s (read-only); Ctrl-C stops it", server.url)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        log.info("stopping the SPARQL endpoint")
    finally:
        server.server_close()
